package org.casewise.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.casewise.search.Facet;
import org.casewise.search.ReviewFilter;
import org.casewise.search.Viewer;
import org.casewise.search.query.QueryNode;
import org.casewise.search.query.QueryNode.Scope;

/**
 * Builds the engine's query JSON (OpenSearch and Elasticsearch share this part of the DSL) for
 * every service that reads the index directly: search with drill-sideways facets, trends,
 * recommendations, similar reviews, alerts. Together with {@link EngineAdapter} (transport) and
 * {@link SearchResponse} (reading answers) it is the one place that knows the engine's JSON; the
 * field names are those Hibernate Search maps from {@code Review}.
 */
public final class EngineQueries {

    public static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Index fields (see the annotations on Review and Recommendation). */
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String ID = "rid";
    public static final String YEAR = "year";
    public static final String TITLE_SORT = "title_sort";
    public static final String THEME = "theme";
    public static final String VISIBILITY = "visibility";
    public static final String RECS = "recommendations";
    public static final String REC_TEXT = "recommendations.text";
    public static final String REC_KIND = "recommendations.kind";
    public static final String REC_ADDRESSEE = "recommendations.addressee";
    public static final float TITLE_BOOST = 3f;

    private EngineQueries() {
    }

    /** The free-text part as a scoring query; match_all when there is none. */
    public static ObjectNode text(Optional<QueryNode> text) {
        return text.map(n -> node(n, false)).orElseGet(EngineQueries::matchAll);
    }

    /** The visibility rule as a filter clause, or empty for viewers who may see everything. */
    public static Optional<ObjectNode> visibility(Viewer viewer) {
        if (viewer.entitledToRestricted()) {
            return Optional.empty();
        }
        return Optional.of(term(VISIBILITY, "PUBLIC"));
    }

    /** One filter clause per selected facet and the year range, leaving out {@code except} (drill-sideways). */
    public static List<ObjectNode> facetClauses(ReviewFilter filter, Facet except) {
        List<ObjectNode> clauses = new ArrayList<>();
        filter.selections().forEach((facet, values) -> {
            if (facet != except) {
                clauses.add(terms(facet.field(), values));
            }
        });
        if (filter.hasYearRange() && except != Facet.YEAR) {
            ObjectNode range = JSON.objectNode();
            ObjectNode bounds = range.putObject("range").putObject(YEAR);
            filter.yearFrom().ifPresent(y -> bounds.put("gte", y));
            filter.yearTo().ifPresent(y -> bounds.put("lte", y));
            clauses.add(range);
        }
        return clauses;
    }

    /** Everything a filter and a viewer allow, as one query: text scores, the rest filters. */
    public static ObjectNode reviews(ReviewFilter filter, Viewer viewer) {
        List<ObjectNode> filters = new ArrayList<>(facetClauses(filter, null));
        visibility(viewer).ifPresent(filters::add);
        return bool(List.of(text(filter.text())), filters, List.of());
    }

    public static ObjectNode bool(List<ObjectNode> must, List<ObjectNode> filter, List<ObjectNode> mustNot) {
        ObjectNode q = JSON.objectNode();
        ObjectNode bool = q.putObject("bool");
        if (!must.isEmpty()) {
            bool.set("must", array(must));
        }
        if (!filter.isEmpty()) {
            bool.set("filter", array(filter));
        }
        if (!mustNot.isEmpty()) {
            bool.set("must_not", array(mustNot));
        }
        return q;
    }

    /** A filter-only conjunction; match_all when empty. */
    public static ObjectNode allOf(List<ObjectNode> clauses) {
        return clauses.isEmpty() ? matchAll() : bool(List.of(), clauses, List.of());
    }

    public static ObjectNode matchAll() {
        ObjectNode q = JSON.objectNode();
        q.putObject("match_all");
        return q;
    }

    public static ObjectNode term(String field, Object value) {
        ObjectNode q = JSON.objectNode();
        q.putObject("term").set(field, valueNode(value));
        return q;
    }

    public static ObjectNode terms(String field, List<?> values) {
        ObjectNode q = JSON.objectNode();
        ArrayNode array = q.putObject("terms").putArray(field);
        values.forEach(v -> array.add(valueNode(v)));
        return q;
    }

    public static ArrayNode array(List<? extends JsonNode> nodes) {
        ArrayNode array = JSON.arrayNode();
        nodes.forEach(array::add);
        return array;
    }

    private static JsonNode valueNode(Object value) {
        if (value instanceof Number n) {
            return JSON.numberNode(n.longValue());
        }
        String s = String.valueOf(value);
        // Years arrive as strings from the request; the year field is numeric.
        return JSON.textNode(s);
    }

    // --- free text -------------------------------------------------------------------------

    private static ObjectNode node(QueryNode node, boolean insideNested) {
        Scope common = insideNested ? null : commonNestedScope(node);
        if (common != null) {
            return nested(common, node(node, true));
        }
        return tree(node, part -> node(part, insideNested), leaf -> switch (leaf) {
            case QueryNode.Term t -> leaf(t.scope(), t.text(), false, t.prefix(), insideNested);
            case QueryNode.Phrase p -> leaf(p.scope(), p.text(), true, false, insideNested);
            default -> throw new IllegalArgumentException("not a word or phrase: " + leaf);
        });
    }

    /**
     * The boolean structure of a parsed query: AND as must (its NOT parts as must_not), OR as should
     * with at least one match, NOT alone as everything but; {@code part} turns sub-queries and
     * {@code leaf} words and phrases into clauses. Shared by review and recommendation search, which
     * differ only in where a word is looked for.
     */
    public static ObjectNode tree(QueryNode node, Function<QueryNode, ObjectNode> part, Function<QueryNode, ObjectNode> leaf) {
        return switch (node) {
            case QueryNode.Term t -> leaf.apply(t);
            case QueryNode.Phrase p -> leaf.apply(p);
            case QueryNode.And and -> {
                List<ObjectNode> must = new ArrayList<>();
                List<ObjectNode> mustNot = new ArrayList<>();
                for (QueryNode child : and.parts()) {
                    if (child instanceof QueryNode.Not not) {
                        mustNot.add(part.apply(not.part()));
                    } else {
                        must.add(part.apply(child));
                    }
                }
                if (must.isEmpty()) {
                    must.add(matchAll());
                }
                yield bool(must, List.of(), mustNot);
            }
            case QueryNode.Or or -> {
                ObjectNode q = JSON.objectNode();
                ObjectNode bool = q.putObject("bool");
                bool.set("should", array(or.parts().stream().map(part).toList()));
                bool.put("minimum_should_match", 1);
                yield q;
            }
            case QueryNode.Not not -> bool(List.of(matchAll()), List.of(), List.of(part.apply(not.part())));
        };
    }

    /** RECOMMENDATIONS or LEARNING when every word of this subtree is scoped to it, else null. */
    private static Scope commonNestedScope(QueryNode node) {
        List<Scope> scopes = new ArrayList<>();
        collectScopes(node, scopes);
        Scope first = scopes.isEmpty() ? null : scopes.get(0);
        if (first != Scope.RECOMMENDATIONS && first != Scope.LEARNING) {
            return null;
        }
        return scopes.stream().allMatch(s -> s == first) ? first : null;
    }

    private static void collectScopes(QueryNode node, List<Scope> out) {
        switch (node) {
            case QueryNode.Term t -> out.add(t.scope());
            case QueryNode.Phrase p -> out.add(p.scope());
            case QueryNode.And and -> and.parts().forEach(p -> collectScopes(p, out));
            case QueryNode.Or or -> or.parts().forEach(p -> collectScopes(p, out));
            case QueryNode.Not not -> collectScopes(not.part(), out);
        }
    }

    /** A query on one recommendation record at a time, of the kinds this scope covers. */
    public static ObjectNode nested(Scope scope, ObjectNode inner) {
        List<String> kinds = scope == Scope.LEARNING ? List.of("learning", "finding") : List.of("recommendation");
        ObjectNode q = JSON.objectNode();
        ObjectNode nested = q.putObject("nested");
        nested.put("path", RECS);
        nested.set("query", bool(List.of(inner), List.of(terms(REC_KIND, kinds)), List.of()));
        nested.put("score_mode", "max");
        return q;
    }

    private static ObjectNode leaf(Scope scope, String text, boolean phrase, boolean prefix, boolean insideNested) {
        List<FieldBoost> fields = switch (scope) {
            case ALL -> List.of(new FieldBoost(TITLE, TITLE_BOOST), new FieldBoost(BODY, 1f));
            case TITLE -> List.of(new FieldBoost(TITLE, 1f));
            case TEXT -> List.of(new FieldBoost(BODY, 1f));
            case RECOMMENDATIONS, LEARNING -> List.of(new FieldBoost(REC_TEXT, 1f));
        };
        if (!insideNested && (scope == Scope.RECOMMENDATIONS || scope == Scope.LEARNING)) {
            return nested(scope, leaf(scope, text, phrase, prefix, true));
        }
        List<ObjectNode> alternatives = new ArrayList<>();
        for (FieldBoost f : fields) {
            ObjectNode q = JSON.objectNode();
            if (prefix) {
                ObjectNode p = q.putObject("prefix").putObject(f.field());
                p.put("value", text.toLowerCase(Locale.ROOT));
                p.put("boost", f.boost());
            } else {
                ObjectNode m = q.putObject(phrase ? "match_phrase" : "match").putObject(f.field());
                m.put("query", text);
                m.put("boost", f.boost());
                if (!phrase) {
                    // A word the analyser splits ("child's", "e-safety") still needs all its parts.
                    m.put("operator", "and");
                }
            }
            alternatives.add(q);
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        ObjectNode q = JSON.objectNode();
        ObjectNode dis = q.putObject("dis_max");
        dis.set("queries", array(alternatives));
        dis.put("tie_breaker", 0.3);
        return q;
    }

    private record FieldBoost(String field, float boost) {
    }
}
