package org.casewise.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.casewise.store.IngestEvent;
import org.casewise.store.Source;
import org.jboss.logging.Logger;

/**
 * The pipeline for one file, as three steps: store the original and record it, extract its text,
 * analyse it into a review ({@link ReviewLinker}). Each step commits on its own and is idempotent:
 * it looks at the document's status under a row lock and does nothing if the step is already done.
 * That is what lets the work queue resume after a crash at any point without doing anything twice,
 * and lets two items that fetched the same bytes share one document safely. A failed file ends as a
 * document with status FAILED, QUARANTINED or NEEDS_OCR and a reason. Indexing is not done here:
 * the {@link org.casewise.index.IndexReconciler} picks up new and changed reviews.
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
    ReviewLinker linker;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    /**
     * What the store step found.
     *
     * @param duplicate the bytes were already recorded (by this or another source)
     * @param tooLarge  the file is over the size limit: recorded and quarantined, never parsed
     */
    public record Stored(long documentId, String sha256, long size, boolean duplicate, boolean tooLarge) {
    }

    /** Store, extract and analyse in one go, for uploads, folders and single URLs. */
    public IngestOutcome ingest(IncomingFile file, Source source, boolean rejectOversized) throws IOException {
        Stored stored = store(file, source, rejectOversized, d -> { });
        if (stored.duplicate()) {
            Optional<IngestOutcome> done = finished(stored.documentId());
            if (done.isPresent()) {
                LOG.debugf("%s is already in the collection as document %d", file.fileName(), stored.documentId());
                return done.get();
            }
            // Known bytes whose processing was cut short (a crash): finish it now.
        }
        try {
            extract(stored.documentId(), d -> { });
        } catch (ExtractionException e) {
            // A transient problem (the service is stopping): the document stays STORED for the next attempt.
            return outcome(stored.documentId(), stored.duplicate());
        }
        return linker.analyse(stored.documentId(), file.boardHint(), file.requestedVisibility(), null, d -> { })
                .withDuplicate(stored.duplicate());
    }

    /**
     * Copies the file into the content store and records a document and a sighting, or just the
     * sighting when the bytes are known. {@code sameTx} runs in the recording transaction.
     *
     * @throws FileTooLargeException when over the size limit and {@code rejectOversized} (uploads answer 413)
     */
    public Stored store(IncomingFile file, Source source, boolean rejectOversized, Consumer<Document> sameTx)
            throws IOException {
        long limit = config.ingest().maxFileBytes();
        ContentStore.StoredFile stored;
        try (InputStream in = Files.newInputStream(file.path())) {
            stored = contentStore.put(in, limit);
        }
        if (!stored.stored() && rejectOversized) {
            throw new FileTooLargeException(stored.size(), limit);
        }
        boolean[] duplicate = {false};
        long documentId = QuarkusTransaction.requiringNew().call(() -> {
            Document d = em.createQuery("select d from Document d where d.sha256 = :sha", Document.class)
                    .setParameter("sha", stored.sha256()).getResultStream().findFirst().orElse(null);
            if (d != null) {
                duplicate[0] = true;
                event(d.id, "DUPLICATE", "seen again at " + file.provenanceUrl());
            } else {
                d = recordDocument(file, source, stored);
                if (!stored.stored()) {
                    d.status = DocumentStatus.QUARANTINED;
                    d.failureReason = "file of " + stored.size() + " bytes is over the limit of " + limit + " bytes";
                    event(d.id, d.status.name(), d.failureReason);
                    count(d.status);
                }
            }
            recordSighting(d.id, file, source);
            sameTx.accept(d);
            return d.id;
        });
        return new Stored(documentId, stored.sha256(), stored.size(), duplicate[0], !stored.stored());
    }

    /**
     * Extracts the text of a STORED document; a document past that step is left alone. Unreadable and
     * hostile files end FAILED, QUARANTINED or NEEDS_OCR (and {@code sameTx} still runs, to move the
     * work item with them).
     *
     * @throws ExtractionException only for transient problems ({@link ExtractionException.Disposition#RETRY})
     */
    public void extract(long documentId, Consumer<Document> sameTx) throws ExtractionException {
        Document pending = QuarkusTransaction.requiringNew().call(() -> em.find(Document.class, documentId));
        if (pending.status != DocumentStatus.STORED) {
            QuarkusTransaction.requiringNew().run(() -> sameTx.accept(em.find(Document.class, documentId)));
            return;
        }
        ExtractedText text;
        Timer.Sample timing = Timer.start(metrics);
        try {
            text = extractor.extract(contentStore.path(pending.sha256), pending.originalFilename);
        } catch (NeedsOcrException e) {
            settleFailure(documentId, DocumentStatus.NEEDS_OCR, e.getMessage(), sameTx);
            return;
        } catch (ExtractionException e) {
            if (e.disposition() == ExtractionException.Disposition.RETRY) {
                throw e;
            }
            settleFailure(documentId, e.disposition() == ExtractionException.Disposition.QUARANTINED
                    ? DocumentStatus.QUARANTINED : DocumentStatus.FAILED, e.getMessage(), sameTx);
            return;
        } finally {
            timing.stop(Timer.builder("casewise.extract.duration").description("Text extraction time per document")
                    .publishPercentileHistogram().register(metrics));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
            if (d.status == DocumentStatus.STORED) { // another item with the same bytes may have got here first
                d.contentType = text.contentType();
                d.pageCount = text.pageCount();
                DocumentText t = new DocumentText();
                t.document = d;
                t.content = text.text();
                t.charCount = text.text().length();
                t.truncated = text.truncated();
                t.extractedAt = Instant.now();
                t.propertyTitle = truncate(text.title().orElse(null), 1000);
                t.propertyYear = text.createdYear().orElse(null);
                em.persist(t);
                d.text = t;
                d.status = DocumentStatus.EXTRACTED;
                event(d.id, "EXTRACTED", t.charCount + " characters" + (d.pageCount == null ? "" : ", "
                        + d.pageCount + " pages") + (t.truncated ? " (cut at the limit)" : ""));
            }
            sameTx.accept(d);
        });
    }

    private void settleFailure(long documentId, DocumentStatus status, String reason, Consumer<Document> sameTx) {
        LOG.warnf("Document %d %s: %s", documentId, status.name().toLowerCase(Locale.ROOT).replace('_', ' '), reason);
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
            if (d.status == DocumentStatus.STORED) {
                d.status = status;
                d.failureReason = truncate(reason, 2000);
                event(d.id, status.name(), reason);
                count(status);
            }
            sameTx.accept(d);
        });
    }

    /** The outcome of a document whose processing has ended (analysed, or failed for good). */
    private Optional<IngestOutcome> finished(long documentId) {
        IngestOutcome o = outcome(documentId, true);
        return o.status() == DocumentStatus.STORED || o.status() == DocumentStatus.EXTRACTED
                ? Optional.empty() : Optional.of(o);
    }

    public IngestOutcome outcome(long documentId, boolean duplicate) {
        return QuarkusTransaction.requiringNew().call(() ->
                IngestOutcome.of(em.find(Document.class, documentId), duplicate));
    }

    private Document recordDocument(IncomingFile file, Source source, ContentStore.StoredFile stored) {
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
        event(d.id, "STORED", stored.size() + " bytes from " + file.provenanceUrl());
        return d;
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
            sighting.removedAt = null; // published again
        }
    }

    private void event(long documentId, String state, String detail) {
        em.persist(IngestEvent.of(null, documentId, state, detail));
    }

    private void count(DocumentStatus status) {
        metrics.counter("casewise.documents.ingested", "status", status.name().toLowerCase(Locale.ROOT)).increment();
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
