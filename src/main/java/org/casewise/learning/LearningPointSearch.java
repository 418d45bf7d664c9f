package org.casewise.learning;

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
import org.casewise.api.CitedReview;
import org.casewise.api.LearningPointRef;
import org.casewise.api.LearningPointRef.ThemeEvidenceRef;
import org.casewise.api.ReviewHit;
import org.casewise.index.EngineAdapter;
import org.casewise.index.EngineQueries;
import org.casewise.index.SearchResponse;
import org.casewise.index.SimilarityQueries;
import org.casewise.search.ReviewSearchService;

/**
 * Recommendations and learning points, one record at a time (nested), that match a text and/or
 * themes' indicative terms, across the reviews the filters allow; each cites its review and carries
 * the review's evidence sentences for the themes it speaks to.
 */
@ApplicationScoped
public class LearningPointSearch {

    static final int POINTS_PER_REVIEW = 3;
    static final int EVIDENCE_PER_POINT = 2;

    @Inject
    EngineAdapter engine;

    @Inject
    ReviewSearchService search;

    @Inject
    ThemeTerms themeTerms;

    @Inject
    CaseRecords records;

    /** The best points, best first, from at most {@code reviews} reviews. */
    public List<LearningPointRef> find(Optional<String> text, List<String> themes, List<ObjectNode> reviewFilters,
                                       int reviews) {
        Map<String, List<String>> terms = themeTerms.of(themes);
        if (text.isEmpty() && terms.isEmpty()) {
            return List.of();
        }
        SearchResponse response = engine.search(EngineAdapter.REVIEWS, SimilarityQueries.learningPoints(text, terms,
                reviewFilters, reviews, POINTS_PER_REVIEW, ReviewSearchService.hitFields()));
        List<LearningPointRef> points = new ArrayList<>();
        List<Long> ids = response.hits().stream().map(SearchResponse.Hit::id).toList();
        Map<Long, List<ThemeEvidenceRef>> evidence = records.evidence(ids, new LinkedHashSet<>(themes));
        Set<String> seen = new java.util.HashSet<>();
        for (SearchResponse.Hit h : response.hits()) {
            ReviewHit r = search.hitOf(h, List.of());
            CitedReview cited = new CitedReview(r.id(), r.title(), r.board(), r.year(), r.href());
            for (SearchResponse.Hit p : h.innerHits("points")) {
                String pointText = p.text("text");
                // Reports repeat stock wording (and the same report may be filed by two boards): show it once.
                if (pointText == null || !seen.add(pointText.replaceAll("\\W+", " ").strip().toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                Set<String> pointThemes = new LinkedHashSet<>();
                p.matchedQueries().stream().filter(n -> n.startsWith(EngineQueries.THEME + ":"))
                        .map(n -> n.substring(EngineQueries.THEME.length() + 1)).forEach(pointThemes::add);
                pointThemes.addAll(themeTerms.matching(pointText, themes));
                List<ThemeEvidenceRef> ev = evidence.getOrDefault(h.id(), List.of()).stream()
                        .sorted(Comparator.comparingInt(e -> pointThemes.contains(e.theme()) ? 0 : 1))
                        .limit(EVIDENCE_PER_POINT).toList();
                List<String> highlights = p.highlights(EngineQueries.REC_TEXT).stream()
                        .map(s -> s.replaceAll("\\s+", " ").strip()).toList();
                points.add(new LearningPointRef(p.text("kind"), p.text("label"), pointText, p.text("addressee"),
                        highlights, List.copyOf(pointThemes), Math.round(p.score() * 1000) / 1000.0, cited, ev));
            }
        }
        points.sort(Comparator.comparingDouble((LearningPointRef p) -> p.score() == null ? 0 : p.score()).reversed());
        return points;
    }

    /** The given kinds only, at most {@code limit}. */
    static List<LearningPointRef> ofKinds(List<LearningPointRef> points, Set<String> kinds, int limit) {
        return points.stream().filter(p -> kinds.contains(p.kind())).limit(limit).toList();
    }
}
