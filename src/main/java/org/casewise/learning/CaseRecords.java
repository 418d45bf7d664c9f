package org.casewise.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casewise.analyse.BoardRegistry;
import org.casewise.api.BoardRef;
import org.casewise.api.CitedReview;
import org.casewise.api.LearningPointRef;
import org.casewise.api.LearningPointRef.ThemeEvidenceRef;
import org.casewise.search.FacetLabels;
import org.casewise.search.Facet;
import org.casewise.search.Viewer;
import org.casewise.search.VisibilityPolicy;
import org.casewise.store.Recommendation;
import org.casewise.store.Review;
import org.casewise.store.ReviewTheme;
import org.casewise.store.ThemeEvidence;

/**
 * The database side of the learning features (the database is the source of truth): a source
 * review's circumstances, a review's learning points, and the sentences that evidence its themes.
 * Every read goes through the visibility policy.
 */
@ApplicationScoped
public class CaseRecords {

    @Inject
    EntityManager em;

    @Inject
    VisibilityPolicy visibility;

    @Inject
    BoardRegistry boards;

    @Inject
    FacetLabels labels;

    @Inject
    ThemeTerms themeTerms;

    /** What a review is about, as the comparison needs it. */
    public record SourceReview(CitedReview citation, List<String> themes, List<String> ageBands, String outcome,
                               List<String> agencies) {
    }

    /** A review the viewer may read, or empty (not found and not visible look the same). */
    @Transactional
    public Optional<SourceReview> source(long id, Viewer viewer) {
        Review r = em.find(Review.class, id);
        if (r == null || !visibility.canRead(r, viewer)) {
            return Optional.empty();
        }
        return Optional.of(new SourceReview(citation(r), List.copyOf(r.getThemeIds()), List.copyOf(r.getAgeBands()),
                r.outcome, List.copyOf(r.agencies)));
    }

    /**
     * Up to {@code per} learning points of each review: learning and findings before recommendations
     * (a panel asks first what was learned), and among them those using the given themes' terms first.
     */
    @Transactional
    public Map<Long, List<LearningPointRef>> learningOf(Collection<Long> reviewIds, Collection<String> themes, int per) {
        Map<Long, List<LearningPointRef>> out = new LinkedHashMap<>();
        if (reviewIds.isEmpty()) {
            return out;
        }
        List<Recommendation> points = em.createQuery("select p from Recommendation p join fetch p.review r"
                + " where r.id in :ids order by r.id, p.position", Recommendation.class)
                .setParameter("ids", reviewIds).getResultList();
        Map<Long, List<Recommendation>> byReview = new LinkedHashMap<>();
        points.forEach(p -> byReview.computeIfAbsent(p.review.id, k -> new ArrayList<>()).add(p));
        byReview.forEach((id, list) -> {
            List<Recommendation> ranked = new ArrayList<>(list);
            ranked.sort(Comparator.comparingInt((Recommendation p) -> -themeTerms.matching(p.text, themes).size())
                    .thenComparingInt(p -> "recommendation".equals(p.kind) ? 1 : 0)
                    .thenComparingInt(p -> p.position));
            out.put(id, ranked.stream().limit(per).map(p -> new LearningPointRef(p.kind, p.label, p.text, p.addressee,
                    List.of(), themeTerms.matching(p.text, themes), null, citation(p.review), List.of())).toList());
        });
        return out;
    }

    /** The best evidence sentence of each of the given themes of a review (those it has). */
    @Transactional
    public Map<Long, List<ThemeEvidenceRef>> evidence(Collection<Long> reviewIds, Set<String> themes) {
        Map<Long, List<ThemeEvidenceRef>> out = new LinkedHashMap<>();
        if (reviewIds.isEmpty() || themes.isEmpty()) {
            return out;
        }
        List<ThemeEvidence> rows = em.createQuery("select e from ThemeEvidence e join fetch e.theme t"
                + " where t.review.id in :ids and t.themeId in :themes and e.position = (select min(x.position)"
                + " from ThemeEvidence x where x.theme = t) order by t.review.id, t.confidence desc", ThemeEvidence.class)
                .setParameter("ids", reviewIds).setParameter("themes", themes).getResultList();
        for (ThemeEvidence e : rows) {
            ReviewTheme t = e.theme;
            out.computeIfAbsent(t.review.id, k -> new ArrayList<>()).add(new ThemeEvidenceRef(t.themeId,
                    labels.label(Facet.THEME, t.themeId), e.sentence));
        }
        return out;
    }

    CitedReview citation(Review r) {
        BoardRef board = r.boardId == null ? null : boards.byId(r.boardId).map(BoardRef::of)
                .orElse(new BoardRef(r.boardId, r.boardName, r.nation, r.region));
        return new CitedReview(r.id, r.title, board, r.publicationYear, "/api/v1/reviews/" + r.id);
    }
}
