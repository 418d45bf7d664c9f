package org.casewise.analyse.text;

import java.util.Locale;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;

/**
 * Shapes of single lines in extracted report text. Pure functions over one line, shared by the
 * cleaning steps and by section detection so that "a bullet" or "a page number" means the same
 * thing everywhere.
 */
public final class Lines {

    /** Bullet glyphs as PDF and Word extraction leave them, and lettered/roman/numbered list items in brackets. */
    static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[•●○◦▪■□►▸‣⁃∙·*\uF0B7\uF0A7–—-](?=\\s|\\p{L})|o\\s(?=\\p{Lu})|\\(?[a-hj-z]\\)\\s|\\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\\)\\s|\\(?\\d{1,2}\\)\\s)");
    /** '1.', '2.3', '4.1.2 ' at the start of a line: numbered heading or numbered paragraph. */
    static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+\\S");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** A chronology entry: a line that starts with a date. */
    static final Pattern DATE_START = Pattern.compile("^\\s*(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+"
            + MONTH + "\\s+\\d{4}|" + MONTH + "\\s+\\d{4}|(?:19|20)\\d\\d\\s*[:–—-])", Pattern.CASE_INSENSITIVE);
    /** '12', 'Page 3', 'page 3 of 24', '3/24', '- 3 -', '12 | P a g e', 'iv' (front matter). */
    static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:(?:page\\s*\\|?\\s*)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?"
            + "|[-–—]\\s*\\d{1,3}\\s*[-–—]|\\d{1,3}\\s*\\|\\s*p\\s?a\\s?g\\s?e|[ivxl]{1,6})\\s*$", Pattern.CASE_INSENSITIVE);
    /** A line that carries a page counter among other words: 'Serious Case Review Family M  Page 12'. */
    static final Pattern HAS_PAGE_COUNTER = Pattern.compile(
            "(?:^|[\\s|–—-])page\\s*\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?(?:$|[\\s|–—-])|\\b\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2007\\u202F]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Lines() {
    }

    // The line patterns are anchored at '^', so lookingAt() answers as find() would, without trying every offset.

    public static boolean isBullet(String line) {
        return mayBeBullet(line) && BULLET.matcher(line).lookingAt();
    }

    /** The bullet symbols of {@link #BULLET}'s first alternative. */
    private static final String BULLET_SYMBOLS = "•●○◦▪■□►▸‣⁃∙·*\uF0B7\uF0A7–—-";

    /**
     * Necessary for {@link #BULLET}, without a regex (it is asked of every line): after spaces, a
     * bullet symbol, 'o', '(', or a letter or one or two digits closed by ')' within five characters.
     */
    private static boolean mayBeBullet(String line) {
        int p = 0;
        while (p < line.length() && Regexes.isSpace(line.charAt(p))) {
            p++;
        }
        if (p == line.length()) {
            return false;
        }
        char c = line.charAt(p);
        if (c == 'o' || c == '(' || BULLET_SYMBOLS.indexOf(c) >= 0) {
            return true;
        }
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            int close = line.indexOf(')', p + 1);
            return close > p && close <= p + 5;
        }
        return false;
    }

    public static boolean isListStart(String line) {
        return isBullet(line) || NUMBERED.matcher(line).lookingAt() || DATE_START.matcher(line).lookingAt();
    }

    public static boolean isPageNumber(String line) {
        // every line is asked: only spaces, digits, the letters of 'page', 'of' and roman numerals, '|', '/' and dashes can match
        return Regexes.consistsOf(line, "pageofivxl|/-–—") && PAGE_NUMBER.matcher(line).matches();
    }

    static boolean endsSentence(String line) {
        String s = line.stripTrailing();
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        if (c == '"' || c == '\'' || c == ')' || c == '’' || c == '”') {
            s = s.substring(0, s.length() - 1).stripTrailing();
            c = s.isEmpty() ? '.' : s.charAt(s.length() - 1);
        }
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
    }

    static boolean startsLowercase(String line) {
        String s = line.strip();
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    /**
     * Whitespace collapsed, non-breaking spaces made plain, ends stripped: every run of spaces
     * (plain, non-breaking, figure, narrow) becomes one plain space. Called for every line several
     * times per report, so a line that needs no collapsing is only stripped, without a regex.
     */
    static String tidy(String line) {
        char previous = 'x';
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c == ' ' && previous == ' ')) {
                return SPACES.matcher(line).replaceAll(" ").strip();
            }
            previous = c;
        }
        return line.strip();
    }

    /** The key under which running headers are counted: page numbers vary, so digits are folded. */
    static String furnitureKey(String line) {
        String key = tidy(line).toLowerCase(Locale.ROOT);
        if (!hasDigit(key)) {
            return key;
        }
        // DIGITS.replaceAll("#") without a regex: each run of ASCII digits becomes '#'
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit) {
                out.append(c);
            } else if (i == 0 || key.charAt(i - 1) < '0' || key.charAt(i - 1) > '9') {
                out.append('#');
            }
        }
        return out.toString();
    }

    /** Whether the line has a digit as {@code \\d} means it (ASCII). */
    static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : WHITESPACE.split(s).length;
    }
}
