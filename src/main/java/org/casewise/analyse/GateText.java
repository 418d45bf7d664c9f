package org.casewise.analyse;

import java.util.List;

/**
 * A text prepared once for any number of {@link GatedPattern}s.
 *
 * <p>A report is scanned by many gated patterns in turn; what their gates need from the text (an
 * ASCII-lowercased copy, an index of its character pairs, the offsets of capitals and line starts)
 * is worked out here on first use and kept, so every pattern that scans the same {@code GateText}
 * shares it instead of each building its own.
 */
public final class GateText {
    /** Below this length one indexOf per literal is cheaper than building the bigram index. */
    private static final int INDEX_MIN_LENGTH = 2_048;
    private static final int BUCKETS = 4_096;
    /** Literals looked up by indexOf sweeps before the text is indexed. */
    private static final int INDEX_AFTER_SWEEPS = 12;

    /** Read by {@link GatedPattern}'s scans, which match against the original and slice the string. */
    final CharSequence original;
    final String string;
    private String lower;
    /** The characters of {@link #lower}, kept for the pair index. */
    private char[] lowerChars;
    /** Offsets of the text's (lowercased) character pairs, grouped by bucket, ascending within one. */
    private int[] bucketStart;
    private int[] positions;
    private int[] capitals;
    private int[] lineStarts;
    private int sweeps;

    public GateText(CharSequence text) {
        this.original = text;
        this.string = text.toString();
    }

    /** The text itself. */
    @Override
    public String toString() {
        return string;
    }

    /** ASCII letters lowercased, everything else as it is: the same length and offsets as the text. */
    String lower() {
        if (lower == null) {
            char[] c = string.toCharArray();
            for (int i = 0; i < c.length; i++) {
                if (c[i] >= 'A' && c[i] <= 'Z') {
                    c[i] = (char) (c[i] + ('a' - 'A'));
                }
            }
            lower = new String(c);
            lowerChars = c;
        }
        return lower;
    }

    private static int bucket(char a, char b) {
        return (a * 31 + b) & (BUCKETS - 1);
    }

    /**
     * Calls {@code at} with each offset where the (lowercase, length at least 2) literal occurs in
     * the lowercased text, ascending. A report is scanned by hundreds of literals (the agency
     * vocabulary alone has over a hundred) and one indexOf sweep per literal over the whole text
     * dominated the gate, so long texts are indexed once by character pair and each literal
     * visits only the offsets where its first two characters occur.
     */
    void occurrences(String literal, java.util.function.IntConsumer at) {
        occurrences(List.of(literal), new int[] {0}, (k, i) -> at.accept(i));
    }

    /** Where a literal occurs: its index in the group's list and the offset. */
    interface At {
        void accept(int literal, int offset);
    }

    /**
     * {@link #occurrences(String, java.util.function.IntConsumer)} for the literals {@code group}
     * picks from {@code literals}, all with the same first two characters: the pair index is walked
     * once for all of them. Offsets ascend per literal, not across them.
     */
    void occurrences(List<String> literals, int[] group, At at) {
        String hay = lower();
        String first = literals.get(group[0]);
        // the index costs about as much as a dozen sweeps: built only for a text that keeps being asked
        if (hay.length() < INDEX_MIN_LENGTH || first.length() < 2
                || bucketStart == null && (sweeps += group.length) <= INDEX_AFTER_SWEEPS) {
            for (int k : group) {
                String literal = literals.get(k);
                for (int i = hay.indexOf(literal); i >= 0; i = hay.indexOf(literal, i + 1)) {
                    at.accept(k, i);
                }
            }
            return;
        }
        if (bucketStart == null) {
            index(lowerChars);
        }
        int b = bucket(first.charAt(0), first.charAt(1));
        for (int p = bucketStart[b]; p < bucketStart[b + 1]; p++) {
            int i = positions[p];
            for (int k : group) {
                if (hay.startsWith(literals.get(k), i)) {
                    at.accept(k, i);
                }
            }
        }
    }

    /**
     * Counting sort of the offsets 0..n-2 by the bucket of the pair starting there. Each pair's bucket
     * is worked out once, over the lowercased characters (charAt on a text with any non-Latin-1
     * character checks bounds and coder per call, and this loop runs over every character of a report).
     */
    private void index(char[] c) {
        int n = c.length - 1;
        int[] buckets = new int[Math.max(n, 0)];
        int[] start = new int[BUCKETS + 1];
        for (int i = 0; i < n; i++) {
            int b = bucket(c[i], c[i + 1]);
            buckets[i] = b;
            start[b + 1]++;
        }
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] += start[b];
        }
        int[] next = java.util.Arrays.copyOf(start, BUCKETS);
        int[] pos = new int[Math.max(n, 0)];
        for (int i = 0; i < n; i++) {
            pos[next[buckets[i]]++] = i;
        }
        bucketStart = start;
        positions = pos;
    }

    /**
     * Offset 0 and every offset after a line terminator: a superset of where a MULTILINE '^' can
     * match (with non-anchoring bounds it looks at the character before, as at any offset).
     */
    int[] lineStarts() {
        if (lineStarts == null) {
            boolean onlyNewlines = string.indexOf('\r') < 0 && string.indexOf('\u0085') < 0
                    && string.indexOf('\u2028') < 0 && string.indexOf('\u2029') < 0;
            // cleaned report text breaks lines with '\n' alone: indexOf finds them faster than a test per character
            lineStarts = onlyNewlines ? afterNewlines()
                    : offsets(0, string.length(), i -> i == 0 || isLineTerminator(string.charAt(i - 1)));
        }
        return lineStarts;
    }

    private int[] afterNewlines() {
        int[] out = new int[64];
        int n = 0;
        for (int i = 0; ; ) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
            int newline = string.indexOf('\n', i);
            if (newline < 0) {
                return java.util.Arrays.copyOf(out, n);
            }
            i = newline + 1;
        }
    }

    /** The offsets from..to (inclusive) that pass the test, ascending: a loop, as streams cost more than the test here. */
    private static int[] offsets(int from, int to, java.util.function.IntPredicate test) {
        int[] out = new int[64];
        int n = 0;
        for (int i = from; i <= to; i++) {
            if (test.test(i)) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Offsets of the ASCII capital letters, found once per text. */
    int[] capitals() {
        if (capitals == null) {
            // a plain loop over a copy of the characters rather than a charAt test per offset through a lambda
            char[] c = string.toCharArray();
            int[] out = new int[Math.max(16, c.length / 16)];
            int n = 0;
            for (int i = 0; i < c.length; i++) {
                if (c[i] >= 'A' && c[i] <= 'Z') {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = i;
                }
            }
            capitals = java.util.Arrays.copyOf(out, n);
        }
        return capitals;
    }
}
