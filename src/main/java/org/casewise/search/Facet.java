package org.casewise.search;

import java.util.List;

/**
 * The multi-select facets of review search, trends and alerts: request parameter name, index
 * field and, where PRIMER §5 fixes one, the closed vocabulary a value must come from. Theme and
 * board values are checked against the taxonomy and the registry by {@code FilterParameters}.
 */
public enum Facet {
    THEME("theme", "theme", null),
    BOARD("board", "board", null),
    NATION("nation", "nation", List.of("england", "wales", "scotland", "northern-ireland")),
    REGION("region", "region", List.of("north-east", "north-west", "yorkshire-humber", "east-midlands",
            "west-midlands", "east", "london", "south-east", "south-west")),
    REVIEW_TYPE("reviewType", "reviewType", List.of("scr", "lcspr", "national-review", "rapid-review",
            "child-practice-review", "significant-case-review", "learning-review", "case-management-review",
            "sar", "dhr", "learning-brief", "executive-summary")),
    OUTCOME("outcome", "outcome", List.of("death", "serious-harm", "other")),
    AGE_BAND("ageBand", "ageBand", List.of("unborn", "under-1", "1-4", "5-10", "11-15", "16-17", "18-plus")),
    AGENCY("agency", "agency", org.casewise.analyse.Agencies.IDS),
    METHODOLOGY("methodology", "methodology", List.of("imr-overview", "scie-systems", "silp", "hybrid",
            "appreciative", "rapid-review", "other")),
    /** Publication year; selected values are years, combined with the yearFrom/yearTo range. */
    YEAR("year", "year", null);

    private final String param;
    private final String field;
    private final List<String> vocabulary;

    Facet(String param, String field, List<String> vocabulary) {
        this.param = param;
        this.field = field;
        this.vocabulary = vocabulary;
    }

    /** The query parameter and the facet's key in responses. */
    public String param() {
        return param;
    }

    /** The index field. */
    public String field() {
        return field;
    }

    /** The allowed values, or null when they come from the taxonomy, the registry or are years. */
    public List<String> vocabulary() {
        return vocabulary;
    }
}
