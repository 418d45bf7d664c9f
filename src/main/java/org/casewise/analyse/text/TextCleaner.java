package org.casewise.analyse.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;

/**
 * Turns extracted report text into clean lines: page furniture and contents entries removed, the
 * hard-wrapped lines of a PDF paragraph joined, and every line that remains a unit of its own
 * (heading, bullet item, chronology entry, paragraph). Blank lines mark paragraph gaps.
 * Stateless; safe to share.
 */
public final class TextCleaner {

    /** Below this many wrapped lines the wrap width cannot be told, and only lowercase continuations are joined. */
    private static final int MIN_WRAPPED_SAMPLES = 8;
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|(?i:appendix|annexe?|section|part|chapter)\\s+\\w{1,5})\\s*[:.)–—-]?\\s*\\p{Lu}");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?s).*\\b(?:e\\.g|i\\.e|etc|Dr|Mr|Mrs|Ms|para|No|vs|cf)\\.$");

    /** What cleaning did, for the benchmark and for tests. */
    public record Result(String text, int furnitureLines, int contentsLines, int joinedLines) {
    }

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(?=\\S)");
    private static final Pattern HORIZONTAL_RULE = Pattern.compile("\\s*([-*_=])(?:\\s*\\1){2,}\\s*");
    /** A line of a plain-text box drawn with asterisks: '*  DRAFT v0.6 - NOT FOR PUBLICATION  *'. */
    private static final Pattern FRAMED = Pattern.compile("^\\s*\\*\\s+(\\S(?:.*\\S)?)\\s+\\*\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(\\*\\*|__)(\\S(?:.*\\S)?)\\1\\s*$");

    /**
     * Markdown's emphasis marks inside a line: '**R**', '__R__', '*Both babies' names ...*'. Not a bullet's '* ', and
     * not a '*' between letters or spaces ('a*b', '2 * 3'); single underscores are left, as names and addresses hold them.
     */
    private static final Pattern INLINE_EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=[^\\s*])|(?<=[^\\s*])\\*(?![\\w*])");

    /**
     * A line without its Markdown marks: '### 1. Introduction' and '**Findings**' become their words, and
     * 'referred to in this report as **R**' reads as the report means it.
     */
    static String withoutMarkdown(String line) {
        // a Markdown rule ('---', '* * *', '===') divides, it says nothing: left in, the recommendation finder took '---' for an
        // item. Only a line whose first mark starts one is tried: most lines hold a hyphen somewhere, and every line comes here.
        int first = 0;
        while (first < line.length() && Regexes.isSpace(line.charAt(first))) {
            first++;
        }
        if (first < line.length() && "-*_=".indexOf(line.charAt(first)) >= 0 && HORIZONTAL_RULE.matcher(line).matches()) {
            return "";
        }
        if (first < line.length() && line.charAt(first) == '*' && line.stripTrailing().endsWith("*")) {
            java.util.regex.Matcher framed = FRAMED.matcher(line);
            if (framed.matches() && framed.group(1).indexOf('*') < 0) {
                return framed.group(1);
            }
        }
        if (line.indexOf('#') < 0 && line.indexOf('*') < 0 && line.indexOf('_') < 0) {
            return line;
        }
        String s = MARKDOWN_HEADING.matcher(line).replaceFirst("");
        java.util.regex.Matcher bold = BOLD_LINE.matcher(s);
        s = bold.matches() ? bold.group(2) : s;
        return s.indexOf('*') < 0 && s.indexOf("__") < 0 ? s : INLINE_EMPHASIS.matcher(s).replaceAll("");
    }

    public Result clean(String raw) {
        String normalised = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u000B', '\n');
        // Markdown and plain-text exports mark headings ('### 1. Introduction', '**Findings**'): the marks
        // are not words of the heading, and the section and heading finders expect the words alone.
        List<String> lines = Arrays.stream(normalised.split("\n", -1)).map(TextCleaner::withoutMarkdown).toList();
        int[] starts = new int[lines.size()];
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = offset;
            offset += lines.get(i).length() + 1;
        }
        // Every step looks at the tidied lines, often several times: tidy each once.
        List<String> tidied = lines.stream().map(Lines::tidy).toList();
        boolean[] furniture = PageFurniture.find(lines, tidied, starts);
        boolean[] remove = new boolean[lines.size()];
        ContentsPages.mark(tidied, furniture, remove);
        int furnitureCount = 0;
        int contentsCount = 0;
        for (int i = 0; i < remove.length; i++) {
            if (furniture[i] && !lines.get(i).isBlank()) {
                furnitureCount++;
            } else if (remove[i]) {
                contentsCount++;
            }
            remove[i] |= furniture[i];
        }
        int width = wrapWidth(lines, tidied, remove);
        StringBuilder out = new StringBuilder(normalised.length());
        String previous = null;
        boolean gap = false;
        boolean removedInGap = false;
        int joined = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = tidied.get(i);
            if (remove[i]) {
                removedInGap = true;
                continue;
            }
            if (t.isBlank()) {
                gap = previous != null;
                continue;
            }
            if (previous == null) {
                out.append(t);
            } else if (continues(previous, t, width, gap || removedInGap)) {
                if (previous.endsWith("-") && previous.length() > 1 && Character.isLetter(previous.charAt(previous.length() - 2))
                        && Lines.startsLowercase(t)) {
                    out.append(t);
                } else {
                    out.append(' ').append(t);
                }
                joined++;
            } else {
                out.append(gap ? "\n\n" : "\n").append(t);
            }
            previous = t;
            gap = false;
            removedInGap = false;
        }
        return new Result(out.toString(), furnitureCount, contentsCount, joined);
    }

    /** A line that ends where a date must follow: a preposition, or a day's number after one ('died on 21'). */
    private static final Pattern DATE_LEAD_IN = Pattern.compile("(?i)\\b(?:on|in|of|since|until|from|between|before|after|during"
            + "|by|and|to)(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?\\s*$");

    /**
     * Whether {@code next} carries on the paragraph of {@code previous}. A lowercase start always
     * does (PDF wraps, and page breaks that split a sentence); a capital start only when the previous
     * line is as long as the wrap width and does not close a sentence. Headings are short, so they
     * are never joined to the paragraph under them; bullets and dated entries always start afresh.
     */
    private static boolean continues(String previous, String next, int width, boolean afterGap) {
        boolean lowercase = Lines.startsLowercase(next);
        // A capitalised line continues only an unfinished long line; most lines fail that cheap test,
        // so it comes before the list, heading and page-number patterns (the answer is the same).
        if (!lowercase) {
            if (afterGap || Lines.endsSentence(previous)) {
                return false;
            }
            // A short capitalised line with no full stop is a heading even after a long unfinished line.
            boolean headingLike = next.length() < width * 0.6 && !Lines.endsSentence(next);
            if (previous.length() < width * 0.8 || previous.contains("\t") || headingLike) {
                return false;
            }
        }
        // a date wrapped onto the next line ('Cai died on 21' then 'November 2021 at the age of 17.'): a chronology
        // entry starts with its date, but never straight after a preposition or a day's number
        if (!lowercase && Lines.DATE_START.matcher(next).lookingAt() && DATE_LEAD_IN.matcher(previous).find()) {
            return true;
        }
        if (Lines.isListStart(next) || ContentsPages.HEADING.matcher(next).matches() || Lines.isPageNumber(next)) {
            return false;
        }
        if (lowercase) {
            if (labelledHeading(previous, width)) {
                return false; // 'Appendix A – Glossary' then 's47: a child protection enquiry.'
            }
            return !Lines.endsSentence(previous) || previous.endsWith(",") || abbreviationEnd(previous);
        }
        return true;
    }

    /**
     * A numbered or labelled heading ('6. Recommendations', 'Appendix A – Glossary of terms'):
     * a few words after the label, short of the wrap width. A wrapped numbered paragraph line has
     * more words, so its lowercase continuation is still joined.
     */
    private static boolean labelledHeading(String line, int width) {
        return LABELLED.matcher(line).lookingAt() && Lines.words(line) <= 7 && line.length() < width * 0.6;
    }

    private static boolean abbreviationEnd(String line) {
        return ABBREVIATION_END.matcher(line).matches();
    }

    /**
     * The width at which a PDF wrapped its paragraphs: the upper quartile of the lengths of lines
     * directly followed by a line that carries on their sentence in lower case, which only a wrap
     * does. (Counting every line followed by more text took a heading and its first paragraph
     * line for a wrap, so short-line Word text got a width of a heading and its headings were
     * glued to the text under them.) Word and HTML text has one line per paragraph and no such
     * width; the figure is then large and only lowercase continuations are joined.
     */
    private static int wrapWidth(List<String> lines, List<String> tidied, boolean[] remove) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!remove[i] && !lines.get(i).isBlank() && !lines.get(i + 1).isBlank() && Lines.startsLowercase(tidied.get(i + 1))
                    && !Lines.endsSentence(tidied.get(i))) {
                lengths.add(tidied.get(i).length());
            }
        }
        if (lengths.size() < MIN_WRAPPED_SAMPLES) {
            return Integer.MAX_VALUE / 2;
        }
        lengths.sort(null);
        int width = lengths.get((int) (lengths.size() * 0.75));
        return Math.max(width, 40);
    }
}
