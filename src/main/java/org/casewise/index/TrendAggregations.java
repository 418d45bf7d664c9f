package org.casewise.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casewise.search.ReviewFilter;
import org.casewise.search.Viewer;

/**
 * The engine requests behind the trend statistics. Each trend is one search request with
 * {@code size: 0}: the filter and visibility form the query (the same clauses as review search, so
 * "in scope" means the same everywhere), and terms aggregations count reviews. A review is one index
 * document, with its linked and duplicate documents already folded into it, so every count here
 * is a count of distinct reviews.
 *
 * <p>Terms aggregations are asked for more buckets than the field can have values (years, nations,
 * themes, agencies), so counts are exact, never a top-N.
 */
public final class TrendAggregations {

    /** Larger than the number of distinct values of any field grouped on (years 1900-2100, ~40 themes). */
    static final int ALL_BUCKETS = 500;
    public static final String INCIDENT_YEAR = "incidentYear";
    public static final String AGENCY = "agency";

    private TrendAggregations() {
    }

    /** Counts of distinct reviews: in scope, per group, per group and value, and without a group value. */
    public record GroupedCounts(long total, long withoutGroup, Map<String, Long> groups,
                                Map<String, Map<String, Long>> values) {
    }

    /**
     * Reviews in scope counted per value of a multi-valued field (theme, agency), per group of a
     * single-valued field (year, nation, region), or over the whole scope when {@code groupField}
     * is empty (then the one group is "all").
     */
    public static GroupedCounts grouped(EngineAdapter engine, ReviewFilter filter, Viewer viewer,
                                        Optional<String> groupField, String valueField, List<String> values) {
        ObjectNode body = scoped(filter, viewer);
        ObjectNode aggs = body.putObject("aggs");
        if (groupField.isPresent()) {
            ObjectNode groups = terms(aggs.putObject("groups"), groupField.get());
            include(terms(groups.putObject("aggs").putObject("v"), valueField), values);
            aggs.putObject("without").putObject("missing").put("field", groupField.get());
        } else {
            include(terms(aggs.putObject("v"), valueField), values);
        }
        SearchResponse response = engine.search(EngineAdapter.REVIEWS, body);
        Map<String, Long> groupTotals = new LinkedHashMap<>();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        if (groupField.isPresent()) {
            for (JsonNode bucket : response.aggregation("groups").path("buckets")) {
                String key = bucket.path("key").asText();
                groupTotals.put(key, bucket.path("doc_count").asLong());
                counts.put(key, SearchResponse.buckets(bucket.path("v")));
            }
            return new GroupedCounts(response.total(), response.docCount("without"), groupTotals, counts);
        }
        if (response.total() > 0) {
            groupTotals.put("all", response.total());
            counts.put("all", response.buckets("v"));
        }
        return new GroupedCounts(response.total(), 0, groupTotals, counts);
    }

    /** Reviews in scope, how many carry each theme, and how many carry each pair (first to second to count). */
    public record PairCounts(long total, Map<String, Long> singles, Map<String, Map<String, Long>> pairs) {
    }

    /** Theme co-occurrence: a theme terms aggregation with the same aggregation under each bucket. */
    public static PairCounts pairs(EngineAdapter engine, ReviewFilter filter, Viewer viewer) {
        ObjectNode body = scoped(filter, viewer);
        ObjectNode outer = terms(body.putObject("aggs").putObject("a"), EngineQueries.THEME);
        terms(outer.putObject("aggs").putObject("b"), EngineQueries.THEME);
        SearchResponse response = engine.search(EngineAdapter.REVIEWS, body);
        Map<String, Long> singles = new LinkedHashMap<>();
        Map<String, Map<String, Long>> pairs = new LinkedHashMap<>();
        for (JsonNode bucket : response.aggregation("a").path("buckets")) {
            String key = bucket.path("key").asText();
            singles.put(key, bucket.path("doc_count").asLong());
            pairs.put(key, SearchResponse.buckets(bucket.path("b")));
        }
        return new PairCounts(response.total(), singles, pairs);
    }

    /** Reviews in scope, those with both years known, and the publication year x incident year histogram. */
    public record YearPairs(long total, long bothKnown, Map<Integer, Map<Integer, Long>> counts) {
    }

    public static YearPairs publicationByIncidentYear(EngineAdapter engine, ReviewFilter filter, Viewer viewer) {
        ObjectNode body = scoped(filter, viewer);
        ObjectNode known = body.putObject("aggs").putObject("known");
        known.set("filter", EngineQueries.allOf(List.of(exists(EngineQueries.YEAR), exists(INCIDENT_YEAR))));
        ObjectNode years = terms(known.putObject("aggs").putObject("year"), EngineQueries.YEAR);
        terms(years.putObject("aggs").putObject("incident"), INCIDENT_YEAR);
        SearchResponse response = engine.search(EngineAdapter.REVIEWS, body);
        Map<Integer, Map<Integer, Long>> counts = new LinkedHashMap<>();
        for (JsonNode bucket : response.aggregation("known", "year").path("buckets")) {
            Map<Integer, Long> incident = new LinkedHashMap<>();
            for (JsonNode inner : bucket.path("incident").path("buckets")) {
                incident.put(inner.path("key").asInt(), inner.path("doc_count").asLong());
            }
            counts.put(bucket.path("key").asInt(), incident);
        }
        return new YearPairs(response.total(), response.docCount("known"), counts);
    }

    /** size 0, an exact total, and the same query review search uses (filters and visibility). */
    private static ObjectNode scoped(ReviewFilter filter, Viewer viewer) {
        ObjectNode body = EngineQueries.JSON.objectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        body.set("query", EngineQueries.reviews(filter, viewer));
        return body;
    }

    /** Makes {@code aggregation} a terms aggregation over every value of a field; returns it for sub-aggregations. */
    private static ObjectNode terms(ObjectNode aggregation, String field) {
        ObjectNode terms = aggregation.putObject("terms");
        terms.put("field", field);
        terms.put("size", ALL_BUCKETS);
        return aggregation;
    }

    /** Counts only these values (the themes or agencies asked for). */
    private static void include(ObjectNode termsAggregation, List<String> values) {
        ObjectNode terms = (ObjectNode) termsAggregation.get("terms");
        terms.set("include", EngineQueries.array(values.stream().map(v -> (JsonNode) EngineQueries.JSON.textNode(v)).toList()));
    }

    private static ObjectNode exists(String field) {
        ObjectNode q = EngineQueries.JSON.objectNode();
        q.putObject("exists").put("field", field);
        return q;
    }
}
