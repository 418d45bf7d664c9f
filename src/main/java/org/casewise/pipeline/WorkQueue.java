package org.casewise.pipeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.casewise.config.CasewiseConfig;
import org.casewise.store.DocumentStatus;
import org.casewise.store.IngestEvent;
import org.casewise.store.WorkItem;
import org.casewise.store.WorkOutcome;
import org.casewise.store.WorkState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The work queue in the database. Items are claimed with row locks ({@code FOR UPDATE SKIP LOCKED}
 * on PostgreSQL, so instances sharing the database never take the same item) and a lease: a worker
 * that dies holding items loses them when the lease runs out. Every state change is written with an
 * event in the same transaction, which is the per-item history the API shows.
 */
@ApplicationScoped
public class WorkQueue {

    @Inject
    EntityManager em;

    @Inject
    CasewiseConfig config;

    @ConfigProperty(name = "quarkus.datasource.db-kind", defaultValue = "h2")
    String dbKind;

    /** An item as a crawl found it. */
    public record Listing(String url, String boardHint, String linkText) {
    }

    /**
     * Queues a URL for a source, or re-queues one it listed before (to be re-checked with its
     * validators). An item still in the pipeline is only re-tagged with the run.
     *
     * @return true when the URL is new to the source
     */
    public boolean enqueue(long sourceId, Long runId, Listing listing) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            WorkItem item = em.createQuery("select w from WorkItem w where w.sourceId = :s and w.url = :u", WorkItem.class)
                    .setParameter("s", sourceId).setParameter("u", listing.url()).getResultStream().findFirst().orElse(null);
            boolean fresh = item == null;
            if (fresh) {
                item = new WorkItem();
                item.sourceId = sourceId;
                item.url = listing.url();
                item.firstSeenAt = now;
                item.state = WorkState.QUEUED;
            } else if (item.state.settled() && item.state != WorkState.QUARANTINED) {
                item.state = WorkState.QUEUED; // re-check it; a conditional GET keeps this cheap
                item.attempts = 0;
                item.nextAttemptAt = null;
            }
            if (!item.published) {
                item.published = true; // listed again after it had been taken down
                item.removedAt = null;
            }
            item.runId = runId;
            item.outcome = null;
            item.boardHint = listing.boardHint();
            item.linkText = IngestService.truncate(listing.linkText(), 1000);
            item.lastSeenAt = now;
            item.updatedAt = now;
            if (fresh) {
                em.persist(item);
                em.flush();
            }
            if (item.state == WorkState.QUEUED) {
                em.persist(IngestEvent.of(item.id, item.documentId, WorkState.QUEUED.name(),
                        (fresh ? "discovered" : "listed again") + (runId == null ? "" : " by crawl " + runId)));
            } else if (item.state == WorkState.QUARANTINED) {
                item.outcome = WorkOutcome.UNCHANGED; // never fetched again: quarantine is for a person to lift
            }
            return fresh;
        });
    }

    /** Claims up to {@code max} items that are due and not leased by a live worker. */
    @SuppressWarnings("unchecked")
    public List<Long> claim(String owner, int max) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            // SKIP LOCKED lets several instances claim side by side without waiting on each other's rows.
            String lock = "postgresql".equals(dbKind) ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE";
            List<Number> ids = em.createNativeQuery("SELECT id FROM work_item WHERE state IN ('QUEUED','FETCHED','EXTRACTED')"
                    + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?1) AND (lease_until IS NULL OR lease_until < ?1)"
                    + " ORDER BY id FETCH FIRST " + max + " ROWS ONLY" + lock)
                    .setParameter(1, now).getResultList();
            List<Long> claimed = ids.stream().map(Number::longValue).toList();
            if (!claimed.isEmpty()) {
                em.createQuery("update WorkItem w set w.leaseOwner = :o, w.leaseUntil = :u where w.id in :ids")
                        .setParameter("o", owner).setParameter("u", now.plus(config.queue().lease()))
                        .setParameter("ids", claimed).executeUpdate();
            }
            return claimed;
        });
    }

    public Optional<WorkItem> find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WorkItem w = em.find(WorkItem.class, id);
            if (w != null) {
                em.detach(w);
            }
            return Optional.ofNullable(w);
        });
    }

    /**
     * Changes an item inside the caller's transaction and records the event; {@code change} sets the
     * new state (and anything else). Must run in a transaction.
     */
    public WorkItem apply(long id, String detail, Consumer<WorkItem> change) {
        WorkItem w = em.find(WorkItem.class, id);
        WorkState before = w.state;
        change.accept(w);
        w.updatedAt = Instant.now();
        if (w.state != before || detail != null) {
            em.persist(IngestEvent.of(w.id, w.documentId, w.state.name(), detail));
        }
        if (w.state.settled()) {
            w.leaseOwner = null;
            w.leaseUntil = null;
            w.attempts = 0;
            w.nextAttemptAt = null;
        }
        if (w.state == WorkState.FAILED || w.state == WorkState.QUARANTINED || w.state == WorkState.NEEDS_OCR) {
            if (w.outcome != WorkOutcome.UNCHANGED && w.outcome != WorkOutcome.REMOVED) {
                w.outcome = WorkOutcome.FAILED;
            }
        }
        return w;
    }

    /** {@link #apply} in a transaction of its own. */
    public void update(long id, String detail, Consumer<WorkItem> change) {
        QuarkusTransaction.requiringNew().run(() -> apply(id, detail, change));
    }

    /**
     * A transient failure: the item goes back to wait with exponential backoff, or ends FAILED when
     * it has used its attempts.
     */
    public void retryLater(long id, String reason) {
        update(id, null, w -> {
            w.attempts++;
            w.leaseOwner = null;
            w.leaseUntil = null;
            if (w.attempts >= config.queue().maxAttempts()) {
                w.state = WorkState.FAILED;
                w.reason = IngestService.truncate("gave up after " + w.attempts + " attempts: " + reason, 2000);
            } else {
                Duration wait = config.queue().retryBase().multipliedBy(1L << Math.min(10, w.attempts - 1));
                w.nextAttemptAt = Instant.now().plus(wait);
                w.reason = IngestService.truncate("attempt " + w.attempts + " failed, retrying in " + wait.toSeconds()
                        + " s: " + reason, 2000);
                em.persist(IngestEvent.of(w.id, w.documentId, "RETRY", w.reason));
            }
        });
    }

    /** Gives an item back without changing it (the worker is stopping). */
    public void release(long id) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update WorkItem w set w.leaseOwner = null, w.leaseUntil = null where w.id = :id")
                .setParameter("id", id).executeUpdate());
    }

    /**
     * At start, on H2: an H2 file database is open in one process only, so every lease in it belongs
     * to a dead process and is released at once. On a shared database leases run out by themselves.
     *
     * @return the items released
     */
    public int releaseLeasesOfDeadProcess() {
        if (!"h2".equals(dbKind)) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "update WorkItem w set w.leaseOwner = null, w.leaseUntil = null where w.leaseOwner is not null")
                .executeUpdate());
    }

    /** ANALYSED items whose review the search engine has confirmed become INDEXED. */
    public int promoteIndexed() {
        return QuarkusTransaction.requiringNew().call(() -> {
            String confirmed = " FROM work_item w WHERE w.state = 'ANALYSED' AND EXISTS (SELECT 1 FROM document d"
                    + " JOIN review r ON r.id = d.review_id JOIN index_state s ON s.review_id = r.id"
                    + " WHERE d.id = w.document_id AND s.indexed_version >= r.version)";
            Instant now = Instant.now();
            em.createNativeQuery("INSERT INTO ingest_event (work_item_id, document_id, state, detail, occurred_at)"
                    + " SELECT w.id, w.document_id, 'INDEXED', 'searchable', ?1" + confirmed)
                    .setParameter(1, now).executeUpdate();
            return em.createNativeQuery("UPDATE work_item SET state = 'INDEXED', updated_at = ?1 WHERE id IN (SELECT w.id"
                    + confirmed + ")").setParameter(1, now).executeUpdate();
        });
    }

    /** The item state that matches where its document is, for an item that just met a known document. */
    public static WorkState stateOf(DocumentStatus status) {
        return switch (status) {
            case STORED -> WorkState.FETCHED;
            case EXTRACTED -> WorkState.EXTRACTED;
            case ANALYSED -> WorkState.ANALYSED;
            case NEEDS_OCR -> WorkState.NEEDS_OCR;
            case FAILED -> WorkState.FAILED;
            case QUARANTINED -> WorkState.QUARANTINED;
        };
    }
}
