package org.casewise.dataset.generate;

/**
 * Where the awkward cases go. In every block of up to 100 reports, eleven slots are spread evenly:
 * a confidential draft, a report that never names its board, an overview report followed by its
 * executive summary, a report followed by the same file published again, a scan without a text
 * layer, and the hostile files. Blocks shorter than 26 reports get none; the oversized file is made
 * once per corpus (it is large on purpose).
 */
final class AwkwardPlan {

    enum Kind {
        NONE, DRAFT, UNNAMED_BOARD, OVERVIEW, EXECUTIVE_SUMMARY, SAME_REPORT, IMAGE_ONLY, TRUNCATED, ENCRYPTED,
        ZIP_BOMB, EMPTY, EXTENSION_LIES, OVERSIZED
    }

    /** One entry per slot; a pair occupies its slot's position and the next. */
    private static final Kind[] SLOTS = {Kind.DRAFT, Kind.UNNAMED_BOARD, Kind.OVERVIEW, Kind.SAME_REPORT,
        Kind.IMAGE_ONLY, Kind.TRUNCATED, Kind.ENCRYPTED, Kind.ZIP_BOMB, Kind.EMPTY, Kind.EXTENSION_LIES, Kind.OVERSIZED};
    static final int BLOCK = 100;
    static final int MIN_BLOCK = 26;

    private final int reports;
    private final boolean enabled;
    private final boolean oversized;

    AwkwardPlan(int reports, boolean enabled, boolean oversized) {
        this.reports = reports;
        this.enabled = enabled;
        this.oversized = oversized;
    }

    Kind kindAt(int index) {
        if (!enabled) {
            return Kind.NONE;
        }
        int blockStart = index / BLOCK * BLOCK;
        int size = Math.min(BLOCK, reports - blockStart);
        if (size < MIN_BLOCK) {
            return Kind.NONE;
        }
        for (int s = 0; s < SLOTS.length; s++) {
            int position = blockStart + 1 + s * size / SLOTS.length;
            Kind kind = SLOTS[s];
            if (kind == Kind.OVERSIZED && (!oversized || blockStart > 0)) {
                continue;
            }
            if (index == position) {
                // The second half of a pair: the same report again, or the executive summary.
                return kind == Kind.OVERVIEW ? Kind.OVERVIEW : kind == Kind.SAME_REPORT ? Kind.NONE : kind;
            }
            if (index == position + 1 && kind == Kind.OVERVIEW) {
                return Kind.EXECUTIVE_SUMMARY;
            }
            if (index == position + 1 && kind == Kind.SAME_REPORT) {
                return Kind.SAME_REPORT;
            }
        }
        return Kind.NONE;
    }
}
