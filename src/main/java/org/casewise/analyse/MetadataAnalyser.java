package org.casewise.analyse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.extract.ExtractedText;
import org.casewise.store.Visibility;

/**
 * A first, rule-based metadata pass: title, board (nation, region), review type, publication year
 * and visibility. It reads only the head of the text, where the cover and the repository cover
 * sheet are, because chronologies later in a report are full of other years and agency names.
 */
@ApplicationScoped
public class MetadataAnalyser {

    /** The cover, cover sheet and contents of a report fit in this many characters. */
    static final int HEAD_CHARS = 3000;

    /** Review types by the phrases that announce them; the first listed wins when several appear. */
    private static final List<TypeRule> TYPE_RULES = List.of(
            new TypeRule("learning-brief", "(?:7|seven)[- ]minute briefing|six[- ]step briefing|learning brief(?:ing)?\\b|practice briefing"),
            new TypeRule("sar", "safeguarding adults? review"),
            new TypeRule("dhr", "domestic homicide review"),
            new TypeRule("national-review", "child safeguarding practice review panel|national review"),
            // what a rapid review learnt, published without a practice review ('Learning from a Rapid Review');
            // a learning brief saying so is still a brief (above)
            new TypeRule("rapid-review", "learning from (?:a|the|this) rapid review"),
            new TypeRule("lcspr", "local child safeguarding practice review|\\blcspr\\b|child safeguarding practice review"),
            new TypeRule("rapid-review", "rapid review report"),
            new TypeRule("significant-case-review", "significant case review"),
            new TypeRule("case-management-review", "case management review"),
            new TypeRule("child-practice-review", "(?:concise|extended)? ?child practice review"),
            new TypeRule("learning-review", "\\blearning review\\b"),
            new TypeRule("scr", "serious case review|\\bscr\\b"));

    /** A line that is a review type and nothing else, so the subject is on the next line. */
    private static final Pattern GENERIC_TYPE_ONLY = Pattern.compile(
            "(?i)(?:a |the )?(?:local child safeguarding practice|serious case|significant case|child practice"
                    + "|safeguarding adults?|domestic homicide|case management|learning|rapid) review"
                    + "(?: report)?(?: \\(\\w+\\))?"
                    // a brief or summary headed only by what it is, its subject on the next line
                    + "|(?:a |the )?(?:learning brief(?:ing)?|(?:7|seven)[- ]minute briefing|executive summary|overview report)");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern EXECUTIVE_SUMMARY = Pattern.compile("(?i)\\bexecutive summary\\b");
    /** 'EXECUTIVE SUMMARY' as a whole cover line, not numbered as a section ('1. Executive summary'). */
    private static final Pattern COVER_EXECUTIVE_SUMMARY = Pattern.compile("(?im)^[#*\\s]*executive summary[*.:\\s]*$");
    private static final Pattern CONTENTS_LINE = Pattern.compile("(?im)^[#*\\s]*(?:table of )?contents\\b");
    /** Where a cover ends: a few hundred characters in, or at its contents list, whichever comes first. */
    private static final int COVER_CHARS = 400;

    private static String cover(String head) {
        String cover = head.length() > COVER_CHARS ? head.substring(0, COVER_CHARS) : head;
        Matcher contents = CONTENTS_LINE.matcher(cover);
        return contents.find() ? cover.substring(0, contents.start()) : cover;
    }
    /**
     * What follows a publication label: the date, whose year is group 1 ('18/03/2014', '14th June 2019', 'June 2019'),
     * or group 2 in two digits ('11.03.25'); a table's cell border may stand between label and date ('| Date published |
     * July 2018 |').
     */
    private static final String PUBLICATION_DATE_VALUE = "[\\s*_|]*[:,\\-]?[\\s*_|]*"
            + "(?:(?:\\d{1,2}[/.]\\d{1,2}[/.]|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:[A-Za-z]+\\s+)?)((?:19|20)\\d{2})"
            // a Scottish report's 'Published: 11.03.25' (group 2: the year in two digits)
            + "|\\d{1,2}[/.]\\d{1,2}[/.](\\d{2})(?![\\d/.]))";
    /** Gated: tried only where one of its words starts, not at each of the head's 3,000 characters. */
    private static final GatedPattern PUBLICATION_DATE = new GatedPattern(Pattern.compile(
            // 'Date of publication of Executive Summary: October 2009', 'Approved for publication: June 2019',
            // 'Publication: June 2015', 'Date of publication: 18/03/2014'
            // 'Published by the LSCB: 18 October 2011', 'Published by Leeds Safeguarding Children Board, 18 May 2011';
            // a draft's 'intended for publication in November 2021'
            "(?:date of publication(?: of [^:\\n]{1,40}(?=:))?|published(?: by [^:,.\\n]{1,60}(?=[:,]))?|publication date|date published"
                    + "|approved for publication|(?:intended|planned|due) for publication(?: in)?|publication(?=\\s*:))"
                    + PUBLICATION_DATE_VALUE,
            Pattern.CASE_INSENSITIVE));
    /**
     * The field some templates put at the end (the Welsh Child Practice Review's 'Date of publication:
     * January 2024' after the reviewers' statement): a field, not a bare 'published', which at the end
     * of a report is more often a reference ('Working Together, published in 2018').
     */
    private static final GatedPattern PUBLICATION_FIELD = new GatedPattern(Pattern.compile(
            "(?m)^\\W*(?:date of publication|publication date|date published)" + PUBLICATION_DATE_VALUE,
            Pattern.CASE_INSENSITIVE));
    /**
     * The board's approval told at the end, as Welsh reviews close ('The final report was approved by the NWSCB on 27
     * April 2017'): the report as published, not the commissioning year its reference carries.
     */
    private static final GatedPattern APPROVED_AT_END = new GatedPattern(Pattern.compile(
            "(?:\\b(?:(?:final |overview )?report|review) was (?:approved|endorsed|signed off|ratified) by (?:the )?[^.\\n]{1,60}?"
                    // 'The Board approved the report on 21 November 2019'
                    + "|\\b(?:approved|endorsed|ratified) (?:the|this) (?:final )?(?:report|review)) on"
                    + PUBLICATION_DATE_VALUE, Pattern.CASE_INSENSITIVE));
    /** The publication told in the closing prose: '..., and it was published in February 2020 after the family ...'. */
    private static final GatedPattern PUBLISHED_AT_END = new GatedPattern(Pattern.compile(
            "\\b(?:report|review|it) was (?:first )?published (?:in|on)" + PUBLICATION_DATE_VALUE, Pattern.CASE_INSENSITIVE));
    /**
     * The board's publication line closing the report ('*Published by Cwm Taf Safeguarding Board, November 2017*'):
     * at the start of a line and by a board, partnership or committee, so that a reference list's 'Published by HM
     * Government, 2018' is not taken for it.
     */
    private static final GatedPattern PUBLISHED_BY_BOARD_AT_END = new GatedPattern(Pattern.compile(
            "(?m)^\\W*published by [^:,.\\n]{0,60}?\\b(?:board|partnership|committee)\\b[^:,.\\n]{0,40}?(?=[:,])"
                    + PUBLICATION_DATE_VALUE, Pattern.CASE_INSENSITIVE));
    /**
     * A reviewer's or chair's signature with its date, as the Welsh template closes ('Reviewer 1 (Signature) ...
     * Date 23/03/2016'): the date the report was signed off, used when no publication date or cover date is given.
     */
    private static final GatedPattern SIGNED_OFF = new GatedPattern(Pattern.compile(
            "\\bsignature\\b[^\\n]{0,80}?\\bdate\\b" + PUBLICATION_DATE_VALUE, Pattern.CASE_INSENSITIVE));
    /**
     * What the end of a report may say of its publication, most trusted first: a publication field, the board's
     * closing publication line, the publication told in prose, the board's approval.
     */
    private static final List<GatedPattern> PUBLICATION_AT_END = List.of(PUBLICATION_FIELD, PUBLISHED_BY_BOARD_AT_END,
            PUBLISHED_AT_END, APPROVED_AT_END);
    /** How much of a report's end is searched for {@link #PUBLICATION_AT_END} and {@link #SIGNED_OFF}. */
    static final int TAIL_CHARS = 3000;
    private static final GatedPattern MONTH_YEAR = new GatedPattern(Pattern.compile(
            "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE));
    private static final Pattern RESTRICTED = Pattern.compile(
            "\\bdraft\\b.{0,80}\\b(?:confidential|not for publication|embargo)|"
                    + "\\b(?:strictly confidential|not for publication|embargoed)\\b.{0,80}\\bdraft\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A line of a box drawn with asterisks ('*  DRAFT v0.6  *'); not '*Italic title*' or '**Bold title**'. */
    private static final Pattern BOXED = Pattern.compile("\\*\\s.*\\s\\*");
    private static final Pattern REVIEW_GROUP = Pattern.compile("(?i)(?<!practice )review (?:group|sub-?group|panel|committee)\\b");
    private static final Pattern TITLE_CUE = Pattern.compile(
            "(?i)(case review|practice review|learning review|management review|adults review|homicide review"
                    + "|briefing|learning brief|executive summary|rapid review)");

    @Inject
    BoardRegistry boards;

    /**
     * @param sourceBoard the board the file came from (its web site), used when the text names none
     */
    public ReviewMetadata analyse(ExtractedText extracted, String fileName, Optional<Board> sourceBoard) {
        String text = extracted.text();
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        Board board = boards.find(head).or(() -> sourceBoard).orElse(null);
        String title = title(head, extracted.title(), fileName);
        Visibility visibility = visibility(head);
        return new ReviewMetadata(title, board, reviewType(title, head),
                year(head, tail(text), extracted.createdYear(), visibility == Visibility.RESTRICTED), visibility);
    }

    /**
     * An executive summary is a publication of its own when its title says so, or when the cover
     * says so on a line of its own before any contents list ('SERIOUS CASE REVIEW / CHILD B /
     * EXECUTIVE SUMMARY / September 2009'); a contents page that lists 'Executive summary' as a
     * section, or the heading of that section in a full report, does not make the report one.
     */
    public static String reviewType(String title, String head) {
        if (EXECUTIVE_SUMMARY.matcher(title).find() || COVER_EXECUTIVE_SUMMARY.matcher(cover(head)).find()) {
            return "executive-summary";
        }
        return reviewType(head);
    }

    static String reviewType(String head) {
        // Look at the cover first: a report's later pages may mention other review types in passing.
        String cover = head.length() > 800 ? head.substring(0, 800) : head;
        for (String part : List.of(cover, head)) {
            GateText lower = new GateText(part.toLowerCase(Locale.ROOT));
            for (TypeRule rule : TYPE_RULES) {
                if (rule.pattern.scan(lower).find()) {
                    return rule.id;
                }
            }
        }
        return null;
    }

    /** The end of a text that {@link #year} searches for a publication field (empty when the head holds it all). */
    public static String tail(String text) {
        return text.length() <= HEAD_CHARS ? "" : text.substring(Math.max(HEAD_CHARS, text.length() - TAIL_CHARS));
    }

    /**
     * The publication year: a stated publication date, else what the end says of the publication (see {@link #tail}
     * and {@link #PUBLICATION_AT_END}), else the cover's month and year, else the date the reviewers signed it off
     * at the end, else the file's creation year. A draft has not been published: the date on its cover is the draft's
     * ('Draft for the SCR Panel, 12 April 2019'), so only a stated publication date counts.
     */
    public static Integer year(String head, String tail, Optional<Integer> createdYear, boolean draft) {
        int latest = Year.now().getValue() + 1;
        Integer stated = statedYear(PUBLICATION_DATE.scan(head), latest);
        for (int i = 0; stated == null && i < PUBLICATION_AT_END.size(); i++) {
            stated = statedYear(PUBLICATION_AT_END.get(i).scan(tail), latest);
        }
        if (stated != null) {
            return stated;
        }
        if (draft) {
            return null;
        }
        // The cover usually carries the month and year of the final report.
        // On a cover line ('March 2017', 'Date: 14 March 2017'), not in the account's prose ('Between her first
        // birthday and June 2016, Child J attended hospital ...'), which tells of the case, not of the report.
        String cover = head.length() > 1500 ? head.substring(0, 1500) : head;
        GatedPattern.Scan my = MONTH_YEAR.scan(cover);
        while (my.find()) {
            if (lineLength(cover, my.start()) <= COVER_LINE_CHARS) {
                return Integer.parseInt(my.group(1));
            }
        }
        Integer signed = statedYear(SIGNED_OFF.scan(tail), latest);
        if (signed != null) {
            return signed;
        }
        return createdYear.filter(y -> y >= 1970 && y <= latest).orElse(null);
    }

    /** Longest line a cover's date stands on; a line of prose (a paragraph unwrapped) is longer. */
    private static final int COVER_LINE_CHARS = 100;

    private static int lineLength(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return (end < 0 ? text.length() : end) - start;
    }

    /** The year of the scan's first match when it is a plausible publication year (1970 to next year). */
    private static Integer statedYear(GatedPattern.Scan m, int latest) {
        if (m.find()) {
            // two digits: this century up to next year, else the last ('11.03.25' is 2025, '18.06.98' 1998)
            int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : 2000 + Integer.parseInt(m.group(2));
            if (m.group(1) == null && y > latest) {
                y -= 100;
            }
            if (y >= 1970 && y <= latest) {
                return y;
            }
        }
        return null;
    }

    public static Visibility visibility(String head) {
        return RESTRICTED.matcher(head).find() ? Visibility.RESTRICTED : Visibility.PUBLIC;
    }

    /**
     * The title, in order of trust: the document's own title property when it names a review
     * (HTML {@code <title>}, PDF and Word properties); the first cover line that names one, joined
     * with the next line when it is only the review type ('Local Child Safeguarding Practice Review'
     * then 'Child B'); the property title even when it names no review; the first substantial line;
     * the file name.
     */
    public static String title(String head, Optional<String> propertyTitle, String fileName) {
        return title(head, propertyTitle, fileName, true);
    }

    /**
     * The report's own cover title when a repository cover sheet comes first: its 'Title:' field may leave out
     * what the cover says ('CHILD S (and his sister, Child T)'), which names the children the review is about.
     * The same as {@link #title} for a report without such a field.
     */
    public static String coverTitle(String head, String fileName) {
        return title(head, Optional.empty(), fileName, false);
    }

    /** A cover sheet's title field: 'Title: ...' (matched on the lowercased line). */
    private static final Pattern TITLE_FIELD = Pattern.compile("title\\s*:");

    private static String title(String head, Optional<String> propertyTitle, String fileName, boolean titleField) {
        // Web pages title themselves 'Report title | Site name'; the site is not part of the title.
        propertyTitle = propertyTitle.map(t -> t.contains(" | ") ? t.substring(0, t.lastIndexOf(" | ")) : t);
        if (propertyTitle.isPresent() && TITLE_CUE.matcher(propertyTitle.get()).find()) {
            return clean(propertyTitle.get());
        }
        // a Markdown heading's '#' marks are not part of the title
        List<String> lines = head.lines().map(l -> MARKDOWN_HEADING.matcher(l.strip()).replaceFirst(""))
                .filter(l -> !l.isEmpty()).limit(40).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String lower = line.toLowerCase(Locale.ROOT);
            if (line.length() < 12 || line.length() > 200 || !TITLE_CUE.matcher(line).find()
                    // a repository cover sheet's 'Title: Serious Case Review: Baby Q' is the title; its 'deposited with the
                    // national case review repository' is not
                    || Regexes.matches(lower, "(?:title|contents|page \\d+|home\\b).*")
                            && !(titleField && TITLE_FIELD.matcher(lower).lookingAt())
                    || lower.contains("reviews") || lower.contains("repository")
                    // a boxed notice ('*  For consideration by the ... Case Review Group  *') and a group that reviews
                    // cases ('Serious Case Review Panel') are not the review's title
                    || line.startsWith("*") && BOXED.matcher(line).matches()
                    || REVIEW_GROUP.matcher(line).find()) {
                continue;
            }
            // the template's banner, or its kind of review on a cover without the banner ('Extended Child Practice Review')
            String welsh = WELSH_BANNER.matcher(line).matches() ? welshTemplateTitle(lines, i + 1)
                    : WELSH_KIND.matcher(line).matches() ? welshTemplateTitle(lines, i) : null;
            if (welsh != null) {
                return clean(welsh);
            }
            // the subject on a line of its own after a linking one ('CASE MANAGEMENT REVIEW' / 'in respect of' / 'CHILD R')
            int subject = i + 1 < lines.size() && LINK_ONLY.matcher(lines.get(i + 1)).matches() ? i + 2 : i + 1;
            if (GENERIC_TYPE_ONLY.matcher(line).matches() && subject < lines.size() && lines.get(subject).length() <= 60) {
                return clean(line + ": " + Regexes.replaceFirst(lines.get(subject), "(?i)^(?:in respect of|concerning|re:?)\\s+", ""));
            }
            return clean(line);
        }
        if (propertyTitle.isPresent()) {
            return clean(propertyTitle.get());
        }
        for (String line : lines) {
            if (line.length() >= 12 && line.length() <= 200 && line.chars().filter(Character::isLetter).count() > 8) {
                return clean(line);
            }
        }
        return fileName;
    }

    /** A cover line that only links the kind of review to its subject on the next line. */
    private static final Pattern LINK_ONLY = Pattern.compile("(?i)\\W*(?:in respect of|concerning|re:?|regarding|relating to"
            + "|into the (?:death|circumstances) of|about)\\W*");

    /** The Welsh Government template's banner, the same on every Child Practice Review ('CHILD PRACTICE REVIEW - REPORT'). */
    private static final Pattern WELSH_BANNER = Pattern.compile("(?i)\\W*child practice review(?:\\W+report)?\\W*");
    /** The template's review line, perhaps after its Welsh form ('Adolygiad Cryno / Concise Child Practice Review', 'CONCISE REVIEW'). */
    private static final Pattern WELSH_KIND = Pattern.compile("(?i)(?:[^/]{1,40}/\\s*)?((?:concise|extended)(?: child practice)? review)\\W*");
    /** The reference line, perhaps after its Welsh form ('Cyf / Re: WBSCB 02/2017 - "Child W"'). */
    private static final Pattern WELSH_REFERENCE = Pattern.compile("(?i)(?:cyf\\s*/\\s*)?(re\\s*:\\s*\\S.{0,80})");
    private static final int WELSH_LOOKAHEAD_LINES = 3;

    /**
     * Below the banner the template names the kind of review and its reference ('Concise Child Practice Review',
     * 'Re: WBSCB 03/2015 - "Child R"'): together they are the title. Null when the lines below are not the template's.
     */
    private static String welshTemplateTitle(List<String> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + WELSH_LOOKAHEAD_LINES); i++) {
            Matcher kind = WELSH_KIND.matcher(lines.get(i).strip());
            if (!kind.matches()) {
                continue;
            }
            // 'CONCISE REVIEW' in some templates: the review's name as Welsh guidance gives it
            String title = (kind.group(1).toLowerCase(Locale.ROOT).startsWith("concise") ? "Concise" : "Extended")
                    + " Child Practice Review";
            for (int j = i + 1; j < Math.min(lines.size(), i + 1 + WELSH_LOOKAHEAD_LINES); j++) {
                String ref = lines.get(j).strip();
                Matcher reference = WELSH_REFERENCE.matcher(ref);
                if (reference.matches()) {
                    return title + " " + reference.group(1);
                }
            }
            return title;
        }
        return null;
    }

    private static String clean(String title) {
        return Regexes.collapseSpaces(Regexes.replaceFirst(title, "(?i)^title\\s*:\\s*", "")).strip();
    }

    /** Tried on lowercased text; gated, as the head of a report is scanned by every rule. */
    private record TypeRule(String id, GatedPattern pattern) {
        TypeRule(String id, String regex) {
            this(id, new GatedPattern(Pattern.compile(regex, Pattern.MULTILINE)));
        }
    }
}
