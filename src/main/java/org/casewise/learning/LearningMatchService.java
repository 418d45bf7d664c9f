package org.casewise.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casewise.analyse.AnalysisEngine;
import org.casewise.analyse.ReportAnalysis;
import org.casewise.analyse.theme.Evidence;
import org.casewise.analyse.theme.ThemeFinding;
import org.casewise.api.InferredTheme;
import org.casewise.api.LearningPointRef;
import org.casewise.api.MatchResult;
import org.casewise.extract.ExtractedText;
import org.casewise.index.SimilarityQueries;
import org.casewise.index.SimilarityQueries.Circumstances;
import org.casewise.index.SimilarityQueries.Like;
import org.casewise.search.Facet;
import org.casewise.search.FacetLabels;
import org.casewise.search.ReviewFilter;
import org.casewise.search.Viewer;

/**
 * Matching a draft review or a case summary (and/or themes and circumstances) against the
 * collection: the themes the analyser reads in the text, with the sentences that evidence them;
 * the most relevant reviews with reasons; and the most relevant recommendations and learning
 * points, each citing its review with evidence. The text is analysed in memory and never stored.
 */
@ApplicationScoped
public class LearningMatchService {

    static final int EVIDENCE_PER_THEME = 3;

    @Inject
    AnalysisEngine analyser;

    @Inject
    SimilarReviewService similar;

    @Inject
    LearningPointSearch points;

    @Inject
    FacetLabels labels;

    /** A validated match request. */
    public record MatchQuery(Optional<String> text, List<String> themes, Optional<String> ageBand,
                             Optional<String> outcome, List<String> agencies, int size) {
    }

    public MatchResult match(MatchQuery q, ReviewFilter filter, Viewer viewer) {
        List<InferredTheme> inferred = q.text().map(this::inferThemes).orElse(List.of());
        List<String> themes = new ArrayList<>(q.themes());
        inferred.stream().map(InferredTheme::id).filter(id -> !themes.contains(id)).forEach(themes::add);

        Circumstances c = new Circumstances(similar.weighted(themes), q.ageBand().map(List::of).orElse(List.of()),
                q.outcome().orElse(null), q.agencies());
        SimilarReviewService.Found reviews = similar.find(Like.text(q.text().orElse(null)), c, filter, viewer,
                Optional.empty(), q.size(), true);

        // More reviews than points asked for: a review contributes up to three points, of either kind.
        List<LearningPointRef> found = points.find(q.text(), themes, SimilarityQueries.reviewFilters(filter, viewer),
                Math.min(100, q.size() * 3));
        return new MatchResult(inferred, List.copyOf(themes), reviews.hits(),
                LearningPointSearch.ofKinds(found, Set.of("recommendation"), q.size()),
                LearningPointSearch.ofKinds(found, Set.of("learning", "finding"), q.size()));
    }

    /** The analyser's themes for a text, as it would label a short report (passage model for a few sentences). */
    List<InferredTheme> inferThemes(String text) {
        ExtractedText extracted = new ExtractedText("text/plain", text, false, null, Optional.empty(), Optional.empty());
        ReportAnalysis analysis = analyser.analyse(extracted, "draft.txt", Optional.empty());
        List<InferredTheme> out = new ArrayList<>();
        for (ThemeFinding f : analysis.themes()) {
            String layer = analyser.taxonomy().get(f.id()).map(t -> t.layer()).orElse(null);
            out.add(new InferredTheme(f.id(), labels.label(Facet.THEME, f.id()), layer,
                    Math.round(f.score() * 1000) / 1000.0,
                    f.evidence().stream().limit(EVIDENCE_PER_THEME).map(Evidence::text).toList()));
        }
        return out;
    }
}
