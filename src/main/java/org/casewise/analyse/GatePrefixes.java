package org.casewise.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@link GatedPattern} reads a regex: the literals (or positions: start of text or line, capital
 * letters, capitalised words) one of which every match starts with, found from the top-level
 * alternatives of the regex. Marks that stand for positions are control characters no literal holds.
 */
final class GatePrefixes {

    static final String META = "\\^$.|?*+()[]{}";
    /** Stands for "any ASCII capital letter" among the literals (it cannot be a real literal: NUL). */
    static final String CAPITAL = "\u0000";
    /**
     * Stands for "a capitalised word of three letters or more" ('[A-Z][a-z]{2,}', a first name): an
     * ASCII capital followed by two ASCII lowercase letters, and after a leading {@code \b} not
     * preceded by a word character. Most capitals in a report start acronyms, initials or short
     * words, where such a pattern need not be tried.
     */
    static final String CAPITAL_WORD = "\u0003";
    static final String CAPITAL_WORD_AT_BOUNDARY = "\u0004";
    /** Marks a literal that must start a word (it followed a {@code \\b}): never a real character. */
    static final String WORD_START = "\u0001";
    /** Stands for "the start of a line" ('^' under MULTILINE): never a real character. */
    static final String LINE_START = "\u0002";

    private GatePrefixes() {
    }

    /** The literals every alternative of the regex starts with, or null when one does not start with a literal. */
    static List<String> prefixes(String regex, boolean ci, boolean multiline) {
        List<String> out = new ArrayList<>();
        for (String alt : alternatives(regex)) {
            List<String> p = prefixesOfAlternative(alt, ci, multiline);
            if (p == null) {
                return null;
            }
            out.addAll(p);
        }
        return out.isEmpty() ? null : out;
    }

    private static List<String> prefixesOfAlternative(String alt, boolean ci, boolean multiline) {
        int i = 0;
        while (alt.startsWith("\\b", i)) {
            i += 2;
        }
        boolean boundary = i > 0;
        // a lookbehind ('(?<!risk of )') consumes nothing: a match still starts with what follows it
        while (alt.startsWith("(?<!", i) || alt.startsWith("(?<=", i)) {
            int close = closingParen(alt, i);
            if (close < 0) {
                return null;
            }
            i = close + 1;
        }
        // a capitalised word of three letters or more ('\\b([A-Z][a-z]{2,})...')
        if (!ci && (alt.startsWith("[A-Z][a-z]{2,}", i)
                || alt.startsWith("([A-Z][a-z]{2,}", i) && !optional(alt, closingParen(alt, i)))) {
            return List.of(boundary ? CAPITAL_WORD_AT_BOUNDARY : CAPITAL_WORD);
        }
        // a capitalised word ('\\b([A-Z][a-z]+)...'): a match starts only at an ASCII capital letter
        if (!ci && alt.startsWith("[A-Z]", i) && !optional(alt, i + 4)) {
            return List.of(CAPITAL);
        }
        if (!ci && alt.startsWith("([A-Z]", i) && !alt.startsWith("([A-Z]?", i) && !alt.startsWith("([A-Z]*", i)
                && !alt.startsWith("([A-Z]{0", i) && !optional(alt, closingParen(alt, i))) {
            return List.of(CAPITAL);
        }
        if (i == 0 && alt.startsWith("^")) {
            // only at the start of the text, or (MULTILINE) also after a line terminator
            return List.of(multiline ? LINE_START : "");
        }
        if (alt.startsWith("(?:", i)) {
            int close = closingParen(alt, i);
            if (close < 0 || close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0) {
                return null;
            }
            return atBoundary(prefixes(alt.substring(i + 3, close), ci, multiline), boundary);
        }
        StringBuilder lit = new StringBuilder();
        while (i < alt.length()) {
            char c = alt.charAt(i);
            if (META.indexOf(c) >= 0 || c < 32 || c > 126) {
                break;
            }
            char next = i + 1 < alt.length() ? alt.charAt(i + 1) : 0;
            if (next == '?' || next == '*' || next == '{') {
                break; // the character is optional or repeated: the literal ends before it
            }
            lit.append(ci && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            if (next == '+') {
                break;
            }
            i++;
        }
        return lit.isEmpty() ? null : atBoundary(List.of(lit.toString()), boundary);
    }

    /**
     * Literals after a leading {@code \\b} that start with a word character can only match where the
     * character before is not one: marked, so that 'ward' in 'towards' is not even tried.
     */
    private static List<String> atBoundary(List<String> literals, boolean boundary) {
        if (literals == null || !boundary) {
            return literals;
        }
        List<String> out = new ArrayList<>(literals.size());
        for (String l : literals) {
            boolean plain = !l.isEmpty() && !positional(l) && l.charAt(0) != WORD_START.charAt(0);
            out.add(plain && Regexes.isWordChar(l.charAt(0)) ? WORD_START + l : l);
        }
        return out;
    }

    /** A gate by position (start of text or line, capitals) rather than by a literal. */
    static boolean positional(String literal) {
        return literal.equals(CAPITAL) || literal.equals(CAPITAL_WORD) || literal.equals(CAPITAL_WORD_AT_BOUNDARY)
                || literal.equals(LINE_START);
    }

    /** Whether the element ending at {@code end} may be skipped: a ?, * or {0 follows it (or end < 0: unknown). */
    private static boolean optional(String s, int end) {
        return end < 0 || s.startsWith("?", end + 1) || s.startsWith("*", end + 1) || s.startsWith("{0", end + 1);
    }

    /** The top-level alternatives of a regex: split at '|' outside groups, classes and escapes. */
    private static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int bar = next(regex, start, '|'); bar >= 0; bar = next(regex, start, '|')) {
            out.add(regex.substring(start, bar));
            start = bar + 1;
        }
        out.add(regex.substring(start));
        return out;
    }

    private static int closingParen(String s, int open) {
        return next(s, open, ')');
    }

    /**
     * The offset of the first {@code target} ('|' or ')') from {@code from} on that is outside
     * escapes and character classes and leaves the group depth counted from {@code from} at zero,
     * or -1: the next top-level '|', or the ')' that closes the group opening at {@code from}.
     */
    private static int next(String s, int from, char target) {
        int depth = 0;
        int classDepth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (c == target && depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
