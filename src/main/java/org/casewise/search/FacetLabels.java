package org.casewise.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.casewise.analyse.AnalysisEngine;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReviewTypes;
import org.casewise.analyse.Taxonomy;

/** Human-readable labels for facet values: theme labels, board names, vocabulary words. */
@ApplicationScoped
public class FacetLabels {

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("northern-ireland", "Northern Ireland"), Map.entry("yorkshire-humber", "Yorkshire and the Humber"),
            Map.entry("east", "East of England"), Map.entry("serious-harm", "Serious harm"),
            Map.entry("under-1", "Under 1"), Map.entry("18-plus", "18 and over"),
            Map.entry("childrens-social-care", "Children's social care"), Map.entry("gp", "GP"),
            Map.entry("camhs", "CAMHS"), Map.entry("cafcass", "Cafcass"), Map.entry("imr-overview", "IMR and overview"),
            Map.entry("scie-systems", "SCIE systems"), Map.entry("silp", "SILP"));

    @Inject
    BoardRegistry boards;

    @Inject
    AnalysisEngine engine;

    public String label(Facet facet, String value) {
        return switch (facet) {
            case THEME -> taxonomy().get(value).map(Taxonomy.Theme::label).orElse(value);
            case BOARD -> boards.byId(value).map(Board::name).orElse(value);
            case REVIEW_TYPE -> ReviewTypes.label(value);
            case YEAR -> value;
            default -> FIXED.getOrDefault(value, humanise(value));
        };
    }

    public Taxonomy taxonomy() {
        return engine.taxonomy();
    }

    static String humanise(String id) {
        String words = id.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
