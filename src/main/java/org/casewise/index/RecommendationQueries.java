package org.casewise.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casewise.search.query.QueryNode;

/**
 * Engine JSON for searching inside the learning: a query on one nested recommendation record at a
 * time (its text, kind and addressee matched together), with the records themselves returned as
 * inner hits. Companion of {@link EngineQueries}.
 */
public final class RecommendationQueries {

    /** The engine's default cap on inner hits per parent (index.max_inner_result_window). */
    public static final int MAX_PER_REVIEW = 100;

    private RecommendationQueries() {
    }

    /**
     * A query on nested records: text (every word scoped to the record's text, whatever field the
     * user named), kinds and addressees; null lists mean any.
     */
    public static ObjectNode records(Optional<QueryNode> text, List<String> kinds, List<String> addressees) {
        List<ObjectNode> must = new ArrayList<>();
        text.ifPresent(t -> must.add(node(t)));
        if (must.isEmpty()) {
            must.add(EngineQueries.matchAll());
        }
        List<ObjectNode> filters = new ArrayList<>();
        if (!kinds.isEmpty()) {
            filters.add(EngineQueries.terms(EngineQueries.REC_KIND, kinds));
        }
        if (!addressees.isEmpty()) {
            filters.add(EngineQueries.terms(EngineQueries.REC_ADDRESSEE, addressees));
        }
        return EngineQueries.bool(must, filters, List.of());
    }

    /** The nested query with inner hits (highlighted text) of up to {@code perReview} records. */
    public static ObjectNode nestedWithInnerHits(ObjectNode recordQuery, int perReview, int fragmentSize) {
        ObjectNode q = EngineQueries.JSON.objectNode();
        ObjectNode nested = q.putObject("nested");
        nested.put("path", EngineQueries.RECS);
        nested.set("query", recordQuery);
        nested.put("score_mode", "max");
        ObjectNode inner = nested.putObject("inner_hits");
        inner.put("name", "records");
        inner.put("size", Math.min(perReview, MAX_PER_REVIEW));
        ObjectNode highlight = inner.putObject("highlight");
        highlight.put("encoder", "html");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        ObjectNode field = highlight.putObject("fields").putObject(EngineQueries.REC_TEXT);
        field.put("type", "unified");
        field.put("number_of_fragments", 0);
        field.put("fragment_size", fragmentSize);
        return q;
    }

    /** Counts of the matching records by addressee and kind (reviews' own filters already applied). */
    public static ObjectNode countsAggregation(ObjectNode recordQuery) {
        ObjectNode agg = EngineQueries.JSON.objectNode();
        agg.putObject("nested").put("path", EngineQueries.RECS);
        ObjectNode matching = agg.putObject("aggs").putObject("matching");
        matching.set("filter", recordQuery);
        ObjectNode sub = matching.putObject("aggs");
        sub.putObject("addressee").putObject("terms").put("field", EngineQueries.REC_ADDRESSEE).put("size", 50);
        sub.putObject("kind").putObject("terms").put("field", EngineQueries.REC_KIND).put("size", 10);
        return agg;
    }

    private static ObjectNode node(QueryNode node) {
        return EngineQueries.tree(node, RecommendationQueries::node, leaf -> switch (leaf) {
            case QueryNode.Term t -> leaf(t.text(), false, t.prefix());
            case QueryNode.Phrase p -> leaf(p.text(), true, false);
            default -> throw new IllegalArgumentException("not a word or phrase: " + leaf);
        });
    }

    private static ObjectNode leaf(String text, boolean phrase, boolean prefix) {
        ObjectNode q = EngineQueries.JSON.objectNode();
        if (prefix) {
            q.putObject("prefix").putObject(EngineQueries.REC_TEXT).put("value", text.toLowerCase(java.util.Locale.ROOT));
        } else {
            ObjectNode m = q.putObject(phrase ? "match_phrase" : "match").putObject(EngineQueries.REC_TEXT);
            m.put("query", text);
            if (!phrase) {
                m.put("operator", "and");
            }
        }
        return q;
    }
}
