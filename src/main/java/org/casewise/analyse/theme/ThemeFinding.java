package org.casewise.analyse.theme;

import java.util.List;

/**
 * A theme the engine asserts for a report.
 *
 * @param id       taxonomy id (PRIMER §4)
 * @param score    confidence that the report substantively evidences the theme, 0..1
 * @param evidence the best supporting sentences, best first
 */
public record ThemeFinding(String id, double score, List<Evidence> evidence) {

    public ThemeFinding {
        evidence = List.copyOf(evidence);
    }
}
