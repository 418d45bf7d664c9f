package org.casewise.analyse;

import java.util.List;
import org.casewise.analyse.metadata.ReportMetadata;
import org.casewise.analyse.recommend.LearningPoint;
import org.casewise.api.ReportAnalysisView;

/** Maps an analysis to its API/JSON form, {@link ReportAnalysisView}. */
public final class AnalysisViews {

    private AnalysisViews() {
    }

    public static ReportAnalysisView of(String file, ReportAnalysis a, Taxonomy taxonomy) {
        ReportMetadata m = a.metadata();
        Board b = m.board();
        var metadata = new ReportAnalysisView.Metadata(m.title(), b == null ? null : b.id(), b == null ? null : b.name(),
                b == null ? null : b.nation(), b == null ? null : b.region(), m.reviewType(), m.methodology(),
                m.publicationYear(), m.incidentYear(),
                m.children().stream().map(c -> new ReportAnalysisView.Child(c.pseudonym(), c.ageYears(), c.ageBand(), c.sex()))
                        .toList(),
                m.outcome(), m.agencies(), m.authors(), m.status());
        List<ReportAnalysisView.Theme> themes = a.themes().stream()
                .map(t -> new ReportAnalysisView.Theme(t.id(), taxonomy.get(t.id()).map(Taxonomy.Theme::label).orElse(t.id()),
                        round(t.score()), t.evidence().stream()
                                .map(e -> new ReportAnalysisView.Evidence(e.text(), e.section(), round(e.score()))).toList()))
                .toList();
        List<ReportAnalysisView.Recommendation> recommendations = a.learningPoints().stream()
                .filter(p -> LearningPoint.RECOMMENDATION.equals(p.kind()))
                .map(p -> new ReportAnalysisView.Recommendation(p.number(), p.text(), p.addressedTo(), p.section()))
                .toList();
        List<ReportAnalysisView.Learning> learning = a.learningPoints().stream()
                .filter(p -> !LearningPoint.RECOMMENDATION.equals(p.kind()))
                .map(p -> new ReportAnalysisView.Learning(p.kind(), p.number(), p.text(), p.section()))
                .toList();
        List<ReportAnalysisView.Section> sections = a.sections().stream()
                .map(s -> new ReportAnalysisView.Section(s.name(), s.heading(), s.start(), s.end())).toList();
        return new ReportAnalysisView(file, metadata, themes, recommendations, learning, sections, null);
    }

    /** Three decimals: more would suggest a precision the scores do not have. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
