package org.casewise.analyse;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A MinHash sketch of a report's extracted text, small enough to keep beside the document and
 * compare against every other report without re-reading any text (see {@link NearDuplicates}).
 *
 * <p>The text is normalised (lower case, letters and digits only, one space between words), cut
 * into overlapping shingles of {@link #SHINGLE_WORDS} words, and each distinct shingle is hashed
 * with a 64-bit FNV-1a hash. {@link #HASHES} seeded mixes of that hash give the minimum per slot.
 * Every step is defined here rather than borrowed from {@code String.hashCode} or a library, so a
 * fingerprint stored today compares correctly with one computed by another JVM years later.
 *
 * @param shingleCount number of distinct shingles in the text (the size of the set the sketch stands for)
 * @param minHashes    {@link #HASHES} minimum hash values, one per seeded hash function
 */
public record Fingerprint(int shingleCount, int[] minHashes) {

    /**
     * Five words. Measured on a generated corpus (seed 7, 950 readable reports, all pairs) with
     * exact shingle sets of 3, 4, 5, 6 and 8 words: the Jaccard gap between unrelated pairs and the
     * same report rendered to another format narrows slowly with length (0.30..0.78, 0.28..0.74,
     * 0.27..0.69 for 3, 4, 5 words; 0.24..0.57 for 8), while the highest containment of a short
     * unrelated report in a long one falls from 0.50 (3 words) to 0.41 (5 words). Estimation noise
     * adds to that tail, most in the containment estimate, so the lower tail outweighed the
     * slightly wider Jaccard gap; beyond 5 words edits and re-flowed text cost too much.
     */
    public static final int SHINGLE_WORDS = 5;

    /**
     * 256 slots. Containment is derived from the Jaccard estimate and inherits its error multiplied
     * by about |B|/|A|, which for a summary a fifth of its overview's length is fivefold. On the
     * same corpus the highest estimated containment among 150,000 short-in-long unrelated pairs was
     * 0.51 with 128 slots and 0.47 with 256, against an exact 0.41; 256 slots halve the variance
     * for about 1.4 KB per stored fingerprint and 256 int comparisons per pair.
     */
    public static final int HASHES = 256;

    /**
     * Below 20 distinct shingles (about two dozen words) a text is a cover page, a scan without a
     * text layer or a failed extraction; a handful of shingles would make chance matches likely,
     * so such fingerprints never match anything.
     */
    public static final int MIN_SHINGLES = 20;

    /** Bumped whenever normalisation, shingling, hashing or seeds change: old stored values then fail to decode. */
    private static final String VERSION = "mh1";

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long[] SEEDS = seeds();

    public Fingerprint {
        if (shingleCount < 0) {
            throw new IllegalArgumentException("negative shingle count " + shingleCount);
        }
        if (minHashes == null || minHashes.length != HASHES) {
            throw new IllegalArgumentException("expected " + HASHES + " min-hashes");
        }
        // Records do not copy arrays; a caller's later write must not change a stored fingerprint.
        minHashes = minHashes.clone();
    }

    /** A copy, so the fingerprint stays immutable. */
    @Override
    public int[] minHashes() {
        return minHashes.clone();
    }

    public static Fingerprint of(String text) {
        List<String> words = words(text == null ? "" : text);
        int n = Math.max(0, words.size() - SHINGLE_WORDS + 1);
        long[] shingles = new long[n];
        for (int i = 0; i < n; i++) {
            shingles[i] = shingleHash(words, i);
        }
        // Sorting and skipping repeats gives the distinct count the containment estimate needs,
        // and spares the per-slot mixing for boilerplate repeated on every page.
        Arrays.sort(shingles);
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && shingles[i] == shingles[i - 1]) {
                continue;
            }
            distinct++;
            for (int s = 0; s < HASHES; s++) {
                int h = (int) (mix(shingles[i] ^ SEEDS[s]) >>> 32);
                if (h < min[s]) {
                    min[s] = h;
                }
            }
        }
        return new Fingerprint(distinct, min);
    }

    /** Too little text to say anything about; such a fingerprint never matches. */
    public boolean isEmpty() {
        return shingleCount < MIN_SHINGLES;
    }

    /** Estimated Jaccard similarity of the two shingle sets: the fraction of slots whose minimum agrees. */
    public double jaccard(Fingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int equal = 0;
        for (int s = 0; s < HASHES; s++) {
            if (minHashes[s] == other.minHashes[s]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /**
     * Estimated share of this text's shingles that also occur in {@code other}: |A∩B| / |A|.
     * From J = |A∩B| / |A∪B| and |A∪B| = |A| + |B| - |A∩B| follows |A∩B| = J(|A|+|B|)/(1+J).
     * The estimate inherits the Jaccard error multiplied by roughly |B|/|A|, hence the clamp.
     */
    public double containmentIn(Fingerprint other) {
        double j = jaccard(other);
        if (j == 0) {
            return 0;
        }
        double intersection = j * ((double) shingleCount + other.shingleCount) / (1 + j);
        return Math.max(0, Math.min(1, intersection / shingleCount));
    }

    /** {@code mh1:<shingleCount>:<base64 of the min-hashes, big-endian>}, about 1,380 characters. */
    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int h : minHashes) {
            bytes.putInt(h);
        }
        return VERSION + ":" + shingleCount + ":" + Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The inverse of {@link #encode()}; anything else, including another version's value, is rejected. */
    public static Fingerprint decode(String encoded) {
        if (encoded == null) {
            throw new IllegalArgumentException("no fingerprint");
        }
        String[] parts = encoded.split(":", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a " + VERSION + " fingerprint");
        }
        int count;
        try {
            count = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad shingle count in fingerprint", e);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad base64 in fingerprint", e);
        }
        if (bytes.length != HASHES * Integer.BYTES) {
            throw new IllegalArgumentException("fingerprint has " + bytes.length + " bytes, expected " + HASHES * Integer.BYTES);
        }
        int[] min = new int[HASHES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(min);
        return new Fingerprint(count, min);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && shingleCount == f.shingleCount && Arrays.equals(minHashes, f.minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * shingleCount + Arrays.hashCode(minHashes);
    }

    @Override
    public String toString() {
        return "Fingerprint[shingles=" + shingleCount + (isEmpty() ? ", empty]" : "]");
    }

    /**
     * Lower-cased runs of letters and digits. Everything else (punctuation, hyphens, apostrophes,
     * line breaks, PDF ligature spacing) separates words, so the same report extracted from PDF,
     * DOCX or HTML gives nearly the same word sequence. {@code Character.toLowerCase} is
     * locale-independent, unlike {@code String.toLowerCase()} under a Turkish default locale.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** FNV-1a over the shingle's words as UTF-16 units, a space between words (as in the normalised text). */
    private static long shingleHash(List<String> words, int start) {
        long h = FNV_OFFSET;
        for (int w = start; w < start + SHINGLE_WORDS; w++) {
            if (w > start) {
                h = (h ^ ' ') * FNV_PRIME;
            }
            String word = words.get(w);
            for (int c = 0; c < word.length(); c++) {
                h = (h ^ word.charAt(c)) * FNV_PRIME;
            }
        }
        return h;
    }

    /** The MurmurHash3 64-bit finaliser: FNV alone mixes its high bits poorly, and we keep the high 32. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Fixed seeds from a SplitMix64 sequence with a fixed start, so every JVM derives the same ones. */
    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5ca1ab1e0ddba11L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            seeds[i] = z ^ (z >>> 31);
        }
        return seeds;
    }
}
