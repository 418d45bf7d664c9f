package org.casewise.learning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casewise.analyse.Board;
import org.casewise.api.BoardProfile;
import org.casewise.api.BoardProfile.LearningGap;
import org.casewise.api.BoardProfile.ThemePrevalence;
import org.casewise.api.BoardRef;
import org.casewise.api.LearningPointRef;
import org.casewise.index.EngineAdapter;
import org.casewise.index.EngineQueries;
import org.casewise.index.SearchResponse;
import org.casewise.index.SimilarityQueries;
import org.casewise.search.Facet;
import org.casewise.search.FacetLabels;
import org.casewise.search.ReviewFilter;
import org.casewise.search.Viewer;

/**
 * A board's profile: its themes against the rest of the collection (the "national" side: every
 * other board's visible reviews under the same filters and window), and the learning from
 * elsewhere on themes its reviews raise but its own recommendations do not address.
 *
 * <p>Decisions, kept simple and stated in the API: a theme is <em>prevalent</em> on the board when
 * at least half of the board's reviews in the window carry it; a board's recommendations
 * <em>address</em> a theme when one of them uses the theme's label or an indicative term. The
 * comparison uses Fisher's exact test because boards have few reviews.
 */
@ApplicationScoped
public class BoardProfileService {

    /** Years in the default window, ending with the latest publication year in the collection. */
    public static final int DEFAULT_WINDOW_YEARS = 5;
    static final double PREVALENT_SHARE = 0.5;
    static final double SIGNIFICANCE = 0.05;
    static final int MAX_GAPS = 8;
    static final int LEARNING_PER_GAP = 5;

    @Inject
    EngineAdapter engine;

    @Inject
    ThemeTerms themeTerms;

    @Inject
    FacetLabels labels;

    @Inject
    LearningPointSearch points;

    /**
     * The window a filter asks for, or the default one (the last five publication years of the
     * reviews the viewer may see); empty when there are no reviews at all.
     */
    public Optional<ReviewFilter> window(ReviewFilter filter, Viewer viewer) {
        if (filter.yearFrom().isPresent() && filter.yearTo().isPresent()) {
            return Optional.of(filter);
        }
        if (filter.yearTo().isPresent()) {
            return Optional.of(filter.withYears(Optional.of(filter.yearTo().get() - DEFAULT_WINDOW_YEARS + 1),
                    filter.yearTo()));
        }
        List<ObjectNode> filters = SimilarityQueries.reviewFilters(filter.withYears(Optional.empty(), Optional.empty()),
                viewer);
        JsonNode latest = engine.search(EngineAdapter.REVIEWS, SimilarityQueries.latestYear(filters))
                .aggregation("latest").path("value");
        if (!latest.isNumber()) {
            return Optional.empty();
        }
        int to = latest.asInt();
        int from = filter.yearFrom().orElse(to - DEFAULT_WINDOW_YEARS + 1);
        return Optional.of(filter.withYears(Optional.of(from), Optional.of(Math.max(from, to))));
    }

    public BoardProfile profile(Board board, ReviewFilter window, Viewer viewer) {
        int from = window.yearFrom().orElseThrow();
        int to = window.yearTo().orElseThrow();
        List<ObjectNode> filters = SimilarityQueries.reviewFilters(window, viewer);
        Map<String, List<String>> allTerms = themeTerms.of(themeTerms.taxonomy().all().stream()
                .map(t -> t.id()).toList());
        SearchResponse r = engine.search(EngineAdapter.REVIEWS, SimilarityQueries.boardProfile(board.id(), filters,
                allTerms, allTerms.size() + 10));
        long own = r.docCount("board");
        long elsewhere = r.docCount("elsewhere");
        Map<String, Long> ownThemes = r.buckets("board", "themes");
        Map<String, Long> otherThemes = r.buckets("elsewhere", "themes");
        JsonNode addressed = r.aggregation("board", "recs", "addressed", "buckets");

        Set<String> ids = new LinkedHashSet<>(ownThemes.keySet());
        ids.addAll(otherThemes.keySet());
        List<ThemePrevalence> themes = new ArrayList<>();
        for (String id : ids) {
            long a = ownThemes.getOrDefault(id, 0L);
            long c = otherThemes.getOrDefault(id, 0L);
            double ownShare = share(a, own);
            double otherShare = share(c, elsewhere);
            double p = round(FisherExact.twoSided(a, own - a, c, elsewhere - c));
            themes.add(new ThemePrevalence(id, labels.label(Facet.THEME, id),
                    themeTerms.taxonomy().get(id).map(t -> t.layer()).orElse(null), a, round(ownShare), c,
                    round(otherShare), round(ownShare - otherShare), p, p < SIGNIFICANCE,
                    addressed.path(id).path("doc_count").asLong(0)));
        }
        themes.sort(Comparator.comparingDouble(ThemePrevalence::boardShare).reversed()
                .thenComparing(Comparator.comparingDouble(ThemePrevalence::elsewhereShare).reversed())
                .thenComparing(ThemePrevalence::theme));

        List<LearningGap> gaps = new ArrayList<>();
        for (ThemePrevalence t : themes) {
            if (gaps.size() == MAX_GAPS) {
                break;
            }
            if (own > 0 && t.boardShare() >= PREVALENT_SHARE && t.boardRecommendations() == 0) {
                gaps.add(new LearningGap(t.theme(), t.label(), t.boardReviews(), nationalLearning(board, t.theme(),
                        filters)));
            }
        }
        return new BoardProfile(BoardRef.of(board), from, to, own, elsewhere, themes, gaps);
    }

    /** Other boards' points on a theme, from their reviews with the theme, in the window. */
    private List<LearningPointRef> nationalLearning(Board board, String theme, List<ObjectNode> windowFilters) {
        List<ObjectNode> filters = new ArrayList<>(windowFilters);
        filters.add(SimilarityQueries.notBoard(board.id()));
        filters.add(EngineQueries.term(EngineQueries.THEME, theme));
        return points.find(Optional.empty(), List.of(theme), filters, LEARNING_PER_GAP).stream()
                .limit(LEARNING_PER_GAP).toList();
    }

    private static double share(long n, long of) {
        return of == 0 ? 0 : (double) n / of;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
