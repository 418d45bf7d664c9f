package org.casewise.analyse.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns extracted report text into clean lines: page furniture and contents entries removed, the
 * hard-wrapped lines of a PDF paragraph joined, and every line that remains a unit of its own
 * (heading, bullet item, chronology entry, paragraph). Blank lines mark paragraph gaps.
 * Stateless; safe to share.
 */
public final class TextCleaner {

    /** Below this many wrapped lines the wrap width cannot be told, and only lowercase continuations are joined. */
    private static final int MIN_WRAPPED_SAMPLES = 8;

    /** What cleaning did, for the benchmark and for tests. */
    public record Result(String text, int furnitureLines, int contentsLines, int joinedLines) {
    }

    public Result clean(String raw) {
        String normalised = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u000B', '\n');
        List<String> lines = Arrays.asList(normalised.split("\n", -1));
        int[] starts = new int[lines.size()];
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = offset;
            offset += lines.get(i).length() + 1;
        }
        boolean[] furniture = PageFurniture.find(lines, starts);
        boolean[] remove = new boolean[lines.size()];
        ContentsPages.mark(lines, furniture, remove);
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
        int width = wrapWidth(lines, remove);
        StringBuilder out = new StringBuilder(normalised.length());
        String previous = null;
        boolean gap = false;
        boolean removedInGap = false;
        int joined = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = Lines.tidy(lines.get(i));
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

    /**
     * Whether {@code next} carries on the paragraph of {@code previous}. A lowercase start always
     * does (PDF wraps, and page breaks that split a sentence); a capital start only when the previous
     * line is as long as the wrap width and does not close a sentence. Headings are short, so they
     * are never joined to the paragraph under them; bullets and dated entries always start afresh.
     */
    private static boolean continues(String previous, String next, int width, boolean afterGap) {
        if (Lines.isListStart(next) || ContentsPages.HEADING.matcher(next).matches() || Lines.isPageNumber(next)) {
            return false;
        }
        if (Lines.startsLowercase(next)) {
            return !Lines.endsSentence(previous) || previous.endsWith(",") || abbreviationEnd(previous);
        }
        if (afterGap || Lines.endsSentence(previous)) {
            return false;
        }
        // A short capitalised line with no full stop is a heading even after a long unfinished line.
        boolean headingLike = next.length() < width * 0.6 && !Lines.endsSentence(next);
        return previous.length() >= width * 0.8 && !previous.contains("\t") && !headingLike;
    }

    private static boolean abbreviationEnd(String line) {
        return line.matches("(?s).*\\b(?:e\\.g|i\\.e|etc|Dr|Mr|Mrs|Ms|para|No|vs|cf)\\.$");
    }

    /**
     * The width at which a PDF wrapped its paragraphs: the upper quartile of the lengths of lines
     * directly followed by more text. Word and HTML text has one line per paragraph and no such
     * width; the figure is then large and only lowercase continuations are joined.
     */
    private static int wrapWidth(List<String> lines, boolean[] remove) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!remove[i] && !lines.get(i).isBlank() && !lines.get(i + 1).isBlank()) {
                lengths.add(Lines.tidy(lines.get(i)).length());
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
