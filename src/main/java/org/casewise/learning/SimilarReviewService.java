package org.casewise.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casewise.api.LearningPointRef;
import org.casewise.api.MatchReason;
import org.casewise.api.SimilarReview;
import org.casewise.api.SimilarReviews;
import org.casewise.index.EngineAdapter;
import org.casewise.index.SearchResponse;
import org.casewise.index.SimilarityQueries;
import org.casewise.index.SimilarityQueries.Circumstances;
import org.casewise.index.SimilarityQueries.Like;
import org.casewise.search.Facet;
import org.casewise.search.FacetLabels;
import org.casewise.search.ReviewFilter;
import org.casewise.search.ReviewSearchService;
import org.casewise.search.Viewer;

/**
 * Reviews with the same circumstances as a review or a draft: shared themes (harm weighs most),
 * the same age band and outcome, shared agencies, and similar wording, in one engine request. The
 * reasons of each hit are the clauses it matched (named clauses, see {@link SimilarityQueries}),
 * so a reason is never claimed that the index does not hold.
 */
@ApplicationScoped
public class SimilarReviewService {

    /** How much a shared theme counts, by layer: what happened to the child first, practice last. */
    static final Map<String, Float> LAYER_WEIGHT = Map.of("harm", 3f, "child", 2f, "family", 1.5f, "practice", 1f);
    static final int LEARNING_PER_REVIEW = 3;

    @Inject
    EngineAdapter engine;

    @Inject
    ReviewSearchService search;

    @Inject
    CaseRecords records;

    @Inject
    FacetLabels labels;

    @Inject
    ThemeTerms themeTerms;

    /** Reviews like review {@code id}; empty when the viewer may not read it (or it does not exist). */
    public Optional<SimilarReviews> similar(long id, ReviewFilter filter, Viewer viewer, int size) {
        Optional<CaseRecords.SourceReview> found = records.source(id, viewer);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseRecords.SourceReview source = found.get();
        Circumstances c = new Circumstances(weighted(source.themes()), source.ageBands(), source.outcome(),
                source.agencies());
        Found result = find(Like.review(id), c, filter, viewer, Optional.of(id), size, false);
        return Optional.of(new SimilarReviews(source.citation(), source.themes(), result.total(), result.hits()));
    }

    /** What {@link #find} found: the total and the hits with reasons and learning. */
    public record Found(long total, List<SimilarReview> hits) {
    }

    /** Reviews like a text and/or circumstances (for matching a draft). */
    public Found find(Like like, Circumstances c, ReviewFilter filter, Viewer viewer, Optional<Long> exclude, int size,
                      boolean draft) {
        SearchResponse response = engine.search(EngineAdapter.REVIEWS, SimilarityQueries.similarReviews(like, c, filter,
                viewer, exclude, size, ReviewSearchService.hitFields()));
        List<SearchResponse.Hit> hits = response.hits();
        Map<Long, List<LearningPointRef>> learning = records.learningOf(hits.stream().map(SearchResponse.Hit::id).toList(),
                c.themes().keySet(), LEARNING_PER_REVIEW);
        List<SimilarReview> out = new ArrayList<>();
        for (SearchResponse.Hit h : hits) {
            out.add(new SimilarReview(search.hitOf(h, List.of()), reasons(h.matchedQueries(), c, draft),
                    learning.getOrDefault(h.id(), List.of())));
        }
        return new Found(response.total(), out);
    }

    /** Theme weights by layer. */
    public Map<String, Float> weighted(List<String> themes) {
        Map<String, Float> out = new LinkedHashMap<>();
        for (String id : themes) {
            String layer = themeTerms.taxonomy().get(id).map(t -> t.layer()).orElse("practice");
            out.put(id, LAYER_WEIGHT.getOrDefault(layer, 1f));
        }
        return out;
    }

    /** The matched clause names as reasons, the heaviest first. */
    List<MatchReason> reasons(List<String> matched, Circumstances c, boolean draft) {
        List<WeightedReason> out = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        for (String name : matched) {
            if (name.equals(SimilarityQueries.TEXT_CLAUSE)) {
                out.add(new WeightedReason(1.2f, new MatchReason("text", null, null, draft
                        ? "Its report uses much of the same distinctive wording as your text"
                        : "Its report uses much of the same distinctive wording")));
                continue;
            }
            int colon = name.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = name.substring(0, colon);
            String value = name.substring(colon + 1);
            switch (field) {
                case "theme" -> {
                    String label = labels.label(Facet.THEME, value);
                    String layer = themeTerms.taxonomy().get(value).map(t -> t.layer()).orElse("practice");
                    out.add(new WeightedReason(c.themes().getOrDefault(value, 1f), new MatchReason("theme", value, label,
                            "Both are about " + lower(label) + " (" + layer + ")")));
                }
                case SimilarityQueries.AGE_BAND -> {
                    String label = labels.label(Facet.AGE_BAND, value);
                    out.add(new WeightedReason(1.5f, new MatchReason("ageBand", value, label,
                            "A child in the same age band (" + label + ")")));
                }
                case SimilarityQueries.OUTCOME -> {
                    String label = labels.label(Facet.OUTCOME, value);
                    out.add(new WeightedReason(1.4f, new MatchReason("outcome", value, label,
                            "The same outcome (" + lower(label) + ")")));
                }
                case SimilarityQueries.AGENCY -> agencies.add(value);
                default -> {
                }
            }
        }
        if (!agencies.isEmpty()) {
            // One reason for all shared agencies: most reviews share some, so each alone says little.
            String names = String.join(", ", agencies.stream().map(a -> labels.label(Facet.AGENCY, a)).toList());
            out.add(new WeightedReason(0.2f, new MatchReason("agencies", String.join(",", agencies), names,
                    "Also involved in both: " + names)));
        }
        out.sort(Comparator.comparingDouble(WeightedReason::weight).reversed());
        return out.stream().map(WeightedReason::reason).toList();
    }

    private static String lower(String label) {
        return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    private record WeightedReason(float weight, MatchReason reason) {
    }
}
