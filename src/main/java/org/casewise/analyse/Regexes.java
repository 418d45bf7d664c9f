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
