package org.casewise.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an engine search answer: hits with their source fields, highlights, sort values and inner
 * hits, and aggregation buckets by path. Part of the engine adapter; services never walk the raw
 * JSON themselves.
 */
public final class SearchResponse {

    private final JsonNode root;

    public SearchResponse(JsonNode root) {
        this.root = root;
    }

    public long total() {
        return root.path("hits").path("total").path("value").asLong(0);
    }

    /** False when the engine stopped counting (track_total_hits was a number and was reached). */
    public boolean totalExact() {
        return "eq".equals(root.path("hits").path("total").path("relation").asText("eq"));
    }

    public long tookMillis() {
        return root.path("took").asLong(0);
    }

    public List<Hit> hits() {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode h : root.path("hits").path("hits")) {
            hits.add(new Hit(h));
        }
        return hits;
    }

    /** The aggregation at a path of names ("f_theme", "v"), or a missing node. */
    public JsonNode aggregation(String... path) {
        JsonNode node = root.path("aggregations");
        for (String name : path) {
            node = node.path(name);
        }
        return node;
    }

    /** Bucket key to document count of a terms aggregation, in the engine's order. */
    public Map<String, Long> buckets(String... path) {
        return buckets(aggregation(path));
    }

    public static Map<String, Long> buckets(JsonNode termsAggregation) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (JsonNode b : termsAggregation.path("buckets")) {
            out.put(b.path("key").asText(), b.path("doc_count").asLong());
        }
        return out;
    }

    /** The document count of a filter or nested aggregation. */
    public long docCount(String... path) {
        return aggregation(path).path("doc_count").asLong(0);
    }

    public JsonNode raw() {
        return root;
    }

    /** One hit. */
    public static final class Hit {
        private final JsonNode json;

        Hit(JsonNode json) {
            this.json = json;
        }

        public long id() {
            return Long.parseLong(json.path("_id").asText());
        }

        public double score() {
            return json.path("_score").asDouble(0);
        }

        public JsonNode source() {
            return json.path("_source");
        }

        public String text(String field) {
            JsonNode v = json.path("_source").path(field);
            return v.isMissingNode() || v.isNull() ? null : v.asText();
        }

        public Integer integer(String field) {
            JsonNode v = json.path("_source").path(field);
            return v.isNumber() ? v.asInt() : null;
        }

        public List<String> strings(String field) {
            List<String> out = new ArrayList<>();
            JsonNode v = json.path("_source").path(field);
            if (v.isArray()) {
                v.forEach(x -> out.add(x.asText()));
            } else if (v.isTextual()) {
                out.add(v.asText());
            }
            return out;
        }

        public List<String> highlights(String field) {
            List<String> out = new ArrayList<>();
            json.path("highlight").path(field).forEach(x -> out.add(x.asText()));
            return out;
        }

        /** Names ({@code _name}) of the query clauses this hit matched: why it was found. */
        public List<String> matchedQueries() {
            List<String> out = new ArrayList<>();
            JsonNode m = json.path("matched_queries");
            if (m.isArray()) {
                m.forEach(x -> out.add(x.asText()));
            } else if (m.isObject()) {
                m.fieldNames().forEachRemaining(out::add);
            }
            return out;
        }

        /** The sort values, for search_after. */
        public JsonNode sortValues() {
            return json.path("sort");
        }

        /** The inner hits of a nested query, by name. */
        public List<Hit> innerHits(String name) {
            List<Hit> out = new ArrayList<>();
            json.path("inner_hits").path(name).path("hits").path("hits").forEach(h -> out.add(new Hit(h)));
            return out;
        }

        /** Position of a nested inner hit within its parent's array. */
        public int nestedOffset() {
            return json.path("_nested").path("offset").asInt(-1);
        }
    }
}
