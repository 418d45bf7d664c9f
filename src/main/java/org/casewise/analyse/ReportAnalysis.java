package org.casewise.analyse;

import java.util.List;
import org.casewise.analyse.metadata.ReportMetadata;
import org.casewise.analyse.recommend.LearningPoint;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.theme.ThemeFinding;

/**
 * Everything the analysis read out of one document. Offsets in {@link #sections} and
 * {@link #learningPoints} refer to {@code text.text()}, the cleaned text.
 */
public record ReportAnalysis(
        PreparedText text,
        List<Section> sections,
        ReportMetadata metadata,
        List<ThemeFinding> themes,
        List<LearningPoint> learningPoints) {

    public ReportAnalysis {
        sections = List.copyOf(sections);
        themes = List.copyOf(themes);
        learningPoints = List.copyOf(learningPoints);
    }

    public List<LearningPoint> recommendations() {
        return learningPoints.stream().filter(p -> LearningPoint.RECOMMENDATION.equals(p.kind())).toList();
    }
}
