package org.casewise.analyse.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.text.Sentence;

/**
 * A child's age worked out from a stated date of birth and the incident year, for reports that
 * never state the age itself ('Child A was born on 14 March 2008. On the morning of 2 February
 * 2010 ...', 'L was born in March 2007'). Whole years only: the month of the incident is not
 * known here, so the age may be one year high, which moves the age band only at its edges.
 */
final class BirthDates {

    /** The ways a report labels a date of birth ('DOB 17.05.06', 'Date of birth: 17/05/2006'); also read by {@link NumericDates}. */
    static final String DATE_OF_BIRTH = "dob|d\\.o\\.b\\.|date of birth";

    /**
     * The birth just after the child's name: 'was born on 14 March 2008', 'born 14.03.2008', '(DOB 17.05.06)', '(born in
     * 2019)', 'was born at her mother's flat in the early hours of 14 September 2024'.
     */
    private static final Pattern BORN = Pattern.compile("^[^.;]{0,25}?\\bborn(?: on| in)?(?:\\s+(?:at|in) [^.;,\\d]{1,50}? (?:on|in|of))?\\s+(?:(?:the )?\\d{1,2}(?:st|nd|rd|th)?"
            + "(?: of)?\\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?"
            + "((?:19|20)\\d\\d)\\b|^[^.;]{0,25}?\\b(?:born(?: on)?|(?i:" + DATE_OF_BIRTH + "):?)\\s+\\d{1,2}[./-]\\d{1,2}[./-]((?:19|20)\\d\\d)\\b");

    private static final Pattern DOB = Pattern.compile("(?i)\\b(?:" + DATE_OF_BIRTH + ")");

    private BirthDates() {
    }

    /**
     * The children, each without an age given one from its date of birth when the text states it
     * right after a mention of the child and the incident year is known.
     */
    static List<Child> fill(List<Child> children, List<Pattern> mentions, List<Sentence> sentences, Integer incidentYear) {
        if (incidentYear == null || children.size() != mentions.size()) {
            return children;
        }
        List<Child> out = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            Child c = children.get(i);
            Integer born = c.ageYears() != null || "unborn".equals(c.ageBand()) ? null : birthYear(mentions.get(i), sentences);
            if (born == null || born > incidentYear || incidentYear - born > 17) {
                out.add(c);
                continue;
            }
            double years = incidentYear - born;
            out.add(new Child(c.pseudonym(), years, Ages.band(years, false), c.sex()));
        }
        return out;
    }

    private static Integer birthYear(Pattern mention, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            // 'Child L (DOB 17.05.06)': a date of birth, its year written out in full by NumericDates
            String text = s.text();
            if (!text.contains("born") && !DOB.matcher(text).find()) {
                continue;
            }
            text = NumericDates.expand(text);
            Matcher m = mention.matcher(text);
            while (m.find()) {
                Matcher b = BORN.matcher(text).region(m.end(), text.length());
                if (b.lookingAt()) {
                    return Integer.parseInt(b.group(1) != null ? b.group(1) : b.group(2));
                }
            }
        }
        return null;
    }
}
