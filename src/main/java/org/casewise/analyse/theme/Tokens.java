package org.casewise.analyse.theme;

import java.util.List;

/**
 * Lowercase word tokens of a text with the clause each belongs to. Letters and digits make words;
 * an apostrophe inside a word is dropped ("child's" -> "childs") so that possessives match the
 * rule terms however they are typed; hyphens and all other characters separate words. Clause
 * breaks (, ; : ( ) and the words but/however/although/whereas) bound negation scope.
 */
final class Tokens {

    final List<String> words;
    /** clause number of each word: words in one clause share it. */
    final int[] clause;
    /** Each word's entry in the table it was read with, or null when read without one. */
    final WordTable.Entry[] entries;

    private Tokens(List<String> words, int[] clause, WordTable.Entry[] entries) {
        this.words = words;
        this.clause = clause;
        this.entries = entries;
    }

    int size() {
        return words.size();
    }

    String get(int i) {
        return words.get(i);
    }

    static Tokens of(String text) {
        return of(text, null);
    }

    /**
     * The tokens of a text, each word looked up in {@code table} (when not null) from the characters
     * as they are read, so a word seen before makes no new String.
     */
    static Tokens of(String text, WordTable table) {
        int n = text.length();
        String[] words = new String[Math.max(4, n / 5)];
        int[] clauses = new int[words.length];
        WordTable.Entry[] entries = table == null ? null : new WordTable.Entry[words.length];
        char[] w = new char[32];
        int length = 0;
        int hash = 0;
        int count = 0;
        int clause = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                if (length == w.length) {
                    w = java.util.Arrays.copyOf(w, length * 2);
                }
                w[length++] = lower;
                hash = 31 * hash + lower;
                continue;
            }
            boolean apostropheInWord = (c == '\'' || c == '\u2019') && length > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1));
            if (apostropheInWord) {
                continue;
            }
            if (length > 0) {
                WordTable.Entry e = table == null ? null : table.get(w, length, hash);
                String word = e == null ? new String(w, 0, length) : e.word;
                if (e == null ? isClauseWord(word) : e.clauseWord) {
                    clause++;
                }
                if (count == words.length) {
                    words = java.util.Arrays.copyOf(words, count * 2);
                    clauses = java.util.Arrays.copyOf(clauses, count * 2);
                    entries = entries == null ? null : java.util.Arrays.copyOf(entries, count * 2);
                }
                if (entries != null) {
                    entries[count] = e;
                }
                words[count] = word;
                clauses[count++] = clause;
                length = 0;
                hash = 0;
            }
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '?' || c == '!'
                    || c == '\u2013' || c == '\u2014') {
                clause++;
            }
        }
        return new Tokens(java.util.Arrays.asList(java.util.Arrays.copyOf(words, count)),
                java.util.Arrays.copyOf(clauses, count), entries == null ? null : java.util.Arrays.copyOf(entries, count));
    }

    static boolean isClauseWord(String word) {
        return switch (word) {
            case "but", "however", "although", "though", "whereas", "yet", "while", "whilst" -> true;
            default -> false;
        };
    }
}
