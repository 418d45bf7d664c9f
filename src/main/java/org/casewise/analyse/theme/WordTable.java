package org.casewise.analyse.theme;

/**
 * The words a thread has tokenised before, looked up by their characters as the tokenizer reads
 * them. Scoring a report tokenises every sentence, and making a String per word, hashing it, testing
 * it against the clause words and looking it up in a shared map cost a third of the theme scoring;
 * here a word already seen costs one probe and comes back as the same String with what scoring
 * needs of it. One table per thread ({@link Features} keeps them), so it needs no locking; it stops
 * growing at a limit (a bound on memory, as {@link org.casewise.analyse.Memo} has).
 */
final class WordTable {

    /** A word and what scoring needs of it; the model-specific part is filled on first use. */
    static final class Entry {
        final String word;
        /** The word's characters, compared whole (a vectorised mismatch) rather than char by char. */
        final char[] chars;
        final boolean clauseWord;
        FeatureSpace space;
        int stemId;
        ThemeRules.Step rootStep;

        Entry(String word) {
            this.word = word;
            this.chars = word.toCharArray();
            this.clauseWord = Tokens.isClauseWord(word);
        }
    }

    private final int limit;
    private Entry[] slots = new Entry[1 << 12];
    private int[] hashes = new int[1 << 12];
    /** 32 minus log2 of the capacity: an index is the top bits of the hash's Fibonacci product. */
    private int shift = 32 - 12;
    private int size;

    WordTable(int limit) {
        this.limit = limit;
    }

    /**
     * The entry of the word in {@code chars[0..length)} whose {@link String#hashCode} is {@code hash}:
     * the stored one, or a new one (stored while the table is under its limit).
     */
    Entry get(char[] chars, int length, int hash) {
        int mask = slots.length - 1;
        int i = index(hash);
        for (Entry e = slots[i]; e != null; e = slots[i = (i + 1) & mask]) {
            if (hashes[i] == hash && e.chars.length == length
                    && java.util.Arrays.equals(e.chars, 0, length, chars, 0, length)) {
                return e;
            }
        }
        Entry added = new Entry(new String(chars, 0, length));
        if (size < limit) {
            slots[i] = added;
            hashes[i] = hash;
            if (++size * 2 > slots.length) {
                grow();
            }
        }
        return added;
    }

    private void grow() {
        Entry[] old = slots;
        int[] oldHashes = hashes;
        slots = new Entry[old.length * 2];
        hashes = new int[old.length * 2];
        shift--;
        int mask = slots.length - 1;
        for (int j = 0; j < old.length; j++) {
            if (old[j] != null) {
                int i = index(oldHashes[j]);
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = old[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    /** String hashes of short words differ mostly in their low bits: the product's top bits mix them all. */
    private int index(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }
}
