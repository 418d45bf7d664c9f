package org.casewise.analyse.theme;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.section.SectionName;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.text.Sentence;

/**
 * Theme detection with evidence (PRIMER §4). Passages are scored by {@link LinearModel} over
 * {@link Features}; a report is scored sentence by sentence, each sentence with its neighbours in
 * the same section as context, then a second stage ({@link ReportModel}, when the model has one)
 * decides per theme from statistics of those scores ({@link ReportAggregator}). Immutable: thread-safe.
 */
public final class ThemeClassifier {

    static final String THEMES = "/index-config/themes.json";

    /** Texts up to this many sentences are judged as one passage (see classify). */
    static final int SHORT_TEXT_SENTENCES = 12;
    /** The trained model, a classpath resource (index-config is on the classpath). */
    public static final String MODEL = "/index-config/themes-model.json";

    private final Features features;
    private final LinearModel model;
    private final ReportAggregator aggregator;
    private final String version;

    ThemeClassifier(Features features, LinearModel model, ReportAggregator aggregator, String version) {
        this.version = version;
        this.features = features;
        this.model = model;
        this.aggregator = aggregator;
        if (!features.rules().themeIds().equals(model.themeIds())) {
            throw new IllegalStateException("The theme model's themes differ from themes.json: retrain with ./casewise train");
        }
        if (aggregator.report() != null && aggregator.report().themes() != model.themeIds().size()) {
            throw new IllegalStateException("The report stage has weights for another number of themes");
        }
    }

    /** Loads the taxonomy and the trained model from the class path; refuses a model trained on other rules. */
    public static ThemeClassifier load() {
        try (InputStream t = ThemeClassifier.class.getResourceAsStream(THEMES);
                InputStream m = ThemeClassifier.class.getResourceAsStream(MODEL)) {
            if (t == null || m == null) {
                throw new IllegalStateException(THEMES + " or " + MODEL + " is not on the class path");
            }
            return load(t.readAllBytes(), m);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the theme model", e);
        }
    }

    /** Loads from the given taxonomy bytes and model; refuses a model trained on other rules. */
    static ThemeClassifier load(byte[] themes, InputStream model) throws IOException {
        ModelFile.Loaded loaded = ModelFile.read(model);
        if (!ModelFile.sha256(themes).equals(loaded.header().themesSha256())) {
            throw new IllegalStateException("The theme model was trained on another version of themes.json:"
                    + " retrain with ./casewise train");
        }
        ThemeRules rules = new ThemeRules(new ObjectMapper().readTree(themes));
        // The taxonomy and training data fix the model, so their hashes name it.
        String version = "themes-" + loaded.header().version() + ":" + loaded.header().themesSha256().substring(0, 8)
                + "." + loaded.header().trainingSha256().substring(0, 8);
        return new ThemeClassifier(new Features(rules), loaded.model(),
                ReportAggregator.DEFAULT.withReport(loaded.report()), version);
    }

    Features features() {
        return features;
    }

    LinearModel model() {
        return model;
    }

    /** Names the taxonomy and model: a stored analysis with another version is stale. */
    public String version() {
        return version;
    }

    public List<String> themeIds() {
        return model.themeIds();
    }

    /** Probability per theme that the passage evidences it. */
    public Map<String, Double> scorePassage(String text) {
        double[] p = model.score(features.vector(text, model.space()));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) {
            out.put(model.themeIds().get(k), p[k]);
        }
        return out;
    }

    /** The themes a passage evidences: scores at or above each theme's threshold. */
    public Set<String> labelsOf(String text) {
        double[] p = model.score(features.vector(text, model.space()));
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < p.length; k++) {
            if (p[k] >= model.threshold(k)) {
                out.add(model.themeIds().get(k));
            }
        }
        return out;
    }

    /** Sentence scores of a report and the rule-hit counts the second stage needs. */
    record Scored(double[][] scores, String[] sectionOf, int counted, int[] terms, int[] denied) {
    }

    /** The themes a report evidences, best first, each with its best three evidence sentences. */
    public List<ThemeFinding> classify(PreparedText text, List<Section> sections) {
        Scored scored = score(text, sections);
        List<Sentence> sentences = text.sentences();
        List<ThemeFinding> findings = new ArrayList<>();
        // A text of a few sentences (a briefing note, a passage, a repository summary) is a passage, not a
        // report: the report stage was fitted on whole reports, so the passage model decides.
        double[] passage = sentences.size() <= SHORT_TEXT_SENTENCES ? model.score(features.vector(text.text(), model.space()))
                : null;
        for (int k = 0; k < model.themeIds().size(); k++) {
            String id = model.themeIds().get(k);
            ThemeFinding f = passage != null
                    ? (passage[k] >= model.threshold(k) ? aggregator.evidenced(id, passage[k], scored.scores(), k,
                            sentences, scored.sectionOf()) : null)
                    : aggregator.report() != null
                    ? aggregator.decide(id, k, model.threshold(k), stats(scored, k), scored.scores(), sentences, scored.sectionOf())
                    : aggregator.aggregate(id, model.threshold(k), scored.scores(), k, sentences, scored.sectionOf());
            if (f != null) {
                findings.add(f);
            }
        }
        findings.sort(Comparator.comparingDouble(ThemeFinding::score).reversed().thenComparing(ThemeFinding::id));
        return findings;
    }

    double[] stats(Scored s, int k) {
        return ReportModel.stats(s.scores(), k, model.threshold(k), s.counted(), s.terms()[k], s.denied()[k],
                s.sectionOf());
    }

    /** Each sentence scored with its neighbours in the same section as context. */
    Scored score(PreparedText text, List<Section> sections) {
        List<Sentence> sentences = text.sentences();
        int n = sentences.size();
        int t = model.themeIds().size();
        String[] sectionOf = new String[n];
        boolean[] boilerplate = new boolean[n];
        // Text with no recognised heading is all 'cover' to the detector (a note, a web page, a passage):
        // then nothing marks what is boilerplate, and every sentence counts.
        boolean structured = sections.stream().anyMatch(s -> !SectionName.COVER.id().equals(s.name()));
        for (int i = 0; i < n; i++) {
            Section s = sectionAt(sections, sentences.get(i).start());
            sectionOf[i] = s == null ? SectionName.OTHER.id() : s.name();
            boilerplate[i] = structured && s != null
                    && SectionName.byId(s.name()).map(SectionName::isBoilerplate).orElse(false);
        }
        Features.Vector[] alone = new Features.Vector[n];
        for (int i = 0; i < n; i++) {
            alone[i] = features.vector(sentences.get(i).text(), model.space());
        }
        double[][] evidence = new double[n][];
        for (int i = 0; i < n; i++) {
            evidence[i] = boilerplate[i] || alone[i].words() == 0 ? null : model.evidence(alone[i]);
        }
        double[][] scores = new double[n][];
        int counted = 0;
        int[] terms = new int[t];
        int[] denied = new int[t];
        for (int i = 0; i < n; i++) {
            Features.Vector e = alone[i];
            for (int k = 0; k < t; k++) {
                boolean asserted = e.asserted().get(k);
                if (e.denied().get(k) || boilerplate[i] && asserted) {
                    denied[k]++;
                } else if (asserted) {
                    terms[k]++;
                }
            }
            if (evidence[i] == null) {
                scores[i] = new double[t];
                continue;
            }
            counted++;
            double[] s = new double[t];
            // the window: the sentence plus its neighbours in the same section at half weight
            double[] before = i > 0 && sectionOf[i - 1].equals(sectionOf[i]) ? evidence[i - 1] : null;
            double[] after = i + 1 < n && sectionOf[i + 1].equals(sectionOf[i]) ? evidence[i + 1] : null;
            for (int k = 0; k < t; k++) {
                // a sentence that rules the theme out (or only names it in boilerplate) is no evidence,
                // whatever its neighbours say
                if (e.denied().get(k) && !e.asserted().get(k)) {
                    continue;
                }
                double window = evidence[i][k];
                if (before != null) {
                    window += 0.5 * before[k];
                }
                if (after != null) {
                    window += 0.5 * after[k];
                }
                s[k] = aggregator.combine(model.probability(k, evidence[i][k]), model.probability(k, window));
            }
            scores[i] = s;
        }
        return new Scored(scores, sectionOf, counted, terms, denied);
    }

    private static Section sectionAt(List<Section> sections, int offset) {
        Section found = null;
        for (Section s : sections) {
            if (s.start() <= offset && offset < s.end()) {
                // the innermost (latest starting) section wins when sections nest
                if (found == null || s.start() >= found.start()) {
                    found = s;
                }
            }
        }
        return found;
    }
}
