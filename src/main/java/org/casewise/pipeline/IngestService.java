package org.casewise.pipeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.MetadataAnalyser;
import org.casewise.analyse.ReviewMetadata;
import org.casewise.config.CasewiseConfig;
import org.casewise.extract.ExtractedText;
import org.casewise.extract.ExtractionException;
import org.casewise.extract.NeedsOcrException;
import org.casewise.extract.TextExtractor;
import org.casewise.store.ContentStore;
import org.casewise.store.Document;
import org.casewise.store.DocumentSighting;
import org.casewise.store.DocumentStatus;
import org.casewise.store.DocumentText;
import org.casewise.store.Review;
import org.casewise.store.Source;
import org.casewise.store.Visibility;
import org.jboss.logging.Logger;

/**
 * The pipeline for one file: store the original, record it, extract its text, derive metadata,
 * attach it to a review. Each step commits on its own, so a failure later on never loses what an
 * earlier step recorded, and a failed file ends as a document with status FAILED and a reason.
 * Indexing is not done here: the {@link org.casewise.index.IndexReconciler} picks up new reviews.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    @Inject
    CasewiseConfig config;

    @Inject
    ContentStore contentStore;

    @Inject
    TextExtractor extractor;

    @Inject
    MetadataAnalyser analyser;

    @Inject
    BoardRegistry boards;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    /**
     * @throws FileTooLargeException when the file is over the size limit and {@code rejectOversized}
     *                               is set (uploads answer 413); otherwise it is recorded as FAILED
     */
    public IngestOutcome ingest(IncomingFile file, Source source, boolean rejectOversized) throws IOException {
        long limit = config.ingest().maxFileBytes();
        ContentStore.StoredFile stored;
        try (InputStream in = Files.newInputStream(file.path())) {
            stored = contentStore.put(in, limit);
        }
        if (!stored.stored() && rejectOversized) {
            throw new FileTooLargeException(stored.size(), limit);
        }

        Optional<IngestOutcome> existing = findBySha(stored.sha256());
        if (existing.isPresent()) {
            LOG.debugf("%s is already in the collection as document %d", file.fileName(), existing.get().documentId());
            QuarkusTransaction.requiringNew().run(() -> recordSighting(existing.get().documentId(), file, source));
            return existing.get();
        }
        Long documentId = QuarkusTransaction.requiringNew().call(() -> {
            Long id = recordDocument(file, source, stored);
            recordSighting(id, file, source);
            return id;
        });
        if (!stored.stored()) {
            return fail(documentId, DocumentStatus.FAILED,
                    "file of " + stored.size() + " bytes is over the limit of " + limit + " bytes");
        }

        ExtractedText text;
        try {
            text = extractor.extract(contentStore.path(stored.sha256()), file.fileName());
        } catch (NeedsOcrException e) {
            return fail(documentId, DocumentStatus.NEEDS_OCR, e.getMessage());
        } catch (ExtractionException e) {
            return fail(documentId, DocumentStatus.FAILED, e.getMessage());
        }
        Optional<Board> sourceBoard = boards.byId(file.boardHint()).or(() -> boards.byId(source.boardId));
        ReviewMetadata metadata = analyser.analyse(text, file.fileName(), sourceBoard);
        return QuarkusTransaction.requiringNew().call(() -> attachToReview(documentId, text, metadata, file));
    }

    private Optional<IngestOutcome> findBySha(String sha256) {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select d from Document d left join fetch d.review where d.sha256 = :sha", Document.class)
                        .setParameter("sha", sha256)
                        .getResultStream()
                        .findFirst()
                        .map(d -> outcome(d, true)));
    }

    private Long recordDocument(IncomingFile file, Source source, ContentStore.StoredFile stored) {
        Document d = new Document();
        d.source = em.getReference(Source.class, source.id);
        d.sha256 = stored.sha256();
        d.sizeBytes = stored.size();
        d.originalFilename = truncate(file.fileName(), 500);
        d.provenanceUrl = truncate(file.provenanceUrl(), 2000);
        d.fetchedAt = Instant.now();
        d.status = DocumentStatus.STORED;
        em.persist(d);
        em.flush();
        return d.id;
    }

    /** Where these bytes were found this time: a new sighting, or the last-seen time of a known one. */
    private void recordSighting(Long documentId, IncomingFile file, Source source) {
        String url = file.provenanceUrl() == null ? "unknown:" + documentId : truncate(file.provenanceUrl(), 2000);
        Instant now = Instant.now();
        DocumentSighting sighting = em.createQuery("""
                select s from DocumentSighting s
                where s.document.id = :doc and s.source.id = :source and s.url = :url""", DocumentSighting.class)
                .setParameter("doc", documentId).setParameter("source", source.id).setParameter("url", url)
                .getResultStream().findFirst().orElse(null);
        if (sighting == null) {
            sighting = new DocumentSighting();
            sighting.document = em.getReference(Document.class, documentId);
            sighting.source = em.getReference(Source.class, source.id);
            sighting.url = url;
            sighting.fileName = truncate(file.fileName(), 500);
            sighting.boardId = file.boardHint();
            sighting.firstSeenAt = now;
            sighting.lastSeenAt = now;
            em.persist(sighting);
        } else {
            sighting.lastSeenAt = now;
        }
    }

    private IngestOutcome fail(Long documentId, DocumentStatus status, String reason) {
        LOG.warnf("Document %d %s: %s", documentId, status == DocumentStatus.NEEDS_OCR ? "needs OCR" : "failed", reason);
        metrics.counter("casewise.documents.ingested", "status", status.name().toLowerCase(java.util.Locale.ROOT)).increment();
        return QuarkusTransaction.requiringNew().call(() -> {
            Document d = em.find(Document.class, documentId);
            d.status = status;
            d.failureReason = truncate(reason, 2000);
            return outcome(d, false);
        });
    }

    private IngestOutcome attachToReview(Long documentId, ExtractedText text, ReviewMetadata metadata,
                                         IncomingFile file) {
        Document d = em.find(Document.class, documentId);
        d.contentType = text.contentType();
        d.pageCount = text.pageCount();

        DocumentText t = new DocumentText();
        t.document = d;
        t.content = text.text();
        t.charCount = text.text().length();
        t.truncated = text.truncated();
        t.extractedAt = Instant.now();
        em.persist(t);
        d.text = t;

        Instant now = Instant.now();
        Review r = new Review();
        r.title = truncate(metadata.title(), 1000);
        if (metadata.board() != null) {
            r.boardId = metadata.board().id();
            r.boardName = metadata.board().name();
            r.nation = metadata.board().nation();
            r.region = metadata.board().region();
        }
        r.reviewType = metadata.reviewType();
        r.publicationYear = metadata.year();
        // A submitter may restrict a report, never publish one that reads as a confidential draft.
        r.visibility = metadata.visibility() == Visibility.RESTRICTED || file.requestedVisibility() == Visibility.RESTRICTED
                ? Visibility.RESTRICTED : Visibility.PUBLIC;
        r.createdAt = now;
        r.updatedAt = now;
        em.persist(r);
        r.documents.add(d);
        d.review = r;
        d.status = DocumentStatus.ANALYSED;
        d.failureReason = null;
        em.flush();
        metrics.counter("casewise.documents.ingested", "status", "analysed").increment();
        LOG.infof("Ingested %s as review %d: %s [%s, %s, %s]", file.fileName(), r.id, r.title,
                r.boardId == null ? "board unknown" : r.boardId, r.reviewType, r.publicationYear);
        return outcome(d, false);
    }

    private static IngestOutcome outcome(Document d, boolean duplicate) {
        return new IngestOutcome(d.id, d.sha256, d.sizeBytes, d.contentType, d.status, d.failureReason,
                d.review == null ? null : d.review.id, duplicate);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
