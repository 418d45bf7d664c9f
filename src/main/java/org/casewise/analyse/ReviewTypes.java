package org.casewise.analyse;

import java.util.Map;

/** The review type vocabulary of PRIMER §5, with the names practitioners know them by. */
public final class ReviewTypes {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("scr", "Serious Case Review"),
            Map.entry("lcspr", "Local Child Safeguarding Practice Review"),
            Map.entry("national-review", "National review"),
            Map.entry("rapid-review", "Rapid review"),
            Map.entry("child-practice-review", "Child Practice Review (Wales)"),
            Map.entry("significant-case-review", "Significant Case Review (Scotland)"),
            Map.entry("learning-review", "Learning Review (Scotland)"),
            Map.entry("case-management-review", "Case Management Review (Northern Ireland)"),
            Map.entry("sar", "Safeguarding Adults Review"),
            Map.entry("dhr", "Domestic Homicide Review"),
            Map.entry("learning-brief", "Learning brief"),
            Map.entry("executive-summary", "Executive summary"));

    private ReviewTypes() {
    }

    /** The display name of a review type id; the id itself when it is not in the vocabulary. */
    public static String label(String id) {
        return LABELS.getOrDefault(id, id);
    }
}
