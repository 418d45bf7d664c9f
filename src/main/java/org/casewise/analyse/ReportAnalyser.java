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
    static final String RULES_REVISION = "r50";

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
        return analyse(extracted, fileName, sourceBoard, null);
    }

    /** The stages {@link #analyse(ExtractedText, String, Optional, long[])} times, in order. */
    public static final List<String> STAGES = List.of("text preparation", "sections", "metadata", "themes",
            "recommendations");

    /**
     * The same, adding each stage's time in nanoseconds to {@code stageNanos} (in {@link #STAGES}
     * order) when it is not null: what the analysis benchmark reports per stage.
     */
    public ReportAnalysis analyse(ExtractedText extracted, String fileName, Optional<Board> sourceBoard, long[] stageNanos) {
        long t0 = System.nanoTime();
        PreparedText text = preparer.prepare(extracted.text());
        long t1 = System.nanoTime();
        List<Section> parts = sections.detect(text);
        long t2 = System.nanoTime();
        ReportMetadata meta = metadata.extract(text, parts, extracted, fileName, sourceBoard);
        long t3 = System.nanoTime();
        List<ThemeFinding> found = agreeWithAges(themes.classify(text, parts), meta.children());
        long t4 = System.nanoTime();
        List<LearningPoint> points = recommendations.extract(text, parts);
        long t5 = System.nanoTime();
        if (stageNanos != null) {
            stageNanos[0] += t1 - t0;
            stageNanos[1] += t2 - t1;
            stageNanos[2] += t3 - t2;
            stageNanos[3] += t4 - t3;
            stageNanos[4] += t5 - t4;
        }
        return new ReportAnalysis(text, parts, meta, found, points);
    }

    /**
     * The age themes must agree with the ages the report states: 'infants' needs a child under one
     * (or unborn), 'adolescents' a child of eleven or over, and a child's own mental health a child of
     * school age. The sentence model reads 'health visitor' or 'new birth visit' as infancy, a sibling's
     * age as the subject's, and a young mother's low mood as a child's ('Ms E, then 14, ...'); when every
     * subject child's age is known and none fits, the theme goes. An unknown age leaves it to the model.
     */
    static List<ThemeFinding> agreeWithAges(List<ThemeFinding> found, List<org.casewise.analyse.metadata.Child> children) {
        if (children.isEmpty() || children.stream().anyMatch(c -> c.ageBand() == null)) {
            return found;
        }
        boolean baby = children.stream().anyMatch(c -> BABY_BANDS.contains(c.ageBand()));
        boolean teenager = children.stream().anyMatch(c -> TEEN_BANDS.contains(c.ageBand()));
        boolean schoolAge = teenager || children.stream().anyMatch(c -> "5-10".equals(c.ageBand()));
        return found.stream()
                .filter(f -> !(f.id().equals("infants") && !baby) && !(f.id().equals("adolescents") && !teenager)
                        && !(f.id().equals("child-mental-health") && !schoolAge))
                .toList();
    }

    private static final java.util.Set<String> BABY_BANDS = java.util.Set.of("unborn", "under-1");
    private static final java.util.Set<String> TEEN_BANDS = java.util.Set.of("11-15", "16-17", "18-plus");

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
