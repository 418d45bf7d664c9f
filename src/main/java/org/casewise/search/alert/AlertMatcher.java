package org.casewise.search.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.casewise.index.EngineAdapter;
import org.casewise.index.Percolator;
import org.casewise.index.ReviewsIndexed;
import org.casewise.search.Viewer;
import org.casewise.store.AlertPercolation;
import org.casewise.store.SavedSearch;
import org.jboss.logging.Logger;

/**
 * Matches newly indexed reviews against every alert, and keeps the engine's copy of the alerts'
 * queries in step with the database.
 *
 * <p>How no match is lost: a review is "pending percolation" while the version the index confirmed
 * (IndexState) differs from the version last percolated (AlertPercolation). Both are database rows,
 * so the pending set survives an engine outage, a failed request or a crash; a run records a review
 * as percolated in the same transaction as its matches, after the engine answered. Runs follow each
 * reconciliation that wrote reviews (the {@link ReviewsIndexed} event) and a schedule, the catch-up
 * path. Matches are idempotent (unique per alert and review), so a repeated run adds nothing.
 *
 * <p>What counts as a match: a review whose current version was saved at or after the alert was
 * created. Alerts report what is new from then on; they are not backfilled with the existing
 * collection (a search shows that), and a review that was waiting to be percolated when the alert
 * was created does not surprise its owner as "new".
 */
@ApplicationScoped
public class AlertMatcher {

    private static final Logger LOG = Logger.getLogger(AlertMatcher.class);
    /** Reviews per percolate request; each carries the review's whole text. */
    private static final int BATCH = 20;

    /** Indexed by the engine at their current version, not yet run against the alerts at it. */
    private static final String PENDING = """
            from Review r, IndexState s
            where s.reviewId = r.id and s.indexedVersion = r.version
              and not exists (select 1 from AlertPercolation p
                              where p.reviewId = r.id and p.percolatedVersion = r.version)""";

    @Inject
    EngineAdapter engine;

    @Inject
    Percolator percolator;

    @Inject
    AlertQueries queries;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    private final ReentrantLock lock = new ReentrantLock();

    void onIndexed(@Observes ReviewsIndexed event) {
        run();
    }

    @Scheduled(every = "${casewise.index.reconcile-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /**
     * Registers unregistered alerts and percolates every pending review. Never throws: what failed
     * stays pending in the database and the next run retries it.
     *
     * @return how many reviews were percolated
     */
    public int run() {
        return run(true);
    }

    /**
     * Gives the engine the queries of alerts it does not hold yet, without percolating: what a new
     * alert needs at once (so the next ingested review is matched against it) without making its
     * creator wait while a backlog of pending reviews is percolated. Never throws.
     */
    public void registerNow() {
        run(false);
    }

    private int run(boolean percolate) {
        try {
            if (!lock.tryLock(30, TimeUnit.SECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        try {
            if (!engine.health().reachable()) {
                return 0;
            }
            if (QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select count(a) from SavedSearch a", Long.class).getSingleResult()) == 0) {
                // No alert can match; what is pending now is percolated once the first alert exists.
                return 0;
            }
            if (percolator.ensureIndex()) {
                LOG.info("Created the alerts percolator index; registering every saved search from the database");
                QuarkusTransaction.requiringNew().run(() ->
                        em.createQuery("update SavedSearch a set a.registered = false").executeUpdate());
            }
            registerAll();
            if (!percolate) {
                return 0;
            }
            int done = 0;
            int batch;
            while ((batch = percolateBatch()) > 0) {
                done += batch;
            }
            return done;
        } catch (RuntimeException e) {
            LOG.warnf("Alert matching failed, will retry: %s", e.getMessage());
            return 0;
        } finally {
            lock.unlock();
        }
    }

    private List<SavedSearch> unregistered() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from SavedSearch a where a.registered = false order by a.id", SavedSearch.class).getResultList());
    }

    private void registerAll() {
        for (SavedSearch alert : unregistered()) {
            try {
                percolator.register(alert.id, queries.engineQuery(mapper.readTree(alert.queryJson), viewer(alert)));
            } catch (IOException | org.casewise.web.BadParameterException e) {
                // The stored query no longer validates (e.g. a theme left the taxonomy): it cannot match.
                LOG.warnf("Saved search %d cannot be registered: %s", alert.id, e.getMessage());
                continue;
            }
            QuarkusTransaction.requiringNew().run(() ->
                    em.createQuery("update SavedSearch a set a.registered = true where a.id = :id")
                            .setParameter("id", alert.id).executeUpdate());
        }
    }

    private int percolateBatch() {
        List<Object[]> pending = QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select r.id, r.version " + PENDING + " order by r.id", Object[].class).setMaxResults(BATCH).getResultList());
        if (pending.isEmpty()) {
            return 0;
        }
        List<Long> ids = pending.stream().map(row -> (Long) row[0]).toList();
        Map<Long, List<Long>> matches = percolator.percolate(ids);
        if (matches.isEmpty()) {
            // The index does not hold any of them (yet): leave them pending rather than loop.
            return 0;
        }
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object[] row : pending) {
                Long reviewId = (Long) row[0];
                long version = (Long) row[1];
                List<Long> alerts = matches.get(reviewId);
                if (alerts == null) {
                    continue;
                }
                for (Long alertId : alerts) {
                    record(alertId, reviewId, now);
                }
                AlertPercolation state = em.find(AlertPercolation.class, reviewId);
                boolean first = state == null;
                if (first) {
                    state = new AlertPercolation();
                    state.reviewId = reviewId;
                }
                state.percolatedVersion = version;
                state.percolatedAt = now;
                if (first) {
                    em.persist(state);
                }
            }
        });
        return matches.size();
    }

    /** Inserts the match unless it exists, the alert was deleted, or the review predates the alert. */
    private void record(Long alertId, Long reviewId, Instant now) {
        em.createNativeQuery("""
                insert into alert_match (alert_id, review_id, matched_at)
                select a.id, r.id, ?1 from saved_search a, review r
                where a.id = ?2 and r.id = ?3 and r.updated_at >= a.created_at
                  and not exists (select 1 from alert_match m where m.alert_id = a.id and m.review_id = r.id)""")
                .setParameter(1, now).setParameter(2, alertId).setParameter(3, reviewId)
                .executeUpdate();
    }

    /** Reviews indexed but not yet run against the alerts. */
    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(r) " + PENDING, Long.class).getSingleResult());
    }

    static Viewer viewer(SavedSearch alert) {
        return alert.entitled ? new Viewer("saved-search", true) : Viewer.ANONYMOUS;
    }
}
