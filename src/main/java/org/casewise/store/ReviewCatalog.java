package org.casewise.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casewise.analyse.AnalysisEngine;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.Taxonomy;
import org.casewise.api.BoardRef;
import org.casewise.api.DocumentSummary;
import org.casewise.api.ReportAnalysisView;
import org.casewise.api.ReviewDetail;
import org.casewise.api.SightingDto;
import org.casewise.search.Viewer;
import org.casewise.search.VisibilityPolicy;

/**
 * Reads reviews and documents from the database (the source of truth) for detail pages and
 * downloads, through the same visibility policy as search. What a viewer may not see does not
 * exist for them: it is reported as not found, never as forbidden.
 */
@ApplicationScoped
public class ReviewCatalog {

    @Inject
    EntityManager em;

    @Inject
    VisibilityPolicy visibility;

    @Inject
    BoardRegistry boards;

    @Inject
    AnalysisEngine engine;

    /** A stored original and how to serve it. */
    public record StoredOriginal(String sha256, String fileName, String contentType, long size) {
    }

    @Transactional
    public Optional<ReviewDetail> review(long id, Viewer viewer) {
        Review r = em.find(Review.class, id);
        if (r == null || !visibility.canRead(r, viewer)) {
            return Optional.empty();
        }
        return Optional.of(new ReviewDetail(r.id, r.title, boardRef(r), r.publicationYear, r.reviewType,
                r.visibility.name().toLowerCase(Locale.ROOT), r.methodology, r.incidentYear, r.outcome, r.reportStatus,
                r.authors,
                r.children.stream().map(c -> new ReportAnalysisView.Child(c.pseudonym, c.ageYears, c.ageBand, c.sex)).toList(),
                List.copyOf(r.agencies),
                r.themes.stream().map(this::theme).toList(),
                r.recommendations.stream().filter(p -> "recommendation".equals(p.kind))
                        .map(p -> new ReportAnalysisView.Recommendation(p.label, p.text, p.addressee, p.section)).toList(),
                r.recommendations.stream().filter(p -> !"recommendation".equals(p.kind))
                        .map(p -> new ReportAnalysisView.Learning(p.kind, p.label, p.text, p.section)).toList(),
                r.analysisVersion, r.createdAt, r.updatedAt,
                r.documents.stream().map(ReviewCatalog::summary).toList()));
    }

    private ReportAnalysisView.Theme theme(ReviewTheme t) {
        return new ReportAnalysisView.Theme(t.themeId, engine.taxonomy().get(t.themeId).map(Taxonomy.Theme::label).orElse(t.themeId),
                t.confidence, t.evidence.stream()
                        .map(e -> new ReportAnalysisView.Evidence(e.sentence, e.section, e.score)).toList());
    }

    /**
     * A document's record. One not (yet) attached to a review, e.g. a failed file, is listed for
     * anyone so a submitter can see why it failed; its content is not (see {@link #original}).
     */
    @Transactional
    public Optional<DocumentSummary> document(long id, Viewer viewer) {
        Document d = em.find(Document.class, id);
        if (d != null && d.review == null) {
            return Optional.of(summary(d));
        }
        return readable(id, viewer).map(ReviewCatalog::summary);
    }

    @Transactional
    public Optional<StoredOriginal> original(long id, Viewer viewer) {
        return readable(id, viewer).map(d -> new StoredOriginal(d.sha256, d.originalFilename,
                d.contentType == null ? "application/octet-stream" : d.contentType, d.sizeBytes));
    }

    /**
     * A document is readable when its review is. A document without a review (failed, or not yet
     * analysed) is shown only to entitled viewers: nothing is known yet about whether it may be public.
     */
    private Optional<Document> readable(long id, Viewer viewer) {
        Document d = em.find(Document.class, id);
        if (d == null) {
            return Optional.empty();
        }
        boolean allowed = d.review == null ? viewer.entitledToRestricted() : visibility.canRead(d.review, viewer);
        return allowed ? Optional.of(d) : Optional.empty();
    }

    public static DocumentSummary summary(Document d) {
        return new DocumentSummary(d.id, d.originalFilename, d.contentType, d.sizeBytes, d.sha256, d.provenanceUrl,
                d.fetchedAt, d.status.name(), d.failureReason, d.pageCount, d.review == null ? null : d.review.id,
                "/api/v1/documents/" + d.id + "/content",
                d.sightings.stream().map(s -> new SightingDto(s.source.code, s.url, s.fileName, s.boardId, s.firstSeenAt,
                        s.lastSeenAt)).toList());
    }

    private BoardRef boardRef(Review r) {
        if (r.boardId == null) {
            return null;
        }
        return boards.byId(r.boardId)
                .map(BoardRef::of)
                .orElse(new BoardRef(r.boardId, r.boardName, r.nation, r.region));
    }

    /** The document as just recorded by the pipeline, for the upload response. */
    @Transactional
    public DocumentSummary documentForSubmitter(long id) {
        return summary(em.find(Document.class, id));
    }
}
