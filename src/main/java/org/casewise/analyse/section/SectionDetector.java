package org.casewise.analyse.section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casewise.analyse.text.PreparedText;

/**
 * Splits a prepared report into its parts (PRIMER §3). Each recognised heading opens a part that
 * runs to the next one; text before the first is the cover, and a repository cover sheet
 * ('Title: ... LSCB: ... Author: ...') at the very start is its own part. Headings that name no
 * known part (theme sub-headings inside an analysis, 'Foreword') open nothing: their text stays
 * in the part around them. Stateless and thread-safe.
 */
public final class SectionDetector {

    private static final Pattern COVER_FIELD = Pattern.compile("^(?:title|lscb|lscp|board|partnership|author|lead reviewer|reviewer|"
            + "date of publication|publication date|date published|year|review type|type of review|keywords|key themes)\\s*:\\s*\\S",
            Pattern.CASE_INSENSITIVE);
    private static final int COVER_SHEET_LINES = 12;

    public List<Section> detect(PreparedText prepared) {
        String text = prepared.text();
        List<Line> lines = lines(text);
        List<Section> sections = new ArrayList<>();
        int coverSheetEnd = coverSheet(lines, text, sections);
        List<Line> headings = new ArrayList<>();
        for (Line line : lines) {
            if (line.start < coverSheetEnd) {
                continue;
            }
            SectionName name = HeadingMatcher.match(line.text);
            if (name != null) {
                headings.add(new Line(line.start, line.end, line.text, name, line.index));
            }
        }
        headings = closeBoilerplateAtNextChapter(dropContentsRuns(headings), lines);
        String openName = SectionName.COVER.id();
        String openHeading = null;
        int openStart = coverSheetEnd;
        for (Line h : headings) {
            if (h.name.id().equals(openName) && openHeading != null) {
                continue; // 'Analysis' then 'Analysis of practice': one part
            }
            if (openHeading != null || !text.substring(openStart, h.start).isBlank()) {
                sections.add(new Section(openName, openHeading, openStart, h.start));
            }
            openName = h.name.id();
            openHeading = h.text;
            openStart = h.start;
        }
        if (openHeading != null || !text.substring(openStart).isBlank() || sections.isEmpty()) {
            sections.add(new Section(openName, openHeading, openStart, text.length()));
        }
        return List.copyOf(endContentsAtProse(sections, lines));
    }

    /** Prose lines are at least this long; contents entries without a page number are shorter. */
    private static final int PROSE_LINE = 60;
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile("\\d\\s*$");

    /**
     * A contents list runs to the next recognised heading, so when the first heading of the body
     * names no known part ('1. Legal context and brief outline of circumstances') the report's
     * opening was read as contents: never searched for the incident, and boilerplate to the theme
     * model. The list ends at its first paragraph of prose; from there (or from the short line just
     * before it, its heading) the body's opening is the introduction.
     */
    private static List<Section> endContentsAtProse(List<Section> sections, List<Line> lines) {
        List<Section> out = new ArrayList<>(sections.size() + 1);
        boolean introductionBefore = false;
        for (Section s : sections) {
            int cut = s.name().equals(SectionName.CONTENTS.id()) && !introductionBefore ? proseStart(s, lines) : -1;
            if (cut < 0) {
                out.add(s);
            } else {
                out.add(new Section(s.name(), s.heading(), s.start(), cut));
                out.add(new Section(SectionName.INTRODUCTION.id(), null, cut, s.end()));
            }
            introductionBefore |= cut >= 0 || s.name().equals(SectionName.INTRODUCTION.id());
        }
        return out;
    }

    /**
     * A line of a paragraph: long, not ending in a page number, and either with a full stop or
     * wrapped onto a next line like it. Contents entries end in page numbers or are short.
     */
    private static boolean isProse(Line line, Line next) {
        String t = line.text;
        if (t.length() < PROSE_LINE || ENDS_IN_NUMBER.matcher(t).find()) {
            return false;
        }
        return t.endsWith(".") || t.contains(". ")
                || next != null && next.text.length() >= WRAPPED_LINE && !ENDS_IN_NUMBER.matcher(next.text).find();
    }

    private static final int WRAPPED_LINE = 50;

    /** Where the first prose paragraph after the contents heading starts (with its heading line), or -1. */
    private static int proseStart(Section contents, List<Line> lines) {
        Line previous = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.start <= contents.start() || line.start >= contents.end()) {
                continue;
            }
            Line next = i + 1 < lines.size() && lines.get(i + 1).index == line.index + 1 ? lines.get(i + 1) : null;
            if (isProse(line, next)) {
                boolean headingBefore = previous != null && previous.index == line.index - 1 && previous.text.length() < PROSE_LINE
                        && !ENDS_IN_NUMBER.matcher(previous.text).find();
                return headingBefore ? previous.start : line.start;
            }
            previous = line;
        }
        return -1;
    }

    /** The id of the part that holds the offset, or 'other' when none does. */
    public static String sectionAt(List<Section> sections, int offset) {
        for (Section s : sections) {
            if (s.contains(offset)) {
                return s.name();
            }
        }
        if (!sections.isEmpty() && offset == sections.get(sections.size() - 1).end()) {
            return sections.get(sections.size() - 1).name();
        }
        return SectionName.OTHER.id();
    }

    private static int coverSheet(List<Line> lines, String text, List<Section> sections) {
        int fields = 0;
        int first = -1;
        int lastEnd = -1;
        int seen = 0;
        for (Line line : lines) {
            if (line.text.isBlank()) {
                continue;
            }
            if (++seen > COVER_SHEET_LINES) {
                break;
            }
            if (COVER_FIELD.matcher(line.text).find()) {
                fields++;
                first = first < 0 ? line.start : first;
                lastEnd = line.end;
            } else if (fields >= 2) {
                break;
            }
        }
        if (fields < 3) {
            return 0;
        }
        // The sheet's note ('This cover sheet was added...') runs to the first blank line after the fields.
        int end = text.indexOf("\n\n", lastEnd);
        end = end < 0 ? lastEnd : end;
        if (first > 0) {
            sections.add(new Section(SectionName.COVER.id(), null, 0, first));
        }
        sections.add(new Section(SectionName.COVER_SHEET.id(), null, first, end));
        return end;
    }

    /** A top-level numbered heading: '3. The four babies', '4 Theme 1: Pre-birth assessment'. */
    private static final Pattern CHAPTER = Pattern.compile("^(\\d{1,2})\\.?\\s+[A-Z][^.]{2,68}$");

    /**
     * A boilerplate part (terms of reference, methodology) numbered as a chapter ends at the next
     * chapter even when that chapter's heading names no known part: 'Method' is one chapter, and '3.
     * The four babies', '4. Theme 1: Pre-birth assessment' after it are the case, not more method.
     * Without this the rest of a report whose chapters have their own titles was read as methodology
     * (boilerplate to the theme model) up to the conclusions. The new part is {@code other}.
     */
    private static List<Line> closeBoilerplateAtNextChapter(List<Line> headings, List<Line> lines) {
        List<Line> out = new ArrayList<>(headings.size() + 1);
        for (int h = 0; h < headings.size(); h++) {
            Line heading = headings.get(h);
            out.add(heading);
            java.util.regex.Matcher number = CHAPTER.matcher(heading.text);
            if (!heading.name.isBoilerplate() || heading.name == SectionName.CONTENTS || !number.matches()) {
                continue;
            }
            String next = Integer.toString(Integer.parseInt(number.group(1)) + 1);
            int nextHeading = h + 1 < headings.size() ? headings.get(h + 1).start : Integer.MAX_VALUE;
            // a line's index is its place in lines: the lines of this part follow its heading's
            for (int i = heading.index + 1; i < lines.size() && lines.get(i).start < nextHeading; i++) {
                Line line = lines.get(i);
                java.util.regex.Matcher m = CHAPTER.matcher(line.text);
                if (m.matches() && m.group(1).equals(next)) {
                    out.add(new Line(line.start, line.end, line.text, SectionName.OTHER, line.index));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A contents list that survived cleaning reads as a stack of headings with nothing between
     * them; a real heading has text under it. Three or more such headings in a row are dropped.
     */
    private static List<Line> dropContentsRuns(List<Line> headings) {
        List<Line> kept = new ArrayList<>();
        int i = 0;
        while (i < headings.size()) {
            int j = i;
            while (j + 1 < headings.size() && headings.get(j + 1).index - headings.get(j).index == 1) {
                j++;
            }
            if (j - i + 1 >= 3) {
                // Keep the last: it is the first real heading when the body follows the list directly.
                kept.add(headings.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    kept.add(headings.get(k));
                }
            }
            i = j + 1;
        }
        return kept;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int index = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                lines.add(new Line(start, end, line.strip(), null, index++));
            }
            start = end + 1;
        }
        return lines;
    }

    /** A non-blank line; index counts non-blank lines, so two adjacent headings differ by one. */
    private record Line(int start, int end, String text, SectionName name, int index) {
    }
}
