package org.casewise.analyse.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.GatedPattern;
import org.casewise.analyse.MetadataAnalyser;
import org.casewise.analyse.Regexes;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.section.SectionName;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.text.Sentence;
import org.casewise.extract.ExtractedText;

/**
 * Everything a report says about itself (PRIMER §3, §5): title, board, review type, methodology,
 * publication and incident years, the children, the outcome, the agencies involved, the authors
 * and the status. Rules only, and a field stays null or empty rather than guessed. Sections are
 * used when the detector found them; without them the opening of the report stands in for the
 * cover and introduction.
 */
public class MetadataExtractor {

    /** The cover, cover sheet and contents of a report fit in this many characters. */
    static final int HEAD_CHARS = 3000;
    /** Without sections, the introduction is assumed to lie within this many characters. */
    static final int OPENING_CHARS = 6000;
    /** Lines shorter than this end a unit: headings, cover lines, list entries; wrapped prose lines are longer. */
    static final int SHORT_LINE = 70;

    private static final GatedPattern BOARD_LINE = GatedPattern.compile("(?im)^\\W*(?:LSCB|LSCP|board|partnership|safeguarding board"
            + "|published by|commissioned by)\\s*:\\s*(.+)$");
    /** A line that starts a chronology entry: '19.01.2018 Hospital.', '28 January 2017 (Cafcass):', 'In March 2016, Police recorded:'. */
    private static final Pattern CHRONOLOGY_LINE = Pattern.compile("^\\W*(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+\\s+\\d{4}\\s*[(:,-]|(?:In|On)\\s+(?:\\d{1,2}\\s+)?[A-Z][a-z]+\\s+\\d{4},\\s+[^.]{0,60}\\brecorded\\b"
            + "|[A-Z][a-z]+\\s+\\d{4}\\s*[:(-])");
    /** Headings that end the opening of a report and start its account of agency contact. */
    private static final GatedPattern ACCOUNT_HEADING = GatedPattern.compile("(?im)^\\W*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:summary )?(?:chronology"
            + "|key (?:events|practice episodes|episodes)|what happened|summary of (?:agency )?involvement|agency involvement"
            + "|practice episodes|analysis|findings|appraisal of practice|practice and organisational learning"
            + "|the case in brief|summary chronology)\\b[^\\n]{0,40}$");
    private static final Set<String> OPENING_SECTIONS = Set.of(SectionName.COVER.id(), SectionName.COVER_SHEET.id(),
            SectionName.EXECUTIVE_SUMMARY.id(), SectionName.INTRODUCTION.id(), SectionName.TERMS_OF_REFERENCE.id(),
            SectionName.FAMILY_BACKGROUND.id());

    private final BoardRegistry boards;

    public MetadataExtractor(BoardRegistry boards) {
        this.boards = boards;
    }

    public ReportMetadata extract(PreparedText text, List<Section> sections, ExtractedText extracted, String fileName,
                                  Optional<Board> sourceBoard) {
        String raw = extracted.text() == null ? "" : extracted.text();
        String head = raw.length() > HEAD_CHARS ? raw.substring(0, HEAD_CHARS) : raw;
        String title = MetadataAnalyser.title(head, extracted.title(), fileName);
        Board board = board(head, sections, text.text()).or(() -> sourceBoard).orElse(null);
        String reviewType = MetadataAnalyser.reviewType(title, head);
        String status = CoverFields.status(head.length() > 1500 ? head.substring(0, 1500) : head, extracted.title().orElse(null));
        Integer year = MetadataAnalyser.year(head, MetadataAnalyser.tail(raw), extracted.createdYear(), "draft".equals(status));

        List<Sentence> sentences = text.sentences();
        boolean adultReview = "sar".equals(reviewType) || "dhr".equals(reviewType);
        // Finding the subjects scans the whole text: once for both the children and the incident.
        // The cover heading can name children a repository cover sheet's 'Title:' field leaves out; a document's own
        // title property is the document's title and is kept alone, as before cover sheets were read. Only a 'Title:'
        // line makes the two differ, so the head is read a second time only when it has the word.
        String titles = title == null ? "" : title;
        if (title != null && extracted.title().isEmpty() && Regexes.containsIgnoreCase(head, "title")) {
            String cover = MetadataAnalyser.coverTitle(head, fileName);
            titles = cover.equals(title) ? title : title + "\n" + cover;
        }
        List<ChildCandidates.Candidate> subjects = ChildCandidates.subjects(text.text(), titles, adultReview);
        List<Child> children = ChildFinder.find(sentences, subjects);
        List<Pattern> subjectPatterns = subjects.stream().map(ChildCandidates.Candidate::mention).toList();
        List<String> opening = opening(text, sections);
        List<String> withTitle = new java.util.ArrayList<>();
        withTitle.add(title);
        withTitle.addAll(opening);
        boolean substantive = text.text().strip().length() > 500;
        IncidentFinder.Result incident = IncidentFinder.find(withTitle, subjectPatterns, substantive);
        Integer incidentYear = incident.incidentYear();
        if (incidentYear != null && year != null && incidentYear > year) {
            incidentYear = null; // an incident cannot follow the report about it: we misread a date
        }
        children = BirthDates.fill(children, subjectPatterns, sentences, incidentYear);
        String methodology = CoverFields.methodology(text.text(), reviewType);
        List<String> agencies = AgencyInvolvement.involved(text.text(), sections);
        // Authors are on the cover or named in the introduction ('appointed ... as independent reviewer').
        List<String> authors = Authors.of(text.text().substring(0, Math.min(text.text().length(), OPENING_CHARS)), text.text());
        return new ReportMetadata(title, board, reviewType, methodology, year, incidentYear, children,
                incident.outcome(), agencies, authors, status);
    }

    /** The board on a cover sheet line ('LSCB: Kent Safeguarding Children Board'), else the first named in the head. */
    private Optional<Board> board(String head, List<Section> sections, String text) {
        GatedPattern.Scan m = BOARD_LINE.scan(head);
        while (m.find()) {
            Optional<Board> b = boards.resolve(m.group(1).strip());
            if (b.isPresent()) {
                return b;
            }
        }
        for (Section s : sections) {
            if (s.name().equals(SectionName.COVER.id()) || s.name().equals(SectionName.COVER_SHEET.id())) {
                Optional<Board> b = boards.find(text.substring(s.start(), Math.min(s.end(), text.length())));
                if (b.isPresent()) {
                    return b;
                }
            }
        }
        return boards.find(head);
    }

    /**
     * The sentences of the opening parts (cover, summary, introduction, terms of reference, family
     * background) without chronology entries: where a report says what happened and when.
     */
    static List<String> opening(PreparedText text, List<Section> sections) {
        String t = text.text();
        int end;
        List<Section> open = sections.stream().filter(s -> OPENING_SECTIONS.contains(s.name()) || briefAccount(sections, s))
                .toList();
        if (!open.isEmpty()) {
            end = Integer.MAX_VALUE;
        } else {
            end = Math.min(t.length(), OPENING_CHARS);
            GatedPattern.Scan h = ACCOUNT_HEADING.scan(t);
            while (h.find()) {
                if (h.start() > 200 && h.start() < end && proseFollows(t, h.end())) {
                    end = h.start();
                    break;
                }
            }
        }
        List<String> out = new java.util.ArrayList<>();
        for (Sentence s : text.sentences()) {
            boolean inOpening = open.isEmpty() ? s.start() < end
                    : open.stream().anyMatch(sec -> sec.contains(s.start()));
            if (!inOpening) {
                continue;
            }
            for (String unit : units(s.text())) {
                if (!CHRONOLOGY_LINE.matcher(unit).find()) {
                    out.add(unit);
                }
            }
        }
        return out;
    }

    /** Longest 'What happened' that is still the case told in brief rather than a chronology. */
    private static final int BRIEF_ACCOUNT_CHARS = 2500;

    /**
     * A short chronology that opens the body, straight after the cover (a briefing's '1. What happened'):
     * the case told in brief, which is where a briefing says what happened to the child and when. A
     * report's chronology comes after its introduction and is longer.
     */
    private static boolean briefAccount(List<Section> sections, Section s) {
        if (!SectionName.CHRONOLOGY.id().equals(s.name()) || s.end() - s.start() > BRIEF_ACCOUNT_CHARS) {
            return false;
        }
        for (Section before : sections) {
            if (before == s) {
                return true;
            }
            String n = before.name();
            if (!n.equals(SectionName.COVER.id()) && !n.equals(SectionName.COVER_SHEET.id()) && !n.equals(SectionName.CONTENTS.id())) {
                return false;
            }
        }
        return false;
    }

    /**
     * A sentence split at its short lines: sentence detection runs cover lines, headings and
     * list entries together when they have no full stop, and a date on the cover must not be
     * read as the date of the incident in the next paragraph. Wrapped prose lines are long and
     * stay joined.
     */
    static List<String> units(String sentence) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sentence.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            current.append(current.isEmpty() ? "" : " ").append(l);
            if (l.length() < SHORT_LINE) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** A heading in the body is followed by a paragraph; a contents entry by another short entry. */
    private static boolean proseFollows(String t, int from) {
        int i = from;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        int nl = t.indexOf('\n', i);
        String next = t.substring(i, nl < 0 ? t.length() : nl);
        return next.length() > 60 || Regexes.matches(next.toLowerCase(Locale.ROOT), "^\\W*(?:in |on |\\(|•).*");
    }
}
