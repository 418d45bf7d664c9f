package org.casewise.dataset.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.Taxonomy;
import org.casewise.search.Facet;
import org.casewise.search.ReviewFilter;
import org.junit.jupiter.api.Test;

class SearchWorkloadTest {

    private final Taxonomy taxonomy = Taxonomy.bundled();
    private final BoardRegistry boards = BoardRegistry.bundled();

    /** Every value the service accepts, with made-up review counts. */
    private Map<Facet, List<Map.Entry<String, Long>>> counts() {
        Map<Facet, List<Map.Entry<String, Long>>> counts = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<String> values = switch (f) {
                case THEME -> taxonomy.all().stream().map(Taxonomy.Theme::id).toList();
                case BOARD -> boards.all().stream().map(Board::id).toList();
                case YEAR -> List.of();
                default -> f.vocabulary();
            };
            List<Map.Entry<String, Long>> list = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                list.add(Map.entry(values.get(i), (long) (i % 3) * 10));
            }
            counts.put(f, list);
        }
        return counts;
    }

    @Test
    void everySearchIsOneTheServiceAcceptsAndTheSeedFixesThem() {
        SearchWorkload workload = new SearchWorkload(taxonomy, counts());
        List<SearchWorkload.Search> searches = workload.searches(400, 7);
        int withFacets = 0;
        for (SearchWorkload.Search s : searches) {
            ReviewFilter filter = s.filter().toFilter(taxonomy, boards); // throws BadParameterException (a 400) if not
            assertTrue(filter.text().isPresent(), s.queryString());
            if (!filter.selections().isEmpty() || filter.hasYearRange()) {
                withFacets++;
            }
        }
        assertTrue(withFacets > 200 && withFacets < 340, "about 70% with facet selections, got " + withFacets);
        assertEquals(searches.stream().map(SearchWorkload.Search::queryString).toList(),
                workload.searches(400, 7).stream().map(SearchWorkload.Search::queryString).toList());
        assertFalse(searches.get(0).queryString().equals(workload.searches(400, 8).get(0).queryString()));
    }

    @Test
    void valuesAreDrawnInProportionToTheirCountsAndNeverWithoutReviews() {
        List<Map.Entry<String, Long>> weighted = List.of(Map.entry("england", 900L), Map.entry("wales", 100L),
                Map.entry("scotland", 0L));
        SplittableRandom r = new SplittableRandom(1);
        int england = 0;
        for (int i = 0; i < 10_000; i++) {
            String v = SearchWorkload.values(r, weighted, 1).get(0);
            assertFalse(v.equals("scotland"));
            england += v.equals("england") ? 1 : 0;
        }
        assertTrue(england > 8_700 && england < 9_300, "england drawn " + england + " times in 10,000");
        assertEquals(List.of("england", "wales"), SearchWorkload.values(new SplittableRandom(2), weighted, 3).stream()
                .sorted().toList());
    }

    @Test
    void facetValuesRepeatTheParameterAndTrendsGetTheFilterAlone() {
        String qs = SearchWorkload.queryString(new java.util.LinkedHashMap<>(Map.of("q", List.of("\"unsafe sleep\" AND alcohol"))));
        assertEquals("q=%22unsafe+sleep%22+AND+alcohol", qs);
        String full = "q=neglect&theme=neglect&theme=dv&size=20&snippets=3&snippetLength=160&sort=relevance";
        assertEquals("q=neglect&theme=neglect&theme=dv", SearchWorkload.filterQuery(full, true));
        assertEquals("theme=neglect&theme=dv", SearchWorkload.filterQuery(full, false));
    }
}
