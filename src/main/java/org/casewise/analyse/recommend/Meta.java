package org.casewise.analyse.recommend;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;

/**
 * Sentences about the recommendations rather than recommendations: 'The review makes the
 * following recommendations.', 'The LSCB accepted all recommendations', 'The Partnership has
 * accepted the recommendations below and an action plan is being monitored.'
 */
final class Meta {

    private static final Pattern INTRO = Pattern.compile("(?i)^(?:"
            + "(?:the|this) (?:review|panel|reviewers?|authors?|board|partnership|lscb|lscp|scb|committee|report|overview report|"
            + "safeguarding partners|(?:local )?safeguarding children (?:board|partnership))s? "
            + "(?:makes?|made|has made|have made|accepted|has accepted|have accepted|agreed|has agreed|endorsed|has endorsed|identified|"
            + "has identified|recommends the following|sets out|proposes|offers|highlights)\\b"
            + "|(?:the )?following (?:recommendations|learning|findings|actions)|these recommendations|this section"
            + "|recommendations (?:are|were|have been|arising)|in order to promote|it is recommended that:?$"
            + "|the recommendations (?:below|are|were|have)|all recommendations|an action plan|the action plan"
            + "|(?:the )?learning (?:identified|from this review) (?:is|was|includes)"
            + ")");
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:should|must|shall|will|needs? to|ought to|ensure|ensures"
            + "|(?:is|are) (?:asked|requested|invited|expected|required) to|to (?:review|develop|consider|agree|provide|establish"
            + "|commission|audit|seek|update|promote|introduce|undertake|share|adopt|raise|strengthen|issue|deliver|embed|revise))\\b");
    private static final Pattern IMPERATIVE = Pattern.compile("^(?:Ensure|Review|Develop|Consider|Establish|Provide|Commission|Audit"
            + "|Promote|Introduce|Seek|Agree|Update|Strengthen|Raise|Undertake|Explore|Embed|Implement|Create|Share|Use|Make|Set|Adopt"
            + "|Revise|Clarify|Identify|Improve|Always|Never|Look|Ask|Escalate|Recognise|Remember|Think|Record|Check|Do not|Don't)\\b");

    private Meta() {
    }

    /** A sentence that introduces or comments on a list. */
    static boolean isIntro(String text) {
        String t = text.strip();
        if (INTRO.matcher(t).find()) {
            return true;
        }
        return t.endsWith(":") && t.length() < 250 && !MODAL.matcher(t).find();
    }

    /** 'The LSCB accepted all recommendations': mentions recommendations but recommends nothing. */
    static boolean onlyTalksAbout(String kind, String text) {
        if (!LearningPoint.RECOMMENDATION.equals(kind) || !Regexes.matches(text, "(?is).*\\brecommend.*")) {
            return false;
        }
        Matcher m = MODAL.matcher(text);
        if (!m.find()) {
            return !IMPERATIVE.matcher(text).find();
        }
        // 'Progress on these recommendations will be reported': the recommendations are the subject
        return Regexes.matches(text.substring(0, m.start()), "(?is).*\\brecommend.*");
    }

    /** Whether an unmarked paragraph in a block is an item of the block's kind. */
    static boolean isItem(String kind, String text) {
        if (text.split("\\s+").length < 5) {
            return false;
        }
        if (LearningPoint.RECOMMENDATION.equals(kind)) {
            return MODAL.matcher(text).find() || IMPERATIVE.matcher(text).find();
        }
        return true;
    }
}
