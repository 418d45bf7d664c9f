package org.casewise.analyse.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;
import org.casewise.analyse.recommend.TextLines.Line;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.section.SectionName;
import org.casewise.analyse.text.PreparedText;

/**
 * Finds recommendation, learning and findings blocks from their headings ('Recommendations',
 * '7. RECOMMENDATIONS', 'Recommendations for the Safeguarding Partnership', 'Key learning',
 * 'Lessons learned', 'Findings', 'Improving systems and practice'). A block runs to the next
 * such heading, to a heading of another part (conclusions, appendices, glossary...), or to the
 * next top-level number after its own ('8. Glossary' after '7. Recommendations'). Headings in a
 * contents list are skipped.
 */
public final class HeadingBlockFinder implements BlockFinder {

    /** A block longer than this has lost its end: stop rather than read the rest of the report as items. */
    static final int MAX_LINES = 400;

    private static final Pattern PAGE_REFERENCE = Pattern.compile(".*(?:\\.{2,}|…|\\s{2,}|\\t|\\s)\\s*\\d{1,3}$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:(?:section|part|step)\\s+)?(\\d{1,2})(?:\\.(\\d{1,2}))?\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<ItemBlock> find(PreparedText text, List<Section> sections) {
        return find(TextLines.of(text.text()), sections);
    }

    @Override
    public List<ItemBlock> find(PreparedText text, TextLines lines, List<Section> sections) {
        return find(lines, sections);
    }

    List<ItemBlock> find(TextLines lines, List<Section> sections) {
        List<ItemBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank() || l.noise()) {
                continue;
            }
            String kind = Headings.blockKind(l.text());
            if (kind == null || !isHeading(lines, i) || inContents(lines, i) || inBoilerplate(sections, l.start())) {
                continue;
            }
            int end = end(lines, i);
            int bodyStart = i + 1 < lines.size() ? lines.get(i + 1).start() : l.end();
            int endOffset = end < lines.size() ? lines.get(end).start() : lines.get(lines.size() - 1).end();
            String section = section(kind, l.text());
            String addressee = Addressees.of(Headings.words(l.text())).orElse(null);
            blocks.add(new ItemBlock(kind, l.text(), section, Math.min(bodyStart, endOffset), endOffset, addressee));
            i = end - 1;
        }
        return blocks;
    }

    private static String section(String kind, String heading) {
        if (kind.equals(LearningPoint.RECOMMENDATION)) {
            return SectionName.RECOMMENDATIONS.id();
        }
        return Headings.words(heading).toLowerCase().startsWith("conclusion") ? SectionName.CONCLUSIONS.id()
                : SectionName.FINDINGS.id();
    }

    /** A heading stands alone: the next line does not continue it as a sentence. */
    static boolean isHeading(TextLines lines, int i) {
        String t = lines.get(i).text();
        if (!Headings.headingShaped(t) && !Regexes.matches(t, "(?i)^[\\d.\\s]*[A-Z][A-Z ,'&-]+$")) {
            return false;
        }
        Line next = lines.nextContent(i);
        if (next != null && Character.isLowerCase(next.text().charAt(0))) {
            return false;
        }
        return !tableColumn(lines, i);
    }

    /**
     * 'No.' / 'Recommendation' / 'Agency': the column names of a table flattened one a line, not a
     * heading. A real 'Recommendations' heading may sit just above such a header, whose own
     * 'Recommendation' column then follows it.
     */
    private static boolean tableColumn(TextLines lines, int i) {
        if (!TableReader.isColumnName(lines.get(i).text())) {
            return false;
        }
        Line previous = lines.previousContent(i);
        if (previous != null && TableReader.isColumnName(previous.text())) {
            return true;
        }
        Line next = lines.nextContent(i);
        boolean header = false;
        for (int n = 0; next != null && n < 8 && TableReader.isColumnName(next.text()); n++) {
            if (Regexes.matches(next.text(), "(?i)recommendations?\\.?")) {
                return false;
            }
            header = true;
            next = lines.nextContent(next.index());
        }
        return header;
    }

    /**
     * A contents page lists headings one a line: the heading has a page number, or sits in a run
     * of other short headings (numbered ones count only when the heading is numbered too, so a
     * short numbered list under an unnumbered heading is not mistaken for contents).
     */
    static boolean inContents(TextLines lines, int i) {
        String t = lines.get(i).text();
        if (PAGE_REFERENCE.matcher(t).matches() && !Regexes.matches(t, "(?i).*\\b(?:19|20)\\d\\d$")) {
            return true;
        }
        boolean numbered = LEADING_NUMBER.matcher(t).lookingAt();
        Line p1 = lines.previousContent(i);
        Line p2 = p1 == null ? null : lines.previousContent(p1.index());
        Line n1 = lines.nextContent(i);
        Line n2 = n1 == null ? null : lines.nextContent(n1.index());
        boolean sp1 = entry(p1, numbered);
        boolean sn1 = entry(n1, numbered);
        return sp1 && entry(p2, numbered) || sp1 && sn1 || sn1 && entry(n2, numbered);
    }

    private static boolean entry(Line l, boolean numbered) {
        if (l == null) {
            return false;
        }
        String t = l.text();
        if (t.length() > 70 || !Headings.headingShaped(t) || t.endsWith(":")) {
            return false;
        }
        Markers.Marker m = Markers.of(t);
        if (m != null && m.type() == Markers.Type.LABELLED) {
            return Regexes.matches(t, ".*(?:\\.{2,}|…|\\t)\\s*\\d{1,3}$");
        }
        if (PAGE_REFERENCE.matcher(t).matches()) {
            return true;
        }
        if (m == null) {
            return true;
        }
        return numbered && (m.type() == Markers.Type.NUMBER || m.type() == Markers.Type.DECIMAL) && m.rest().length() <= 60;
    }

    private static boolean inBoilerplate(List<Section> sections, int offset) {
        for (Section s : sections) {
            if (s.contains(offset)) {
                return SectionName.byId(s.name()).map(n -> n == SectionName.CONTENTS || n == SectionName.TERMS_OF_REFERENCE
                        || n == SectionName.GLOSSARY || n == SectionName.COVER_SHEET).orElse(false);
            }
        }
        return false;
    }

    /** Index of the first line after the block. */
    static int end(TextLines lines, int headingIndex) {
        Integer own = number(lines.get(headingIndex).text());
        int limit = Math.min(lines.size(), headingIndex + MAX_LINES);
        for (int j = headingIndex + 1; j < limit; j++) {
            Line l = lines.get(j);
            if (l.blank() || l.noise()) {
                continue;
            }
            String t = l.text();
            boolean shaped = Headings.headingShaped(t);
            if (shaped && (Headings.isStop(t) || Headings.blockKind(t) != null && isHeading(lines, j))) {
                return j;
            }
            if (own != null) {
                Integer n = Headings.numberedHeading(t);
                if (n != null && n > own && n <= own + 3) {
                    return j;
                }
                Matcher m = LEADING_NUMBER.matcher(t);
                if (m.lookingAt() && m.group(2) != null && Integer.parseInt(m.group(1)) > own
                        && Integer.parseInt(m.group(1)) <= own + 3) {
                    return j; // '9.1 ...' paragraphs of the next part
                }
            }
        }
        return limit;
    }

    private static Integer number(String heading) {
        Matcher m = LEADING_NUMBER.matcher(heading);
        return m.lookingAt() && m.group(2) == null ? Integer.valueOf(m.group(1)) : null;
    }
}
