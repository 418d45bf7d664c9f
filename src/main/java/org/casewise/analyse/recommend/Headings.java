package org.casewise.analyse.recommend;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;

/**
 * What a heading line announces: a block of recommendations, learning or findings, or another
 * part of the report that ends such a block. Matches the whole line (after a section number),
 * so a sentence that merely talks about recommendations is never a heading.
 */
final class Headings {

    /** '7.', '7', '8.1', 'Section 7', 'Part 2:', 'Step 4:', 'IV.' before the words of a heading. */
    static final Pattern NUMBER_PREFIX = Pattern.compile(
            "^(?:(?:section|part|chapter|step|table|figure)\\s+)?(?:\\d{1,2}(?:\\.\\d{1,2})?\\.?|[IVX]{1,4}\\.)(?:\\s*[:.\\-–—])?\\s+",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RECOMMENDATIONS = Pattern.compile("(?i)^(?:"
            + "(?:(?:single|multi|inter)[- ]?agency |individual agency |summary of (?:the )?|key |local |national |"
            + "partnership |board |panel |overview (?:report )?|the review'?s |the |further |agency |strategic |"
            + "findings and |learning and )?recommendations?(?:\\b.{0,90})?"
            + "|improving systems and practice"
            + "|what (?:you|we|agencies|professionals|practitioners|managers|the partnership|the board)"
            + " (?:should|need to|must|will|can) do\\b.{0,40}"
            + "|what needs to (?:change|happen)\\b.{0,40}"
            + "|areas? for (?:improvement|development|action)"
            + ")$");

    private static final Pattern LEARNING = Pattern.compile("(?i)^(?:"
            + "(?:key |main |the |identified |important |summary of (?:the )?|emerging |wider |multi-agency )?"
            + "(?:learning|lessons?)(?: points?| themes?| learned| learnt| to be learned| to be learnt| identified"
            + "| for (?:practice|practitioners|the (?:partnership|board)|agencies|the system)"
            + "| from (?:this|the) (?:review|case))?"
            + "|conclusions? and (?:learning|lessons(?: learned| learnt)?)"
            + "|learning and (?:conclusions|reflection)"
            + "|what (?:we|the review|practitioners|the panel) (?:have |has )?(?:learned|learnt|can learn|found)(?: from .{0,50})?"
            + "|key messages(?: for practitioners)?"
            + ")$");

    private static final Pattern FINDINGS = Pattern.compile("(?i)^(?:"
            + "(?:key |main |the |the review'?s |summary of (?:the )?|overall )?findings?"
            + "(?: and (?:learning|lessons)| of the review)?"
            + ")$");

    /** Other parts of a report: reaching one ends a recommendations or learning block. */
    private static final Pattern STOP = Pattern.compile("(?i)^(?:"
            + "conclusions?|concluding (?:remarks|comments|thoughts)|summary|overall conclusion|"
            + "appendi(?:x|ces)|annex(?:e|es)?|references|bibliography|glossary|sources|acknowledg(?:e)?ments?|"
            + "statement (?:by|of|from)|reviewer'?s statement|questions (?:for|to) (?:practitioners|reflection|reflect|consider|managers|you)|"
            + "questions to (?:reflect|ask|consider)|reflective questions|further (?:information|reading|resources)|"
            + "actions? (?:already )?taken|what has (?:happened|changed) since|since the (?:incident|review)|next steps|"
            + "introduction|background|chronology|analysis|methodology|terms of reference|the review process|"
            + "voice of the|good practice|what worked well|publication|contents|endnotes|notes|"
            + "useful (?:links|resources)|resources|contact|signed|distribution|action plan|"
            + "the family|family background|family'?s? views|the child'?s? (?:story|views)|"
            + "key practice episodes|practice episodes|case summary|the case in brief|agency involvement"
            + ")\\b.{0,60}$");

    /** 'Finding 1: ...', 'Learning point 3 - ...', 'Recommendation 2 (Police): ...' starting a line. */
    static final Pattern LABELLED_ITEM = Pattern.compile(
            "^(?<word>finding|learning point|learning|lesson|key learning point|recommendation|rec\\.?)\\s+"
                    + "(?<num>\\d{1,2}(?:\\.\\d{1,2})?|[A-Z]\\b)\\s*(?:\\((?<label>[^)]{2,80})\\))?\\s*(?:[:.\\-–—)]\\s*|\\s+|$)",
            Pattern.CASE_INSENSITIVE);

    private Headings() {
    }

    /** The words of a heading line without its section number. */
    static String words(String line) {
        Matcher m = NUMBER_PREFIX.matcher(line);
        String s = m.lookingAt() ? line.substring(m.end()) : line;
        String t = s.strip();
        // "[:.]$" removed: the text is stripped, so '$' can only be its very end
        return (t.endsWith(":") || t.endsWith(".") ? t.substring(0, t.length() - 1) : t).strip();
    }

    /** The block kind a heading line opens, or null. */
    static String blockKind(String line) {
        if (line.length() > 110 || line.endsWith(".") && !Regexes.matches(line, "^\\d{1,2}\\.\\s*\\S+$")) {
            return null;
        }
        if (!line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
            return null;
        }
        if (LABELLED_ITEM.matcher(line).lookingAt()) {
            return null; // 'Recommendation 1' is an item, not the heading of a part
        }
        String w = words(line);
        if (w.isEmpty() || Regexes.splitCount(w) > 14) {
            return null;
        }
        if (RECOMMENDATIONS.matcher(w).matches() && !looksLikeSentence(w)) {
            return LearningPoint.RECOMMENDATION;
        }
        if (LEARNING.matcher(w).matches()) {
            return LearningPoint.LEARNING;
        }
        if (FINDINGS.matcher(w).matches()) {
            return LearningPoint.FINDING;
        }
        return null;
    }

    /** 'Recommendations were made to ...' wrapped over a line break is a sentence, not a heading. */
    private static boolean looksLikeSentence(String w) {
        return Regexes.matches(w, "(?i)^recommendations? (?:were|was|are|is|have|has|made by|from this review are|in this report)\\b.*")
                || Regexes.matches(w, "(?i).*\\b(?:should|will|were|was|are|is|have been)\\b.*") && !Regexes.matches(w, "(?i)^what .*");
    }

    static boolean isStop(String line) {
        if (line.length() > 90 || line.endsWith(".") || line.endsWith(",")) {
            return false;
        }
        return STOP.matcher(words(line)).matches();
    }

    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(?:(?:section|part|step)\\s+)?(\\d{1,2})\\.?(?:\\s*[:.\\-–—])?\\s+([A-Z][^.;:,]{1,60})$", Pattern.CASE_INSENSITIVE);

    /**
     * A numbered top-level heading such as '8. Glossary' or '9 Appendices': number, a short title
     * in title or sentence case, no full stop. Whether it ends a list depends on the list (see caller).
     */
    static Integer numberedHeading(String line) {
        Matcher m = NUMBERED_HEADING.matcher(line);
        if (!m.matches() || Regexes.splitCount(m.group(2)) > 8 || Regexes.matches(m.group(2), "(?i).*\\b(?:should|must|will)\\b.*")) {
            return null;
        }
        return Integer.valueOf(m.group(1));
    }

    /** Short, capitalised, without closing punctuation: what headings and contents entries look like. */
    static boolean headingShaped(String line) {
        if (line.isEmpty() || line.length() > 70) {
            return false;
        }
        char c = line.charAt(0);
        if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
            return false;
        }
        return !Regexes.matches(line, ".*[.,;]$") || Regexes.matches(line, ".*\\.{2,}\\s*\\d*$") || Regexes.matches(line, "^\\d{1,2}\\.\\s*\\S+$");
    }
}
