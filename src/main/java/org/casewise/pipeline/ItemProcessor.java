package org.casewise.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import org.casewise.extract.ExtractionException;
import org.casewise.fetch.FetchResult;
import org.casewise.fetch.FetcherPool;
import org.casewise.fetch.Validators;
import org.casewise.source.SourceRegistry;
import org.casewise.store.Document;
import org.casewise.store.DocumentStatus;
import org.casewise.store.Source;
import org.casewise.store.SourceKind;
import org.casewise.store.WorkItem;
import org.casewise.store.WorkOutcome;
import org.casewise.store.WorkState;
import org.jboss.logging.Logger;

/**
 * Moves one claimed work item through the pipeline, one committed step at a time: fetch (a
 * conditional GET, or a file's size and time for folders), extract, analyse. Each step's result and
 * the item's new state commit together, so a crash repeats at most the step in flight, and the
 * steps themselves are idempotent.
 */
@ApplicationScoped
public class ItemProcessor {

    private static final Logger LOG = Logger.getLogger(ItemProcessor.class);

    @Inject
    WorkQueue queue;

    @Inject
    IngestService ingest;

    @Inject
    ReviewLinker linker;

    @Inject
    FetcherPool fetchers;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    /** Runs the item's steps until it settles, fails transiently, or the worker no longer holds it. */
    public void process(long itemId, String owner) {
        for (int step = 0; step < 4; step++) {
            WorkItem w = queue.find(itemId).orElse(null);
            if (w == null || !WorkState.CLAIMABLE.contains(w.state) || !owner.equals(w.leaseOwner)) {
                return;
            }
            try {
                switch (w.state) {
                    case QUEUED -> fetch(w);
                    case FETCHED -> extract(w);
                    case EXTRACTED -> analyse(w);
                    default -> {
                        return;
                    }
                }
            } catch (ExtractionException e) {
                queue.retryLater(itemId, e.getMessage());
                return;
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "Work item %d (%s) failed at %s", itemId, w.url, w.state);
                queue.retryLater(itemId, e.getMessage() == null ? e.toString() : e.getMessage());
                return;
            }
        }
    }

    private void fetch(WorkItem w) throws IOException {
        Source source = QuarkusTransaction.requiringNew().call(() -> em.find(Source.class, w.sourceId));
        if (source.kind == SourceKind.FOLDER || w.url.startsWith("file:")) {
            fetchFile(w, source);
            return;
        }
        Validators validators = w.documentId == null ? Validators.none() : new Validators(w.etag, w.lastModified);
        Timer.Sample timing = Timer.start(metrics);
        FetchResult r = fetchers.forSource(source.id, SourceRegistry.settings(source)).fetch(URI.create(w.url), validators);
        timing.stop(Timer.builder("casewise.fetch.duration").description("Document fetch time, waits included")
                .tag("source", source.code).publishPercentileHistogram().register(metrics));
        try {
            switch (r.outcome()) {
                case OK -> {
                    if (w.documentId != null && r.sha256() != null && r.sha256().equals(w.sha256)) {
                        unchanged(w, r.validators(), "same bytes again (the server sent no validators)");
                    } else {
                        store(w, source, new IncomingFile(r.body(), r.fileName(),
                                r.finalUrl().toString(), null, w.boardHint), r.validators());
                    }
                }
                case NOT_MODIFIED -> unchanged(w, r.validators(), "not modified (conditional GET, no body)");
                case NOT_FOUND, GONE -> notThere(w, r.reason());
                case TOO_LARGE -> queue.update(w.id, r.reason(), i -> {
                    i.state = WorkState.QUARANTINED;
                    i.reason = r.reason();
                });
                case DISALLOWED_BY_ROBOTS, REFUSED_BY_GUARD -> queue.update(w.id, r.reason(), i -> {
                    i.state = WorkState.FAILED;
                    i.reason = r.reason();
                });
                case FAILED -> queue.retryLater(w.id, r.reason());
            }
        } finally {
            if (r.body() != null) {
                Files.deleteIfExists(r.body());
            }
        }
    }

    /** A folder's file: its size and modification time are the validators. */
    private void fetchFile(WorkItem w, Source source) throws IOException {
        Path file = Path.of(URI.create(w.url));
        if (!Files.isRegularFile(file)) {
            notThere(w, "the file is no longer in the folder");
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String stamp = attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
        if (w.documentId != null && stamp.equals(w.lastModified)) {
            unchanged(w, new Validators(null, stamp), "same size and modification time");
            return;
        }
        store(w, source, new IncomingFile(file, file.getFileName().toString(), w.url, null, w.boardHint),
                new Validators(null, stamp));
    }

    private void store(WorkItem w, Source source, IncomingFile file, Validators validators) throws IOException {
        ingest.store(file, source, false, d -> queue.apply(w.id, stateDetail(d), i -> {
            boolean changed = i.documentId != null && !i.documentId.equals(d.id);
            if (i.documentId == null || changed) {
                i.outcome = changed ? WorkOutcome.CHANGED : WorkOutcome.NEW;
            } else {
                i.outcome = WorkOutcome.UNCHANGED;
            }
            i.previousDocumentId = changed ? i.documentId : null;
            i.documentId = d.id;
            i.sha256 = d.sha256;
            i.etag = validators.etag();
            i.lastModified = validators.lastModified();
            i.state = WorkQueue.stateOf(d.status);
            i.reason = d.failureReason;
            i.attempts = 0;
        }));
    }

    private void extract(WorkItem w) throws ExtractionException {
        ingest.extract(w.documentId, d -> queue.apply(w.id, stateDetail(d), i -> {
            i.state = WorkQueue.stateOf(d.status);
            i.reason = d.failureReason;
            i.attempts = 0;
        }));
    }

    private void analyse(WorkItem w) {
        linker.analyse(w.documentId, w.boardHint, null, w.previousDocumentId, d -> queue.apply(w.id, stateDetail(d), i -> {
            i.state = WorkQueue.stateOf(d.status);
            i.reason = d.failureReason;
            i.previousDocumentId = null;
        }));
    }

    private void unchanged(WorkItem w, Validators validators, String why) {
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = em.find(Document.class, w.documentId);
            queue.apply(w.id, why, i -> {
                i.state = WorkQueue.stateOf(d.status);
                i.outcome = WorkOutcome.UNCHANGED;
                if (validators.etag() != null) {
                    i.etag = validators.etag();
                }
                if (validators.lastModified() != null) {
                    i.lastModified = validators.lastModified();
                }
            });
            em.createQuery("""
                    update DocumentSighting s set s.lastSeenAt = :now, s.removedAt = null
                    where s.document.id = :d and s.source.id = :s""")
                    .setParameter("now", Instant.now()).setParameter("d", d.id).setParameter("s", w.sourceId)
                    .executeUpdate();
        });
    }

    /** 404/410 or a vanished file: a report we have is marked removed; one we never had is a failure. */
    private void notThere(WorkItem w, String reason) {
        if (w.documentId == null) {
            queue.update(w.id, reason, i -> {
                i.state = WorkState.FAILED;
                i.reason = reason;
            });
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = em.find(Document.class, w.documentId);
            WorkItem item = queue.apply(w.id, "no longer published: " + reason, i -> {
                i.state = WorkQueue.stateOf(d.status);
                i.outcome = WorkOutcome.REMOVED;
                i.published = false;
                i.removedAt = Instant.now();
            });
            em.createQuery("""
                    update DocumentSighting s set s.removedAt = :now
                    where s.document.id = :d and s.source.id = :s and s.removedAt is null""")
                    .setParameter("now", item.removedAt).setParameter("d", d.id).setParameter("s", w.sourceId)
                    .executeUpdate();
        });
    }

    private static String stateDetail(Document d) {
        return d.status == DocumentStatus.ANALYSED || d.status == DocumentStatus.STORED
                || d.status == DocumentStatus.EXTRACTED ? "document " + d.id : d.status + ": " + d.failureReason;
    }
}
