package org.casewise.analyse.metadata;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric dates with a two-digit year ('On 12.11.13 officers attended', 'Child L (DOB 17.05.06)'),
 * written out with four digits so that the year patterns of {@link IncidentYears} and
 * {@link BirthDates} read them. Scottish and older English reports often give every date this way.
 * Only a date after 'on', 'dated', 'born', 'DOB' or 'date of birth' (or an opening bracket) is
 * taken: a bare '5.1.13' is as likely a paragraph number, and a paragraph number is never written
 * after those words.
 */
final class NumericDates {

    /**
     * The date itself. It starts with a digit, so the search skips every other character at once; a
     * leading lookbehind for the word before it made the search try that lookbehind at every offset
     * of every opening sentence (7% of the whole analysis in a profile).
     */
    private static final Pattern SHORT_DATE = Pattern.compile("(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2})(?![\\d./])");
    /** What must stand right before the date, tested only where a date was found. */
    private static final Pattern LEAD = Pattern.compile("(?i)(?:\\b(?:on|dated|born|" + BirthDates.DATE_OF_BIRTH + ")[:\\s]{1,3}|\\()$");
    /** The longest lead: 'date of birth: ' and a space. */
    private static final int LEAD_CHARS = 17;

    private NumericDates() {
    }

    /** The sentence with each such date's year in four digits; the sentence itself when it has none. */
    static String expand(String sentence) {
        if (sentence.indexOf('.') < 0 && sentence.indexOf('/') < 0) {
            return sentence;
        }
        Matcher m = SHORT_DATE.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        // a two-digit year up to next year's is this century's, any later one the last century's
        int pivot = (Year.now().getValue() + 1) % 100;
        StringBuilder out = new StringBuilder(sentence.length() + 8);
        int last = 0;
        do {
            Matcher lead = LEAD.matcher(sentence).region(Math.max(0, m.start() - LEAD_CHARS), m.start()).useTransparentBounds(true);
            if (!lead.find()) {
                continue;
            }
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            if (day < 1 || day > 31 || month < 1 || month > 12) {
                continue;
            }
            int yy = Integer.parseInt(m.group(4));
            out.append(sentence, last, m.start(4)).append(yy <= pivot ? 20 : 19);
            last = m.start(4);
        } while (m.find());
        // a paragraph number ('5.1.13 The social worker ...') found a date shape but no lead: unchanged
        return last == 0 ? sentence : out.append(sentence, last, sentence.length()).toString();
    }
}
