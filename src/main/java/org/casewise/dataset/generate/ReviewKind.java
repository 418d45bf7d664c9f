package org.casewise.dataset.generate;

/**
 * The kinds of report the generator writes, with the nation, review type id (PRIMER §5), years in
 * which that kind was published, and a relative frequency that loosely follows real collections.
 */
public enum ReviewKind {
    ENGLAND_SCR("england", "scr", 2006, 2019, 30, "Serious Case Review"),
    ENGLAND_LCSPR("england", "lcspr", 2019, 2025, 24, "Local Child Safeguarding Practice Review"),
    EXECUTIVE_SUMMARY("england", "executive-summary", 2006, 2013, 5, "Serious Case Review"),
    LEARNING_BRIEF("england", "learning-brief", 2015, 2025, 8, "Learning Brief"),
    NATIONAL_REVIEW("england", "national-review", 2020, 2024, 2, "National Review"),
    WALES_CPR("wales", "child-practice-review", 2013, 2025, 8, "Child Practice Review"),
    SCOTLAND_SCR("scotland", "significant-case-review", 2008, 2020, 5, "Significant Case Review"),
    SCOTLAND_LEARNING("scotland", "learning-review", 2021, 2025, 3, "Learning Review"),
    NI_CMR("northern-ireland", "case-management-review", 2008, 2024, 3, "Case Management Review"),
    ADULT_SAR("england", "sar", 2015, 2025, 6, "Safeguarding Adults Review"),
    ADULT_DHR("england", "dhr", 2012, 2025, 5, "Domestic Homicide Review");

    public final String nation;
    public final String reviewType;
    public final int firstYear;
    public final int lastYear;
    public final int weight;
    public final String label;

    ReviewKind(String nation, String reviewType, int firstYear, int lastYear, int weight, String label) {
        this.nation = nation;
        this.reviewType = reviewType;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.weight = weight;
        this.label = label;
    }

    public boolean adult() {
        return this == ADULT_SAR || this == ADULT_DHR;
    }
}
