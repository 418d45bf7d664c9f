package org.casewise.analyse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches}, {@code replaceAll} and {@code replaceFirst} with the pattern compiled
 * once per regex instead of on every call. The analysis runs such checks on every line of every
 * report; compiling the pattern each time cost more than matching it. The regexes are literals in
 * the code, so the cache stays small.
 */
public final class Regexes {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regexes() {
    }

    public static Pattern compiled(String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile);
    }

    /** What {@code \\s} matches without UNICODE_CHARACTER_CLASS: [ \\t\\n\\x0B\\f\\r]. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code \\w} matches without UNICODE_CHARACTER_CLASS (and so where {@code \\b} falls): [a-zA-Z_0-9]. */
    public static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@code s.replaceAll("\\s+", " ")} without a regex: every run of {@code \\s} becomes one space. */
    public static String collapseSpaces(String s) {
        return collapse(s, true);
    }

    /** {@code s.replaceAll("\\W+", " ")} without a regex: every run of non-word characters becomes one space. */
    public static String collapseNonWord(String s) {
        return collapse(s, false);
    }

    private static String collapse(String s, boolean spaces) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean run = spaces ? isSpace(c) : !isWordChar(c);
            if (!run) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int j = i + 1;
            while (j < n && (spaces ? isSpace(s.charAt(j)) : !isWordChar(s.charAt(j)))) {
                j++;
            }
            if (out == null) {
                if (j == i + 1 && c == ' ') {
                    continue; // a single space stays as it is: no copy needed yet
                }
                out = new StringBuilder(n).append(s, 0, i);
            }
            out.append(' ');
            i = j - 1;
        }
        return out == null ? s : out.toString();
    }

    /** {@code s.split("\\s+").length} without a regex or the array (asked of every heading-shaped line). */
    public static int splitCount(String s) {
        if (s.isEmpty()) {
            return 1;
        }
        int words = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i)) && (i == 0 || isSpace(s.charAt(i - 1)))) {
                words++;
            }
        }
        // split keeps a leading empty string before leading space, and drops trailing empty ones
        return words == 0 ? 0 : words + (isSpace(s.charAt(0)) ? 1 : 0);
    }

    /**
     * Whether the word occurs in the text in any case: the cheap necessary condition checked before
     * a case-insensitive pattern that needs the word.
     */
    public static boolean containsIgnoreCase(String s, String word) {
        if (word.isEmpty()) {
            return true;
        }
        char first = word.charAt(0);
        // an ASCII character matches a lowercase ASCII letter ignoring case only as that letter in either
        // case: such offsets are passed over without the (costlier) regionMatches call; any other
        // character ('ſ' is 's' ignoring case) is compared as regionMatches compares it
        boolean letter = first >= 'a' && first <= 'z';
        for (int i = 0; i + word.length() <= s.length(); i++) {
            char c = s.charAt(i);
            if (letter && c < 128 && (c | 0x20) != first) {
                continue;
            }
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every character is an ASCII digit, what {@code \\s} matches, or (ASCII letters compared
     * in lower case) one of {@code others}: the cheap necessary condition checked before a pattern
     * that only allows those characters.
     */
    public static boolean consistsOf(String s, String others) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (!(l >= '0' && l <= '9' || isSpace(l) || others.indexOf(l) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.matches(regex)}. */
    public static boolean matches(String s, String regex) {
        return compiled(regex).matcher(s).matches();
    }

    /** {@code s.replaceAll(regex, replacement)}. */
    public static String replaceAll(String s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceAll(replacement);
    }

    /** {@code s.replaceFirst(regex, replacement)}. */
    public static String replaceFirst(String s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceFirst(replacement);
    }
}
