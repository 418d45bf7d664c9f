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

    // PLACEHOLDERS until measured
    public static final double SAME_REPORT_JACCARD = 0.6;
    public static final double SUMMARY_CONTAINMENT = 0.5;
    public static final double MAX_SUMMARY_LENGTH_RATIO = 0.6;

    private NearDuplicates() {
    }

    public static Relation relate(Fingerprint candidate, Fingerprint existing) {
        if (candidate.isEmpty() || existing.isEmpty()) {
            return Relation.NONE;
        }
        if (candidate.jaccard(existing) >= SAME_REPORT_JACCARD) {
            return Relation.SAME_REPORT;
        }
        if (isSummary(candidate, existing)) {
            return Relation.SUMMARY_OF;
        }
        if (isSummary(existing, candidate)) {
            return Relation.OVERVIEW_OF;
        }
        return Relation.NONE;
    }

    private static boolean isSummary(Fingerprint shorter, Fingerprint longer) {
        return shorter.shingleCount() <= MAX_SUMMARY_LENGTH_RATIO * longer.shingleCount()
                && shorter.containmentIn(longer) >= SUMMARY_CONTAINMENT;
    }
}
