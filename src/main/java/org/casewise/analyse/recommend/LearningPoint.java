package org.casewise.analyse.recommend;

/**
 * One recommendation, learning point or finding of a report, as its own record.
 *
 * @param kind        recommendation, learning or finding
 * @param number      the number or label as printed ('3', '4.2', 'Finding 1'), or null for bullets
 * @param text        the item's text, without its number
 * @param addressedTo PRIMER §5 agency id, 'board' (the partnership), 'national' (government, the
 *                    national panel) or null when not stated; recommendations only
 * @param section     the {@code SectionName} id it was found in
 * @param start       offset in the prepared text
 */
public record LearningPoint(String kind, String number, String text, String addressedTo, String section, int start) {

    public static final String RECOMMENDATION = "recommendation";
    public static final String LEARNING = "learning";
    public static final String FINDING = "finding";
}
