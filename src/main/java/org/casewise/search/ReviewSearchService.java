package org.casewise.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.casewise.analyse.BoardRegistry;
import org.casewise.api.BoardRef;
import org.casewise.api.Facets;
import org.casewise.api.IndexLag;
import org.casewise.api.ReviewHit;
import org.casewise.api.SearchPage;
import org.casewise.index.EngineAdapter;
import org.casewise.index.EngineQueries;
import org.casewise.index.SearchResponse;

/**
 * Review search: free text, multi-select facets counted drill-sideways, highlighted snippets, sort
 * and stable deep paging, in one engine request.
 *
 * <p>How the request is laid out: the free text and visibility form the query (they score and
 * bound everything); facet selections go in {@code post_filter}, so they narrow the hits but not
 * the aggregations; each facet's aggregation sits under a filter of all the <em>other</em>
 * facets' selections. That gives each facet's counts "as if this facet were not selected yet",
 * which is what a multi-select facet must show.
 */
@ApplicationScoped
public class ReviewSearchService {

    static final String MARK_OPEN = "<mark>";
    static final String MARK_CLOSE = "</mark>";
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** Publication years listed in the year facet: all of them (a few decades). */
    static final int YEAR_FACET_SIZE = 200;
    private static final List<String> SOURCE_FIELDS = List.of("title", "board", "year", "reviewType", "outcome",
            "theme", "ageBand");

    @Inject
    EngineAdapter engine;

    @Inject
    BoardRegistry boards;

    @Inject
    FacetLabels labels;

    @Inject
    ThemeBoost themeBoost;

    public SearchPage search(ReviewQuery query, Viewer viewer, long pendingIndexWrites) {
        ReviewFilter filter = query.filter();
        SearchResponse response = engine.search(EngineAdapter.REVIEWS, requestBody(query, viewer, themeBoost));
        List<SearchResponse.Hit> rawHits = response.hits();
        List<ReviewHit> hits = rawHits.stream().map(h -> hit(h, query)).toList();
        String nextCursor = rawHits.size() == query.size() && !rawHits.isEmpty()
                ? Cursor.encode(query.effectiveSort(), rawHits.get(rawHits.size() - 1).sortValues()) : null;
        return new SearchPage(response.total(), response.totalExact(),
                query.searchAfter().isPresent() ? null : query.page(), query.size(), query.effectiveSort().id(),
                hits, facets(response, filter), nextCursor, new IndexLag(pendingIndexWrites, pendingIndexWrites > 0));
    }

    /**
     * The one engine request a search sends. Static and public so that {@code dataset bench-search}
     * can send exactly this body straight to the engine as its baseline, without a copy of this code.
     */
    public static ObjectNode requestBody(ReviewQuery query, Viewer viewer, ThemeBoost themeBoost) {
        ReviewFilter filter = query.filter();
        ObjectNode body = EngineQueries.JSON.objectNode();
        List<ObjectNode> visibility = EngineQueries.visibility(viewer).map(List::of).orElse(List.of());
        ObjectNode q = EngineQueries.bool(List.of(EngineQueries.text(filter.text())), visibility, List.of());
        themeBoost.add(q, filter);
        body.set("query", q);
        body.set("post_filter", EngineQueries.allOf(EngineQueries.facetClauses(filter, null)));
        ObjectNode aggs = body.putObject("aggs");
        for (Facet facet : Facet.values()) {
            ObjectNode agg = aggs.putObject("f_" + facet.param());
            agg.set("filter", EngineQueries.allOf(EngineQueries.facetClauses(filter, facet)));
            ObjectNode sub = agg.putObject("aggs");
            ObjectNode terms = sub.putObject("v").putObject("terms");
            terms.put("field", facet.field());
            // Years are few and listed in order, so all of them; other facets their top values.
            terms.put("size", facet == Facet.YEAR ? YEAR_FACET_SIZE : query.facetSize());
            List<String> selected = filter.selected(facet);
            if (!selected.isEmpty() && facet != Facet.YEAR) {
                // A selected value below the top values still needs its own count.
                ObjectNode chosen = sub.putObject("s").putObject("terms");
                chosen.put("field", facet.field());
                chosen.put("size", selected.size());
                ArrayNode include = chosen.putArray("include");
                selected.forEach(include::add);
            }
        }
        if (query.snippets() > 0 && filter.text().isPresent()) {
            ObjectNode highlight = body.putObject("highlight");
            highlight.put("encoder", "html");
            highlight.putArray("pre_tags").add(MARK_OPEN);
            highlight.putArray("post_tags").add(MARK_CLOSE);
            ObjectNode field = highlight.putObject("fields").putObject(EngineQueries.BODY);
            field.put("type", "unified");
            field.put("number_of_fragments", query.snippets());
            field.put("fragment_size", query.snippetLength());
            field.put("no_match_size", 0);
        }
        body.set("sort", sort(query.effectiveSort()));
        body.put("size", query.size());
        if (query.searchAfter().isPresent()) {
            body.set("search_after", query.searchAfter().get());
        } else {
            body.put("from", (query.page() - 1) * query.size());
        }
        body.put("track_total_hits", true);
        ArrayNode source = body.putArray("_source");
        SOURCE_FIELDS.forEach(source::add);
        return body;
    }

    /** Every order ends with the review id, so equal keys never swap between pages. */
    static ArrayNode sort(ReviewQuery.Sort sort) {
        ArrayNode array = EngineQueries.JSON.arrayNode();
        switch (sort) {
            case RELEVANCE -> array.addObject().put("_score", "desc");
            case NEWEST -> array.addObject().putObject(EngineQueries.YEAR).put("order", "desc").put("missing", "_last");
            case OLDEST -> array.addObject().putObject(EngineQueries.YEAR).put("order", "asc").put("missing", "_last");
            case TITLE -> array.addObject().put(EngineQueries.TITLE_SORT, "asc");
        }
        array.addObject().put(EngineQueries.ID, sort == ReviewQuery.Sort.NEWEST ? "desc" : "asc");
        return array;
    }

    private ReviewHit hit(SearchResponse.Hit h, ReviewQuery query) {
        List<String> snippets = h.highlights(EngineQueries.BODY).stream().limit(query.snippets())
                .map(ReviewSearchService::oneLine).toList();
        // A score means nothing in date or title order.
        return hit(h, query.effectiveSort() == ReviewQuery.Sort.RELEVANCE ? round(h.score()) : null, snippets);
    }

    private ReviewHit hit(SearchResponse.Hit h, Double score, List<String> snippets) {
        return new ReviewHit(h.id(), h.text("title"), boardRef(h.text("board")), h.integer("year"),
                h.text("reviewType"), h.text("outcome"), h.strings("theme"), h.strings("ageBand"), score, snippets,
                "/api/v1/reviews/" + h.id());
    }

    private Facets facets(SearchResponse response, ReviewFilter filter) {
        java.util.function.Function<Facet, List<Facets.FacetValue>> values = facet -> {
            Map<String, Long> counts = response.buckets("f_" + facet.param(), "v");
            Map<String, Long> selectedCounts = response.buckets("f_" + facet.param(), "s");
            List<String> selected = filter.selected(facet);
            List<Facets.FacetValue> out = new ArrayList<>();
            counts.forEach((value, n) -> out.add(new Facets.FacetValue(value, labels.label(facet, value), n,
                    selected.contains(value))));
            // Selected values are always listed: beyond the top values with their own count, or with 0
            // when nothing matches them under the other selections.
            for (String s : selected) {
                if (!counts.containsKey(s)) {
                    out.add(new Facets.FacetValue(s, labels.label(facet, s), selectedCounts.getOrDefault(s, 0L), true));
                }
            }
            if (facet == Facet.YEAR) {
                out.sort(Comparator.comparing(Facets.FacetValue::value).reversed());
            }
            return out;
        };
        return new Facets(values.apply(Facet.THEME), values.apply(Facet.BOARD), values.apply(Facet.NATION),
                values.apply(Facet.REGION), values.apply(Facet.REVIEW_TYPE), values.apply(Facet.OUTCOME),
                values.apply(Facet.AGE_BAND), values.apply(Facet.AGENCY), values.apply(Facet.METHODOLOGY),
                values.apply(Facet.YEAR));
    }

    /** How many reviews the engine can find (readiness: index not empty). */
    public long countSearchable() {
        return engine.countDocuments(EngineAdapter.REVIEWS);
    }

    /** Extracted text keeps the document's line breaks; a snippet reads as one run of text. */
    static String oneLine(String snippet) {
        return WHITESPACE.matcher(snippet).replaceAll(" ").strip();
    }

    private static Double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    BoardRef boardRef(String boardId) {
        if (boardId == null) {
            return null;
        }
        return boards.byId(boardId).map(BoardRef::of).orElse(new BoardRef(boardId, boardId, null, null));
    }

    /** For services that reuse the hit shape (similar reviews, matching). */
    public ReviewHit hitOf(SearchResponse.Hit h, List<String> snippets) {
        return hit(h, round(h.score()), snippets);
    }

    /** The source fields {@link #hitOf} reads. */
    public static List<String> hitFields() {
        return SOURCE_FIELDS;
    }
}
