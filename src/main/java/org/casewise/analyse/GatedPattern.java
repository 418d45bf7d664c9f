package org.casewise.analyse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only where a match can start.
 *
 * <p>Java's regex engine tries every alternative of a pattern at every offset of the text, and the
 * vocabularies of the analysis are big case-insensitive alternations ('children'?s social care|social
 * worker|\bMASH\b|...'): scanned over a whole report many times they dominated its analysis. When
 * every top-level alternative starts with a literal (after any {@code \b}), a match can only start
 * where one of those literals occurs (or, for an alternative starting with the class {@code [A-Z]}
 * in a case-sensitive pattern, at a capital letter). They are found with {@link String#indexOf} (in an ASCII
 * lowercased copy for case-insensitive patterns, which is how {@code (?i)} folds case without
 * UNICODE_CASE), and the pattern is tried only there with {@link Matcher#lookingAt} over a region
 * with transparent, non-anchoring bounds, so {@code \b} and look-arounds still see the text around.
 * The matches are exactly those {@link Matcher#find} gives, in the same order. A pattern whose
 * alternatives do not all start with a literal is run as it is.
 */
public final class GatedPattern {

    private static final int UNSUPPORTED_FLAGS = Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE
            | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS;

    private final Pattern pattern;
    private final boolean ignoreCase;
    /**
     * Literals one of which starts every match (lowercase when ignoring case), the empty string for an
     * alternative anchored at the start of the text ('^' without MULTILINE); null: no gate.
     */
    private final List<String> literals;
    /** Per literal: whether it must start a word, the literal without its mark, and that lowercased. */
    private final boolean[] wordStarts;
    private final List<String> bare;
    private final List<String> lowered;
    private final boolean hasLiterals;
    /** Literal indices (each literal once) grouped by their first two characters: see {@link #pairGroups}. */
    private final int[][] pairGroups;

    public GatedPattern(Pattern pattern) {
        this.pattern = pattern;
        String regex = pattern.pattern();
        boolean ci = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        List<String> found = null;
        if ((pattern.flags() & UNSUPPORTED_FLAGS) == 0 && !regex.contains("\\Q")) {
            int i = 0;
            boolean ok = true;
            while (ok && regex.startsWith("(?", i) && !regex.startsWith("(?:", i)) {
                int close = regex.indexOf(')', i);
                String flags = close < 0 ? "" : regex.substring(i + 2, close);
                ok = !flags.isEmpty() && flags.chars().allMatch(c -> c == 'i' || c == 'm' || c == 's');
                ci |= flags.indexOf('i') >= 0;
                i = close + 1;
            }
            boolean multiline = (pattern.flags() & Pattern.MULTILINE) != 0 || regex.substring(0, i).contains("m");
            if (ok) {
                found = GatePrefixes.prefixes(regex.substring(i), ci, multiline);
            }
        }
        this.ignoreCase = ci;
        this.literals = found;
        int n = found == null ? 0 : found.size();
        this.wordStarts = new boolean[n];
        List<String> b = new ArrayList<>(n);
        List<String> lo = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String lit = found.get(k);
            wordStarts[k] = lit.startsWith(GatePrefixes.WORD_START);
            String l = wordStarts[k] ? lit.substring(1) : lit;
            b.add(l);
            lo.add(l.toLowerCase(java.util.Locale.ROOT));
        }
        this.bare = b;
        this.lowered = lo;
        this.hasLiterals = found != null && found.stream()
                .anyMatch(l -> !l.isEmpty() && !GatePrefixes.positional(l));
        this.pairGroups = pairGroups(found, lo);
    }

    /**
     * The indices of the literals (not the positional gates), each literal once ('children'?s social
     * care|children'?s services' gives 'children' twice), grouped by their first two lowercased
     * characters: the literals of a group visit the same offsets of the text's pair index, so they are
     * tested together in one walk over them instead of one walk each.
     */
    private static int[][] pairGroups(List<String> found, List<String> lowered) {
        if (found == null) {
            return new int[0][];
        }
        java.util.Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < found.size(); k++) {
            String lit = found.get(k);
            if (lit.isEmpty() || GatePrefixes.positional(lit) || !seen.add(lit)) {
                continue;
            }
            String low = lowered.get(k);
            // a one-character literal has no pair: a group of its own
            String key = low.length() < 2 ? "\u0000" + k : low.substring(0, 2);
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    public static GatedPattern compile(String regex) {
        return new GatedPattern(Pattern.compile(regex));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the pattern is gated (for tests): false means it is run as a plain find. */
    boolean gated() {
        return literals != null;
    }

    /** The matches in the text, found one by one like {@link Matcher#find}. */
    public Scan scan(GateText text) {
        return new Scan(text, null);
    }

    /**
     * A cheap necessary condition for a match to start at an offset of the text, checked before the
     * pattern is tried there: it must hold wherever a match can start.
     */
    public interface StartTest {
        boolean mayStartAt(String text, int at);
    }

    /**
     * The matches in the text, the pattern tried only at gate offsets that also pass {@code test}:
     * the same matches as {@link #scan(GateText)} when the test holds wherever a match can start. For
     * gates that pass many offsets where the pattern fails at once (a capitalised word before a verb).
     */
    public Scan scan(GateText text, StartTest test) {
        return new Scan(text, test);
    }

    public Scan scan(CharSequence text) {
        return new Scan(new GateText(text), null);
    }

    /** Whether the pattern occurs in the text. */
    public boolean find(CharSequence text) {
        return scan(text).find();
    }

    /** Whether the pattern occurs in the prepared text. */
    public boolean find(GateText text) {
        return scan(text).find();
    }

    /** Offset of the first match, or -1. */
    public int firstIndex(GateText text) {
        Scan s = scan(text);
        return s.find() ? s.start() : -1;
    }

    /** The text without any match: {@code matcher(text).replaceAll("")}. */
    public String removeAll(GateText text) {
        return replaceAll(text, "", null);
    }

    /** {@link #removeAll(GateText)} trying the pattern only where {@code test} holds (see {@link #scan(GateText, StartTest)}). */
    public String removeAll(GateText text, StartTest test) {
        return replaceAll(text, "", test);
    }

    /** Each match replaced by {@code literal} (taken as it is, no group references): {@code matcher(text).replaceAll}. */
    public String replaceAll(GateText text, String literal) {
        return replaceAll(text, literal, null);
    }

    private String replaceAll(GateText text, String literal, StartTest test) {
        Scan s = scan(text, test);
        StringBuilder out = null;
        int kept = 0;
        while (s.find()) {
            if (out == null) {
                out = new StringBuilder(text.string.length());
            }
            out.append(text.string, kept, s.start()).append(literal);
            kept = s.end();
        }
        return out == null ? text.string : out.append(text.string, kept, text.string.length()).toString();
    }

    /** Number of matches, counted as a {@link Matcher#find} loop counts them. */
    public int count(GateText text) {
        Scan s = scan(text);
        int n = 0;
        while (s.find()) {
            n++;
        }
        return n;
    }

    /** One pass over a text. */
    public final class Scan {
        private final Matcher matcher;
        private final BitSet starts;
        private final int length;
        private final String string;
        private final StartTest test;
        private int from;

        private Scan(GateText text, StartTest test) {
            this.string = text.string;
            this.test = literals == null ? null : test;
            matcher = pattern.matcher(text.original);
            length = text.string.length();
            if (literals == null) {
                starts = null;
                return;
            }
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
            starts = new BitSet(length + 1);
            // positional gates (start of text, lines, capitals) need no lowercased copy
            String hay = !hasLiterals ? null : ignoreCase ? text.lower() : text.string;
            for (int k = 0; k < literals.size(); k++) {
                String lit = literals.get(k);
                if (lit.isEmpty()) {
                    starts.set(0);
                    continue;
                }
                if (lit.equals(GatePrefixes.CAPITAL_WORD) || lit.equals(GatePrefixes.CAPITAL_WORD_AT_BOUNDARY)) {
                    boolean boundary = lit.equals(GatePrefixes.CAPITAL_WORD_AT_BOUNDARY);
                    String t = text.string;
                    for (int i : text.capitals()) {
                        if (i + 2 < t.length() && isLowerAscii(t.charAt(i + 1)) && isLowerAscii(t.charAt(i + 2))
                                && (!boundary || i == 0 || !Regexes.isWordChar(t.charAt(i - 1)))) {
                            starts.set(i);
                        }
                    }
                    continue;
                }
                if (lit.equals(GatePrefixes.CAPITAL)) {
                    for (int i : text.capitals()) {
                        starts.set(i);
                    }
                    continue;
                }
                if (lit.equals(GatePrefixes.LINE_START)) {
                    for (int i : text.lineStarts()) {
                        starts.set(i);
                    }
                }
            }
            for (int[] group : pairGroups) {
                // found in the lowercased text; a case-sensitive literal is then checked against the text itself
                text.occurrences(lowered, group, (k, i) -> {
                    if ((ignoreCase || hay.startsWith(bare.get(k), i))
                            && (!wordStarts[k] || i == 0 || !Regexes.isWordChar(hay.charAt(i - 1)))) {
                        starts.set(i);
                    }
                });
            }
        }

        public boolean find() {
            if (starts == null) {
                return matcher.find();
            }
            for (int p = starts.nextSetBit(from); p >= 0; p = starts.nextSetBit(p + 1)) {
                if (test != null && !test.mayStartAt(string, p)) {
                    continue;
                }
                matcher.region(p, length);
                if (matcher.lookingAt()) {
                    // As find does: the next search starts at the end, or one past an empty match.
                    from = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                    return true;
                }
            }
            from = length + 1;
            return false;
        }

        public int start() {
            return matcher.start();
        }

        public int end() {
            return matcher.end();
        }

        public String group() {
            return matcher.group();
        }

        public String group(int g) {
            return matcher.group(g);
        }

        public int start(int g) {
            return matcher.start(g);
        }

        public int end(int g) {
            return matcher.end(g);
        }

        public MatchResult toMatchResult() {
            return matcher.toMatchResult();
        }
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }
}
