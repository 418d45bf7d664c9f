package org.casewise.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.casewise.analyse.AnalysisEngine;
import org.casewise.analyse.AnalysisViews;
import org.casewise.analyse.ReportAnalysis;
import org.casewise.api.ReportAnalysisView;
import org.casewise.store.Document;
import org.casewise.store.Recommendation;
import org.casewise.store.Review;
import org.casewise.store.ReviewChild;
import org.casewise.store.ReviewTheme;
import org.casewise.store.ThemeEvidence;

/**
 * Writes analyses to the database: each document's own analysis (as JSON beside its text), and the
 * review's, merged from its current documents. A review published as an overview report and an
 * executive summary is one case: its themes are the union (best score, best evidence from either),
 * and its metadata and recommendations come from the fuller document, filled in from the others.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ReviewAnalysisWriter {

    /** Evidence sentences kept per theme on a review: enough to judge, few enough to read. */
    static final int EVIDENCE_PER_THEME = 3;

    @Inject
    AnalysisEngine engine;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    /** Keeps the document's cleaned text and its analysis, stamped with the analyser version. */
    public void store(Document d, ReportAnalysis analysis) {
        d.text.cleanContent = analysis.text().text();
        d.text.analysisJson = write(AnalysisViews.of(d.originalFilename, analysis, engine.taxonomy()));
        d.text.analysisVersion = engine.version();
    }

    /** Re-derives the review's metadata, children, agencies, themes and learning from its documents. */
    public void merge(Review r) {
        Set<Long> revisedAway = new HashSet<>();
        r.documents.stream().filter(d -> Document.REVISION_OF.equals(d.linkRelation))
                .forEach(d -> revisedAway.add(d.linkedToDocumentId));
        Map<Document, ReportAnalysisView> views = new LinkedHashMap<>();
        for (Document d : r.documents) {
            if (!revisedAway.contains(d.id) && d.text != null && d.text.analysisJson != null) {
                views.put(d, read(d.text.analysisJson));
            }
        }
        // The fuller document leads: an overview report says more, and more reliably, than its summary.
        List<Document> order = new ArrayList<>(views.keySet());
        order.sort(Comparator.comparingInt((Document d) -> d.text.cleanContent == null ? 0 : d.text.cleanContent.length())
                .reversed().thenComparing(d -> d.id));
        List<ReportAnalysisView.Metadata> metas = order.stream().map(d -> views.get(d).metadata())
                .filter(Objects::nonNull).toList();

        r.methodology = first(metas, ReportAnalysisView.Metadata::methodology);
        r.incidentYear = first(metas, ReportAnalysisView.Metadata::incidentYear);
        r.outcome = first(metas, ReportAnalysisView.Metadata::outcome);
        r.reportStatus = first(metas, ReportAnalysisView.Metadata::status);
        r.authors = metas.stream().map(ReportAnalysisView.Metadata::authors).filter(a -> a != null && !a.isEmpty())
                .findFirst().map(a -> IngestService.truncate(String.join("; ", a), 1000)).orElse(null);
        Set<String> agencies = new LinkedHashSet<>();
        metas.forEach(m -> agencies.addAll(m.agencies() == null ? List.of() : m.agencies()));
        r.agencies.clear();
        r.agencies.addAll(agencies);
        r.children.clear();
        r.themes.clear();
        r.recommendations.clear();
        // Hibernate runs inserts before orphan deletes within a flush; the old rows must go first, or a
        // theme found again collides with itself on (review, theme).
        em.flush();
        mergeChildren(r, metas);
        mergeThemes(r, order, views);
        mergeLearning(r, order, views);
        r.analysisVersion = engine.version();
        r.updatedAt = Instant.now();
    }

    private static void mergeChildren(Review r, List<ReportAnalysisView.Metadata> metas) {
        List<ReportAnalysisView.Child> children = metas.stream().map(ReportAnalysisView.Metadata::children)
                .filter(c -> c != null && !c.isEmpty()).findFirst().orElse(List.of());
        int position = 0;
        for (ReportAnalysisView.Child c : children) {
            ReviewChild child = new ReviewChild();
            child.review = r;
            child.position = position++;
            child.pseudonym = IngestService.truncate(c.pseudonym(), 200);
            child.ageYears = c.ageYears();
            child.ageBand = c.ageBand();
            child.sex = c.sex();
            r.children.add(child);
        }
    }

    private static void mergeThemes(Review r, List<Document> order, Map<Document, ReportAnalysisView> views) {
        record Found(Document document, ReportAnalysisView.Evidence evidence) {
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<Found>> evidence = new LinkedHashMap<>();
        for (Document d : order) {
            for (ReportAnalysisView.Theme t : views.get(d).themes()) {
                scores.merge(t.id(), t.score(), Math::max);
                t.evidence().forEach(e -> evidence.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(new Found(d, e)));
            }
        }
        scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(s -> {
            ReviewTheme theme = new ReviewTheme();
            theme.review = r;
            theme.themeId = s.getKey();
            theme.confidence = s.getValue();
            Set<String> seen = new HashSet<>();
            int position = 0;
            for (Found f : evidence.getOrDefault(s.getKey(), List.of()).stream()
                    .sorted(Comparator.comparing((Found f) -> f.evidence().score() == null ? 0 : f.evidence().score()).reversed())
                    .toList()) {
                // The summary often repeats the overview's sentences word for word.
                if (position >= EVIDENCE_PER_THEME || !seen.add(f.evidence().text())) {
                    continue;
                }
                ThemeEvidence e = new ThemeEvidence();
                e.theme = theme;
                e.document = f.document();
                e.sentence = IngestService.truncate(f.evidence().text(), 4000);
                e.section = f.evidence().section();
                e.score = f.evidence().score();
                e.position = position++;
                theme.evidence.add(e);
            }
            r.themes.add(theme);
        });
    }

    /**
     * The leading document's recommendations and learning; another document's only where the leader
     * has none of that kind (summaries usually repeat the overview's recommendations).
     */
    private static void mergeLearning(Review r, List<Document> order, Map<Document, ReportAnalysisView> views) {
        Set<String> kindsTaken = new HashSet<>();
        int position = 0;
        for (Document d : order) {
            ReportAnalysisView v = views.get(d);
            Set<String> kindsHere = new HashSet<>();
            if (!v.recommendations().isEmpty() && !kindsTaken.contains("recommendation")) {
                kindsHere.add("recommendation");
                for (ReportAnalysisView.Recommendation rec : v.recommendations()) {
                    r.recommendations.add(record(r, d, position++, "recommendation", rec.number(), rec.text(),
                            rec.addressedTo(), rec.section()));
                }
            }
            for (ReportAnalysisView.Learning l : v.learning()) {
                if (!kindsTaken.contains(l.kind())) {
                    kindsHere.add(l.kind());
                    r.recommendations.add(record(r, d, position++, l.kind(), l.number(), l.text(), null, l.section()));
                }
            }
            kindsTaken.addAll(kindsHere);
        }
    }

    private static Recommendation record(Review r, Document d, int position, String kind, String number, String text,
            String addressee, String section) {
        Recommendation rec = new Recommendation();
        rec.review = r;
        rec.document = d;
        rec.position = position;
        rec.kind = kind;
        rec.label = IngestService.truncate(number, 60);
        rec.text = IngestService.truncate(text, 4000);
        rec.addressee = addressee;
        rec.section = section;
        return rec;
    }

    private static <T> T first(List<ReportAnalysisView.Metadata> metas, Function<ReportAnalysisView.Metadata, T> field) {
        return metas.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public ReportAnalysisView read(String json) {
        try {
            return mapper.readValue(json, ReportAnalysisView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored analysis is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private String write(ReportAnalysisView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an analysis", e);
        }
    }
}
