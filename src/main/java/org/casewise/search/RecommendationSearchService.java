package org.casewise.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casewise.api.Facets;
import org.casewise.api.RecommendationHit;
import org.casewise.api.RecommendationPage;
import org.casewise.index.EngineAdapter;
import org.casewise.index.EngineQueries;
import org.casewise.index.RecommendationQueries;
import org.casewise.index.SearchResponse;
import org.casewise.search.query.QueryNode;

/**
 * Search inside the learning: recommendations, learning points and findings as hits of their own,
 * each linking back to its review. Reviews are filtered like review search (facets, visibility);
 * the words, kinds and addressees are matched within one record.
 *
 * <p>Ranking is global over records although the engine ranks reviews: a review's score is its
 * best record's score, so the top K records all belong to the top K reviews. Fetching K reviews
 * with all their matching records and sorting the records gives exactly the top K.
 */
@ApplicationScoped
public class RecommendationSearchService {

    /** page * size bound; paging deeper than this in recommendations is not a use case. */
    public static final int MAX_WINDOW = 1000;

    @Inject
    EngineAdapter engine;

    @Inject
    ReviewSearchService reviews;

    @Inject
    FacetLabels labels;

    /** A validated request: review filters (their text unused), the words to find within records. */
    public record Request(ReviewFilter reviewFilter, Optional<QueryNode> text, List<String> kinds,
                          List<String> addressees, int page, int size) {
    }

    public RecommendationPage search(Request request, Viewer viewer) {
        ObjectNode records = RecommendationQueries.records(request.text(), request.kinds(), request.addressees());
        List<ObjectNode> filters = new ArrayList<>(EngineQueries.facetClauses(request.reviewFilter(), null));
        EngineQueries.visibility(viewer).ifPresent(filters::add);
        int window = request.page() * request.size();

        ObjectNode body = EngineQueries.JSON.objectNode();
        body.set("query", EngineQueries.bool(
                List.of(RecommendationQueries.nestedWithInnerHits(records, RecommendationQueries.MAX_PER_REVIEW, 300)),
                filters, List.of()));
        body.put("size", window);
        body.put("track_total_hits", true);
        ArrayNode sort = body.putArray("sort");
        if (request.text().isPresent()) {
            sort.addObject().put("_score", "desc");
        } else {
            sort.addObject().putObject(EngineQueries.YEAR).put("order", "desc").put("missing", "_last");
        }
        sort.addObject().put(EngineQueries.ID, "asc");
        body.putArray("_source").add("title").add("board").add("year");
        body.putObject("aggs").set("recs", RecommendationQueries.countsAggregation(records));

        SearchResponse response = engine.search(EngineAdapter.REVIEWS, body);
        List<RecommendationHit> all = new ArrayList<>();
        for (SearchResponse.Hit review : response.hits()) {
            var ref = new RecommendationHit.ReviewRef(review.id(), review.text("title"),
                    reviews.boardRef(review.text("board")), review.integer("year"), "/api/v1/reviews/" + review.id());
            for (SearchResponse.Hit record : review.innerHits("records")) {
                List<String> marked = record.highlights(EngineQueries.REC_TEXT);
                String addressee = record.text("addressee");
                all.add(new RecommendationHit(record.source().path("rid").isNumber()
                        ? record.source().path("rid").asLong() : null,
                        record.text("kind"), record.text("label"), record.text("text"),
                        request.text().isPresent() && !marked.isEmpty() ? String.join(" ", marked) : null,
                        addressee, addresseeLabel(addressee),
                        request.text().isPresent() ? Math.round(record.score() * 1000) / 1000.0 : null, ref));
            }
        }
        if (request.text().isPresent()) {
            // Stable: equal scores keep review order, then document order.
            all.sort(Comparator.comparing((RecommendationHit h) -> -h.score()));
        }
        int from = Math.min((request.page() - 1) * request.size(), all.size());
        List<RecommendationHit> page = all.subList(from, Math.min(from + request.size(), all.size()));
        return new RecommendationPage(response.docCount("recs", "matching"), response.total(), request.page(),
                request.size(), List.copyOf(page), facet(response.buckets("recs", "matching", "addressee"), true),
                facet(response.buckets("recs", "matching", "kind"), false));
    }

    private List<Facets.FacetValue> facet(Map<String, Long> counts, boolean addressees) {
        List<Facets.FacetValue> out = new ArrayList<>();
        counts.forEach((v, n) -> out.add(new Facets.FacetValue(v, addressees ? addresseeLabel(v) : FacetLabels.humanise(v),
                n, false)));
        return out;
    }

    String addresseeLabel(String addressee) {
        if (addressee == null) {
            return null;
        }
        return switch (addressee) {
            case "board" -> "The safeguarding board or partnership";
            case "national" -> "National bodies";
            default -> labels.label(Facet.AGENCY, addressee);
        };
    }
}
