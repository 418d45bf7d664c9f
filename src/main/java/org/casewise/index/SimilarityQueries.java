package org.casewise.index;

import static org.casewise.index.EngineQueries.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casewise.search.ReviewFilter;
import org.casewise.search.Viewer;

/**
 * Engine JSON for the learning features: similar reviews, matching a draft against the collection,
 * learning points by theme, and a board's profile against the rest of the collection.
 *
 * <p>Every scoring clause carries a {@code _name}, so each hit comes back with the list of clauses it
 * matched ({@code matched_queries}): that list is where the "reasons" of a match come from, instead
 * of guessing afterwards which part of the score mattered. The circumstance clauses are
 * {@code constant_score}, so a shared theme adds exactly its weight whatever its rarity; the text
 * clause ({@code more_like_this}) adds a BM25 score on top.
 */
public final class SimilarityQueries {

    public static final String BOARD = "board";
    public static final String AGE_BAND = "ageBand";
    public static final String OUTCOME = "outcome";
    public static final String AGENCY = "agency";

    /** Name of the text clause in matched_queries; circumstance clauses are named "field:value". */
    public static final String TEXT_CLAUSE = "text";
    /** Learning points: the text clause inside the nested query. */
    public static final String POINT_TEXT_CLAUSE = "point-text";

    static final float AGE_WEIGHT = 1.5f;
    static final float OUTCOME_WEIGHT = 1.0f;
    static final float AGENCY_WEIGHT = 0.2f;
    /** At most this many indicative terms of one theme go into a query (prefixes expand). */
    static final int MAX_TERMS = 40;

    private SimilarityQueries() {
    }

    /**
     * What a review (or a draft) is about, as weighted circumstances.
     *
     * @param themes theme id to weight (harm themes weigh more: they say what happened to the child)
     */
    public record Circumstances(Map<String, Float> themes, List<String> ageBands, String outcome,
                                List<String> agencies) {
    }

    /** Text to compare with: an indexed review (by id) or free text; both empty for none. */
    public record Like(Optional<Long> reviewId, Optional<String> text) {
        public static Like review(long id) {
            return new Like(Optional.of(id), Optional.empty());
        }

        public static Like text(String text) {
            return new Like(Optional.empty(), Optional.ofNullable(text).filter(t -> !t.isBlank()));
        }
    }

    /** Reviews like a review or a draft: any shared circumstance or similar wording, best first. */
    public static ObjectNode similarReviews(Like like, Circumstances c, ReviewFilter filter, Viewer viewer,
                                            Optional<Long> exclude, int size, List<String> sourceFields) {
        List<ObjectNode> should = new ArrayList<>();
        moreLikeThis(like, List.of(EngineQueries.TITLE, EngineQueries.BODY), TEXT_CLAUSE).ifPresent(should::add);
        c.themes().forEach((id, w) -> should.add(named(EngineQueries.THEME, id, w)));
        c.ageBands().forEach(a -> should.add(named(AGE_BAND, a, AGE_WEIGHT)));
        if (c.outcome() != null) {
            should.add(named(OUTCOME, c.outcome(), OUTCOME_WEIGHT));
        }
        c.agencies().forEach(a -> should.add(named(AGENCY, a, AGENCY_WEIGHT)));
        List<ObjectNode> filters = new ArrayList<>(EngineQueries.facetClauses(filter, null));
        EngineQueries.visibility(viewer).ifPresent(filters::add);
        List<ObjectNode> mustNot = exclude.map(id -> List.of(EngineQueries.term(EngineQueries.ID, id))).orElse(List.of());
        ObjectNode query = EngineQueries.bool(List.of(), filters, mustNot);
        ObjectNode bool = (ObjectNode) query.get("bool");
        bool.set("should", EngineQueries.array(should));
        bool.put("minimum_should_match", 1);

        ObjectNode body = JSON.objectNode();
        body.set("query", query);
        body.put("size", size);
        body.put("track_total_hits", true);
        ArrayNode source = body.putArray("_source");
        sourceFields.forEach(source::add);
        return body;
    }

    /**
     * Reviews whose recommendations or learning points match a text and/or themes' indicative terms,
     * with the best matching points as inner hits (highlighted). The outer hits are ranked by their best point.
     */
    public static ObjectNode learningPoints(Optional<String> text, Map<String, List<String>> themeTerms,
                                            List<ObjectNode> reviewFilters, int reviews, int pointsPerReview,
                                            List<String> sourceFields) {
        List<ObjectNode> should = new ArrayList<>();
        text.flatMap(t -> moreLikeThis(Like.text(t), List.of(EngineQueries.REC_TEXT), POINT_TEXT_CLAUSE))
                .ifPresent(should::add);
        themeTerms.forEach((id, terms) -> termsQuery(EngineQueries.REC_TEXT, terms).ifPresent(q -> {
            ((ObjectNode) q.get("bool")).put("_name", EngineQueries.THEME + ":" + id);
            should.add(q);
        }));
        ObjectNode inner = JSON.objectNode();
        ObjectNode innerBool = inner.putObject("bool");
        innerBool.set("should", EngineQueries.array(should));
        innerBool.put("minimum_should_match", 1);

        ObjectNode nestedQuery = JSON.objectNode();
        ObjectNode nested = nestedQuery.putObject("nested");
        nested.put("path", EngineQueries.RECS);
        nested.set("query", inner);
        nested.put("score_mode", "max");
        ObjectNode innerHits = nested.putObject("inner_hits");
        innerHits.put("name", "points");
        innerHits.put("size", pointsPerReview);
        ObjectNode highlight = innerHits.putObject("highlight");
        highlight.put("encoder", "html");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        highlight.putObject("fields").putObject(EngineQueries.REC_TEXT).put("number_of_fragments", 0);

        ObjectNode body = JSON.objectNode();
        body.set("query", EngineQueries.bool(List.of(nestedQuery), reviewFilters, List.of()));
        body.put("size", reviews);
        ArrayNode source = body.putArray("_source");
        sourceFields.forEach(source::add);
        return body;
    }

    /** The filters every learning request shares: facets (and years) and visibility. */
    public static List<ObjectNode> reviewFilters(ReviewFilter filter, Viewer viewer) {
        List<ObjectNode> filters = new ArrayList<>(EngineQueries.facetClauses(filter, null));
        EngineQueries.visibility(viewer).ifPresent(filters::add);
        return filters;
    }

    /** Reviews not published by a board. */
    public static ObjectNode notBoard(String board) {
        return EngineQueries.bool(List.of(EngineQueries.matchAll()), List.of(),
                List.of(EngineQueries.term(BOARD, board)));
    }

    /** The latest publication year among the reviews a filter and viewer allow (for default windows). */
    public static ObjectNode latestYear(List<ObjectNode> filters) {
        ObjectNode body = JSON.objectNode();
        body.set("query", EngineQueries.allOf(filters));
        body.put("size", 0);
        body.putObject("aggs").putObject("latest").putObject("max").put("field", EngineQueries.YEAR);
        return body;
    }

    /**
     * A board's reviews against everyone else's in one request: review counts and theme counts on
     * each side, and per theme how many of the board's own recommendations use the theme's
     * indicative terms (aggregation "board" > "recs" > "addressed" > bucket per theme).
     */
    public static ObjectNode boardProfile(String board, List<ObjectNode> filters, Map<String, List<String>> themeTerms,
                                          int themes) {
        ObjectNode body = JSON.objectNode();
        body.set("query", EngineQueries.allOf(filters));
        body.put("size", 0);
        body.put("track_total_hits", true);
        ObjectNode aggs = body.putObject("aggs");

        ObjectNode own = aggs.putObject("board");
        own.set("filter", EngineQueries.term(BOARD, board));
        ObjectNode ownAggs = own.putObject("aggs");
        themeCounts(ownAggs, themes);
        ObjectNode recs = ownAggs.putObject("recs");
        recs.putObject("nested").put("path", EngineQueries.RECS);
        ObjectNode perTheme = recs.putObject("aggs").putObject("addressed").putObject("filters").putObject("filters");
        themeTerms.forEach((id, terms) -> termsQuery(EngineQueries.REC_TEXT, terms).ifPresent(q -> perTheme.set(id,
                EngineQueries.bool(List.of(q), List.of(EngineQueries.term(EngineQueries.REC_KIND, "recommendation")),
                        List.of()))));

        ObjectNode rest = aggs.putObject("elsewhere");
        rest.set("filter", notBoard(board));
        themeCounts(rest.putObject("aggs"), themes);
        return body;
    }

    private static void themeCounts(ObjectNode aggs, int size) {
        aggs.putObject("themes").putObject("terms").put("field", EngineQueries.THEME).put("size", size);
    }

    /**
     * A theme's indicative terms as one query on a text field: phrases for several words, prefixes
     * for a trailing '*' (matched against stemmed tokens, so 'bruis*' finds bruise and bruising).
     */
    public static Optional<ObjectNode> termsQuery(String field, List<String> terms) {
        List<ObjectNode> alternatives = new ArrayList<>();
        for (String term : terms.stream().limit(MAX_TERMS).toList()) {
            String t = term.strip().toLowerCase(Locale.ROOT);
            ObjectNode q = JSON.objectNode();
            if (t.endsWith("*") && !t.contains(" ") && t.length() >= 5) {
                q.putObject("prefix").put(field, t.substring(0, t.length() - 1));
            } else if (t.endsWith("*")) {
                // A multi-word prefix ('non accidental injur*'): the words before it as a phrase.
                String words = t.substring(0, t.length() - 1).strip();
                if (words.length() < 4) {
                    continue;
                }
                q.putObject("match_phrase_prefix").put(field, words);
            } else if (t.length() >= 3) {
                q.putObject("match_phrase").put(field, t);
            } else {
                continue;
            }
            alternatives.add(q);
        }
        if (alternatives.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode q = JSON.objectNode();
        ObjectNode bool = q.putObject("bool");
        bool.set("should", EngineQueries.array(alternatives));
        bool.put("minimum_should_match", 1);
        return Optional.of(q);
    }

    /** A circumstance shared with the source: fixed weight, named for the reasons. */
    private static ObjectNode named(String field, String value, float weight) {
        ObjectNode q = JSON.objectNode();
        ObjectNode cs = q.putObject("constant_score");
        cs.set("filter", EngineQueries.term(field, value));
        cs.put("boost", weight);
        cs.put("_name", field + ":" + value);
        return q;
    }

    private static Optional<ObjectNode> moreLikeThis(Like like, List<String> fields, String name) {
        if (like.reviewId().isEmpty() && like.text().isEmpty()) {
            return Optional.empty();
        }
        ObjectNode q = JSON.objectNode();
        ObjectNode mlt = q.putObject("more_like_this");
        ArrayNode f = mlt.putArray("fields");
        fields.forEach(f::add);
        ArrayNode likes = mlt.putArray("like");
        like.reviewId().ifPresent(id -> likes.addObject().put("_index", EngineAdapter.REVIEWS).put("_id", String.valueOf(id)));
        like.text().ifPresent(likes::add);
        // The collection is small (dozens to a few thousand reviews): words in two reviews already say something.
        mlt.put("min_term_freq", like.text().isPresent() ? 1 : 2);
        mlt.put("min_doc_freq", 2);
        mlt.put("max_query_terms", 40);
        mlt.put("minimum_should_match", "20%");
        mlt.put("_name", name);
        return Optional.of(q);
    }
}
