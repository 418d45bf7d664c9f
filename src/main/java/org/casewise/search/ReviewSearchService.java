package org.casewise.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReviewTypes;
import org.casewise.api.BoardRef;
import org.casewise.api.Facets;
import org.casewise.api.IndexLag;
import org.casewise.api.ReviewHit;
import org.casewise.api.SearchPage;
import org.casewise.index.EngineAdapter;
import org.casewise.store.Review;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Full-text search over reviews: every Hibernate Search query of the application lives here.
 *
 * <p>Titles are boosted over body text; the visibility filter is always applied; facets are
 * counted over all matches of the current query and filters.
 */
@ApplicationScoped
public class ReviewSearchService {

    static final AggregationKey<Map<String, Long>> BOARD = AggregationKey.of("board");
    static final AggregationKey<Map<Integer, Long>> YEAR = AggregationKey.of("year");
    static final AggregationKey<Map<String, Long>> REVIEW_TYPE = AggregationKey.of("reviewType");
    /** Counting stops here; beyond it totals are reported as lower bounds. */
    static final int TOTAL_HIT_COUNT_THRESHOLD = 10_000;
    static final String MARK_OPEN = "<mark>";
    static final String MARK_CLOSE = "</mark>";

    @Inject
    SearchSession searchSession;

    @Inject
    VisibilityPolicy visibility;

    @Inject
    BoardRegistry boards;

    @Inject
    EngineAdapter engine;

    /** One row of the hit projection, in the order of {@link #search}'s composite projection. */
    private record Row(long id, String title, String board, Integer year, String reviewType, List<String> snippets) {
    }

    public SearchPage search(ReviewQuery query, Viewer viewer, long pendingIndexWrites) {
        try {
            SearchResult<Row> result = searchSession.search(Review.class)
                    .select(f -> f.composite()
                            .from(f.id(Long.class), f.field("title", String.class), f.field("board", String.class),
                                    f.field("year", Integer.class), f.field("reviewType", String.class),
                                    f.highlight("body"))
                            .asList(values -> toRow(values)))
                    .where(f -> {
                        var bool = f.bool();
                        bool.must(query.text().isPresent()
                                ? f.simpleQueryString().field("title").boost(3f).field("body")
                                        .matching(query.text().get()).defaultOperator(BooleanOperator.AND)
                                : f.matchAll());
                        bool.filter(visibility.filter(f, viewer));
                        if (!query.boards().isEmpty()) {
                            bool.filter(f.terms().field("board").matchingAny(query.boards()));
                        }
                        if (!query.reviewTypes().isEmpty()) {
                            bool.filter(f.terms().field("reviewType").matchingAny(query.reviewTypes()));
                        }
                        if (query.yearFrom().isPresent() || query.yearTo().isPresent()) {
                            bool.filter(f.range().field("year")
                                    .between(query.yearFrom().orElse(null), query.yearTo().orElse(null)));
                        }
                        return bool;
                    })
                    .sort(f -> switch (effectiveSort(query)) {
                        case RELEVANCE -> f.score();
                        case NEWEST -> f.field("year").desc().missing().last().then().field("title_sort");
                        case OLDEST -> f.field("year").asc().missing().last().then().field("title_sort");
                        case TITLE -> f.field("title_sort");
                    })
                    .highlighter(f -> f.unified()
                            .encoder(HighlighterEncoder.HTML)
                            .tag(MARK_OPEN, MARK_CLOSE)
                            .numberOfFragments(Math.max(query.snippets(), 1))
                            .fragmentSize(query.snippetLength())
                            .noMatchSize(0))
                    .aggregation(BOARD, f -> f.terms().field("board", String.class).maxTermCount(500))
                    .aggregation(YEAR, f -> f.terms().field("year", Integer.class).maxTermCount(200))
                    .aggregation(REVIEW_TYPE, f -> f.terms().field("reviewType", String.class).maxTermCount(50))
                    .totalHitCountThreshold(TOTAL_HIT_COUNT_THRESHOLD)
                    .fetch((query.page() - 1) * query.size(), query.size());

            List<ReviewHit> hits = result.hits().stream()
                    .map(r -> new ReviewHit(r.id(), r.title(), boardRef(r.board()), r.year(), r.reviewType(),
                            query.snippets() == 0 ? List.of() : r.snippets().stream().limit(query.snippets())
                                    .map(ReviewSearchService::oneLine).toList(),
                            "/api/v1/reviews/" + r.id()))
                    .toList();
            Facets facets = new Facets(boardFacet(result.aggregation(BOARD)), yearFacet(result.aggregation(YEAR)),
                    reviewTypeFacet(result.aggregation(REVIEW_TYPE)));
            return new SearchPage(result.total().hitCountLowerBound(), result.total().isHitCountExact(),
                    query.page(), query.size(), hits, facets,
                    new IndexLag(pendingIndexWrites, pendingIndexWrites > 0));
        } catch (SearchException e) {
            throw translate(e);
        }
    }

    /** How many reviews the engine can find for this viewer's scope (readiness: index not empty). */
    public long countSearchable() {
        try {
            return searchSession.search(Review.class).select(f -> f.id(Long.class))
                    .where(f -> f.matchAll()).fetchTotalHitCount();
        } catch (SearchException e) {
            throw translate(e);
        }
    }

    /** Engine down or index missing (being rebuilt): both mean "try again shortly", not a bug. */
    private RuntimeException translate(SearchException e) {
        var health = engine.health();
        if (!health.reachable()) {
            return new EngineUnavailableException("The search engine is unreachable: " + health.error(), e);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("index_not_found_exception") || message.contains("no such index")) {
            return new EngineUnavailableException("The search index is being created; try again shortly", e);
        }
        return e;
    }

    /** Extracted text keeps the document's line breaks; a snippet reads as one run of text. */
    static String oneLine(String snippet) {
        return snippet.replaceAll("\\s+", " ").strip();
    }

    private static ReviewQuery.Sort effectiveSort(ReviewQuery query) {
        if (query.sort() == ReviewQuery.Sort.RELEVANCE && query.text().isEmpty()) {
            return ReviewQuery.Sort.NEWEST;
        }
        return query.sort();
    }

    @SuppressWarnings("unchecked")
    private static Row toRow(List<?> v) {
        Object id = v.get(0);
        return new Row(((Number) id).longValue(), (String) v.get(1), (String) v.get(2), (Integer) v.get(3),
                (String) v.get(4), (List<String>) v.get(5));
    }

    private BoardRef boardRef(String boardId) {
        if (boardId == null) {
            return null;
        }
        return boards.byId(boardId)
                .map(BoardRef::of)
                .orElse(new BoardRef(boardId, boardId, null, null));
    }

    private List<Facets.FacetValue> boardFacet(Map<String, Long> counts) {
        List<Facets.FacetValue> values = new ArrayList<>();
        counts.forEach((id, n) -> values.add(new Facets.FacetValue(id,
                boards.byId(id).map(Board::name).orElse(id), n)));
        return values;
    }

    private static List<Facets.FacetValue> yearFacet(Map<Integer, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByKey(Comparator.reverseOrder()))
                .map(e -> new Facets.FacetValue(String.valueOf(e.getKey()), String.valueOf(e.getKey()), e.getValue()))
                .toList();
    }

    private static List<Facets.FacetValue> reviewTypeFacet(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> new Facets.FacetValue(e.getKey(), ReviewTypes.label(e.getKey()), e.getValue()))
                .toList();
    }
}
