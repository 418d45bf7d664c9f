package org.casewise.analyse;

/**
 * Whether a newly extracted report is another copy of, or a summary of, a report already held, so
 * that both documents can be linked to one Review. Pure: it compares two {@link Fingerprint}s.
 */
public final class NearDuplicates {

    /** How the new document (the candidate) relates to an existing one. */
    public enum Relation {
        /** The same report published again: by another board, or re-rendered to another file. */
        SAME_REPORT,
        /** The candidate is an executive summary of the existing (overview) report. */
        SUMMARY_OF,
        /** The candidate is the overview report of an existing executive summary. */
        OVERVIEW_OF,
        NONE
    }

    /*
     * Measured with NearDuplicateMeasurement (src/test) on two generated corpora (seeds 7 and 13,
     * 950 readable reports each, about 900,000 ordered pairs each) and on 100 cases per corpus composed
     * for the purpose, because the corpus's own duplicates are byte-identical. All figures below are
     * this class's MinHash estimates. Thresholds sit near the middle of each gap, not at its edge:
     * real reports vary more than generated ones.
     */

    /**
     * Unrelated pairs reached Jaccard 0.26 (two short reports of one review type sharing stock
     * phrasing). The same report rendered to PDF, DOCX and HTML went down to 0.65, with 60 words
     * rewritten to 0.60, with its last tenth missing to 0.82. The middle of 0.26..0.65 is 0.45:
     * between texts of equal length that is about 62% of shingles in common.
     */
    public static final double SAME_REPORT_JACCARD = 0.45;

    /**
     * Short-in-long unrelated pairs reached containment 0.47 (exact 0.41). Summaries made wholly
     * of lines from their overview went down to 0.57, so the gap is narrow; its middle is 0.52, and
     * this leans up from it because a false link merges two Reviews while a missed one leaves a
     * duplicate Review that can still be merged by hand. At 0.55, 95% of summaries with three
     * quarters of their text lifted from the overview are recognised, and 20 to 40% with half.
     * The generator's own executive summaries are written afresh from the case facts rather than
     * extracted (exact containment 0.01 to 0.39) and are not recognised from text at all.
     */
    public static final double SUMMARY_CONTAINMENT = 0.55;

    /**
     * A summary has at most 0.6 times its overview's shingles: generated summaries, as written and
     * with text lifted from the overview, measured 0.18 to 0.52. The bound keeps a copy missing a
     * page or two (0.9 of the length) out of the summary rule.
     */
    public static final double MAX_SUMMARY_LENGTH_RATIO = 0.6;

    private NearDuplicates() {
    }

    /**
     * How {@code candidate}, the newly extracted document, relates to {@code existing}. The summary
     * rules come first: a text at most 0.6 of the other's length is a part of it, not a copy, yet a
     * wholly lifted summary can reach Jaccard 0.45 (one in 200 measured did).
     */
    public static Relation relate(Fingerprint candidate, Fingerprint existing) {
        if (candidate.isEmpty() || existing.isEmpty()) {
            return Relation.NONE;
        }
        if (isSummary(candidate, existing)) {
            return Relation.SUMMARY_OF;
        }
        if (isSummary(existing, candidate)) {
            return Relation.OVERVIEW_OF;
        }
        if (candidate.jaccard(existing) >= SAME_REPORT_JACCARD) {
            return Relation.SAME_REPORT;
        }
        return Relation.NONE;
    }

    private static boolean isSummary(Fingerprint shorter, Fingerprint longer) {
        return shorter.shingleCount() <= MAX_SUMMARY_LENGTH_RATIO * longer.shingleCount()
                && shorter.containmentIn(longer) >= SUMMARY_CONTAINMENT;
    }
}
