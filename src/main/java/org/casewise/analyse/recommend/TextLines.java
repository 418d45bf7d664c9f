package org.casewise.analyse.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;

/**
 * A text cut into lines with their offsets. Recommendation lists are laid out by line (a marker
 * starts a line, a heading is a line of its own), while sentences cross page breaks; so the
 * extractor works on lines and skips the page furniture PDF extraction leaves inside a list.
 */
final class TextLines {

    /** One line; {@code text} is stripped, {@code noise} marks page headers, footers and page numbers. */
    record Line(int index, int start, int end, String text, boolean noise) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    private static final Pattern PAGE = Pattern.compile(
            "(?i)^(?:-\\s*)?(?:page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?(?:\\s*-)?$|.*\\bpage\\s+\\d{1,3}(?:\\s*of\\s*\\d{1,3})?$");
    /** Lines a running header usually has: a separator, 'OFFICIAL', 'Final report', a date-like reference. */
    private static final Pattern RUNNING = Pattern.compile("(?i)\\||\\s[—–-]\\s|^official\\b|\\bconfidential\\b|\\bdraft\\b");

    private final List<Line> lines;

    private TextLines(List<Line> lines) {
        this.lines = lines;
    }

    static TextLines of(String text) {
        List<int[]> spans = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            spans.add(new int[] {pos, end});
            String s = text.substring(pos, end).strip();
            if (!s.isEmpty()) {
                counts.merge(s, 1, Integer::sum);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        List<Line> lines = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            String raw = text.substring(span[0], span[1]);
            String s = raw.strip();
            // start is where the line's text begins, so an item's offset points at its marker, not at indentation
            int lead = s.isEmpty() ? 0 : raw.indexOf(s.charAt(0));
            lines.add(new Line(lines.size(), span[0] + lead, span[1], s, isNoise(s, counts.getOrDefault(s, 0))));
        }
        return new TextLines(lines);
    }

    /**
     * Page numbers, and lines repeated on several pages (running headers and footers). A heading
     * such as 'Recommendations' repeats too (contents page and body), so a repeated line counts
     * as furniture only when it has the look of one, or repeats often.
     */
    private static boolean isNoise(String s, int count) {
        if (s.isEmpty()) {
            return false;
        }
        // PAGE matches a line of digits, dashes, 'of' and slashes, or one with 'page' in it; its '.*'
        // branch, tried on every line of a report, was the costliest check of the recommendation stage
        if ((Regexes.consistsOf(s, "-/of") || Regexes.containsIgnoreCase(s, "page")) && PAGE.matcher(s).matches()) {
            return true;
        }
        if (s.startsWith("Accessibility |") || s.startsWith("©")) {
            return true;
        }
        if (count < 2) {
            return false; // only a repeated line can be a running header or footer (no heading checks needed)
        }
        if (Headings.blockKind(s) != null || Headings.isStop(s)) {
            return false;
        }
        return count >= 3 && s.length() >= 12 && !s.endsWith(".") && !s.endsWith(":")
                || count >= 2 && RUNNING.matcher(s).find() && s.length() < 120 && !s.endsWith(".");
    }

    List<Line> all() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    Line get(int i) {
        return lines.get(i);
    }

    /** Index of the line containing the offset. */
    int lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The next line after {@code i} that is neither blank nor furniture, or null. */
    Line nextContent(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (!l.blank() && !l.noise()) {
                return l;
            }
        }
        return null;
    }

    Line previousContent(int i) {
        for (int j = i - 1; j >= 0; j--) {
            Line l = lines.get(j);
            if (!l.blank() && !l.noise()) {
                return l;
            }
        }
        return null;
    }
}
