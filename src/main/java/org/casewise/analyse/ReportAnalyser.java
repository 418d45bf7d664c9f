package org.casewise.analyse;

import java.util.List;
import java.util.Optional;
import org.casewise.analyse.metadata.MetadataExtractor;
import org.casewise.analyse.metadata.ReportMetadata;
import org.casewise.analyse.recommend.LearningPoint;
import org.casewise.analyse.recommend.RecommendationExtractor;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.section.SectionDetector;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.text.TextPreparer;
import org.casewise.analyse.theme.ThemeClassifier;
import org.casewise.analyse.theme.ThemeFinding;
import org.casewise.extract.ExtractedText;

/**
 * The analysis of one report, stage by stage: clean and split the text, find its sections, then
 * read metadata, themes with evidence, and recommendations and learning from it. Plain Java and
 * thread-safe, so the service (through {@code AnalysisEngine}) and the offline commands
 * ({@code ./casewise analyse}, {@code eval}) run exactly the same code.
 */
public final class ReportAnalyser {

    /**
     * Bumped when the rules change in a way that changes results; together with the theme model's
     * version it says whether a stored analysis is stale (see {@code Reanalyser}).
     */
    static final String RULES_REVISION = "r3";

    private final TextPreparer preparer;
    private final SectionDetector sections;
    private final MetadataExtractor metadata;
    private final ThemeClassifier themes;
    private final RecommendationExtractor recommendations;
    private final Taxonomy taxonomy;

    public ReportAnalyser(TextPreparer preparer, SectionDetector sections, MetadataExtractor metadata,
            ThemeClassifier themes, RecommendationExtractor recommendations, Taxonomy taxonomy) {
        this.preparer = preparer;
        this.sections = sections;
        this.metadata = metadata;
        this.themes = themes;
        this.recommendations = recommendations;
        this.taxonomy = taxonomy;
    }

    /** Loads the models and the bundled taxonomy, registry and theme model: once per process. */
    public static ReportAnalyser create(BoardRegistry boards) {
        return new ReportAnalyser(TextPreparer.create(), new SectionDetector(), new MetadataExtractor(boards),
                ThemeClassifier.load(), new RecommendationExtractor(), Taxonomy.bundled());
    }

    /**
     * @param sourceBoard the board of the web page or source the file came from, used when the text
     *                    names none
     */
    public ReportAnalysis analyse(ExtractedText extracted, String fileName, Optional<Board> sourceBoard) {
        PreparedText text = preparer.prepare(extracted.text());
        List<Section> parts = sections.detect(text);
        ReportMetadata meta = metadata.extract(text, parts, extracted, fileName, sourceBoard);
        List<ThemeFinding> found = themes.classify(text, parts);
        List<LearningPoint> points = recommendations.extract(text, parts);
        return new ReportAnalysis(text, parts, meta, found, points);
    }

    /** Identifies the rules, taxonomy and model that produce an analysis. */
    public String version() {
        return RULES_REVISION + "+" + themes.version();
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public ThemeClassifier themes() {
        return themes;
    }
}
