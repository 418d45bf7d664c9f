package org.casewise.index;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.casewise.config.CasewiseConfig;
import org.casewise.store.IndexState;
import org.casewise.store.Review;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

/**
 * Brings the search index up to date with the database, which is the source of truth.
 *
 * <p>Automatic indexing on entity change is switched off (see application.properties): a write made
 * while the engine is down would commit and then be lost from the index with only a log line. Instead
 * every review carries a version and {@link IndexState} records the version the engine confirmed.
 * This reconciler, run on a schedule and right after each ingest, indexes whatever differs and records
 * success only after the engine acknowledged the write. It is idempotent, so a crash at any point
 * costs at most a repeated write. After an outage it also creates the index if it is missing and,
 * if the engine lost documents, forgets the recorded state so that everything is indexed again.
 */
@ApplicationScoped
public class IndexReconciler {

    private static final Logger LOG = Logger.getLogger(IndexReconciler.class);

    /** The reviews whose current version the index has not confirmed: what "pending" means everywhere. */
    private static final String PENDING = """
            from Review r
            where not exists (select 1 from IndexState s
                              where s.reviewId = r.id and s.indexedVersion = r.version)""";

    /** Hibernate Search's default layout reads through this alias of the "reviews" index. */
    static final String READ_ALIAS = "reviews-read";

    @Inject
    CasewiseConfig config;

    @Inject
    EngineAdapter engine;

    @Inject
    SearchMapping searchMapping;

    @Inject
    SearchSession searchSession;

    @Inject
    EntityManager em;

    /** Lets alert matching follow indexing at once (see ReviewsIndexed); observers must not throw. */
    @Inject
    Event<ReviewsIndexed> indexed;

    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean engineInSync;
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile boolean recreateIndex;

    /**
     * The version of the reviews index's fields. Bump it with any change to the {@code Review} mapping
     * (new fields, changed analyzers): an index built by another version is re-created at start.
     * 2: themes, agencies, age bands, outcome, methodology, incident year, nested recommendations.
     * 3: rid (the review id as a sortable field, for search_after paging; the recommendation id in nested records).
     */
    static final String MAPPING_VERSION = "3";

    /** The last pending count and when it was taken, for {@link #recentPendingCount()}. */
    private volatile long pendingCache;
    private volatile long pendingCountedAt;

    @Inject
    MeterRegistry metrics;

    /** Reviews the index is behind by, as a metric an operator can alert on. */
    void registerMetrics(@Observes StartupEvent event) {
        Gauge.builder("casewise.index.pending", this, r -> {
            try {
                return r.pendingCount();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description("Reviews saved in the database but not yet confirmed by the search index").register(metrics);
    }

    @Scheduled(every = "${casewise.index.reconcile-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        reconcile();
    }

    /**
     * Indexes every pending review now. Waits for a run already in progress rather than skipping,
     * so a caller that just wrote a review knows its write was attempted when this returns.
     *
     * @return how many reviews were written to (or removed from) the index
     */
    public int reconcile() {
        try {
            if (!lock.tryLock(30, TimeUnit.SECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        try {
            return reconcileLocked();
        } finally {
            lock.unlock();
        }
    }

    private int reconcileLocked() {
        EngineAdapter.EngineHealth health = engine.health();
        if (!health.reachable()) {
            if (engineInSync) {
                LOG.warnf("Search engine unreachable (%s); writes are kept and will be indexed when it returns",
                        health.error());
            }
            engineInSync = false;
            lastError = "search engine unreachable: " + health.error();
            return 0;
        }
        try {
            if (!engineInSync) {
                prepareIndex();
                engineInSync = true;
            }
            int written = 0;
            int batch;
            while ((batch = indexBatch()) > 0) {
                written += batch;
            }
            if (written > 0) {
                indexed.fire(new ReviewsIndexed(written));
            }
            written += purgeDeleted();
            if (written > 0) {
                LOG.infof("Index reconciled: %d review(s) written", written);
            }
            lastSuccess = Instant.now();
            lastError = null;
            return written;
        } catch (RuntimeException e) {
            // Nothing was recorded for the failed batch; it will be retried on the next run.
            engineInSync = false;
            lastError = e.getMessage();
            LOG.warnf("Index reconciliation failed, will retry: %s", e.getMessage());
            return 0;
        }
    }

    /** Creates the index if missing; if the engine holds fewer documents than recorded, re-indexes all. */
    private void prepareIndex() {
        if (recreateIndex) {
            LOG.info("Re-creating the reviews index with the current settings from index-config/");
            searchMapping.scope(Review.class).schemaManager().dropAndCreate();
            QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from IndexState").executeUpdate());
            recreateIndex = false;
        }
        if (!MAPPING_VERSION.equals(storedMappingVersion())) {
            // The index was built by an older release whose fields differ: build it afresh from the database.
            LOG.infof("The reviews index mapping changed (now %s); re-creating the index and re-indexing every review",
                    MAPPING_VERSION);
            searchMapping.scope(Review.class).schemaManager().dropAndCreate();
            QuarkusTransaction.requiringNew().run(() -> {
                em.createQuery("delete from IndexState").executeUpdate();
                em.createNativeQuery("delete from index_meta where meta_key = 'mapping-version'").executeUpdate();
                em.createNativeQuery("insert into index_meta (meta_key, meta_value) values ('mapping-version', ?1)")
                        .setParameter(1, MAPPING_VERSION).executeUpdate();
            });
        }
        searchMapping.scope(Review.class).schemaManager().createIfMissing();
        long inIndex = engine.countDocuments(READ_ALIAS);
        long recorded = QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(s) from IndexState s", Long.class).getSingleResult());
        if (inIndex < recorded) {
            LOG.warnf("The index holds %d reviews but %d were recorded as indexed (engine data lost?);"
                    + " re-indexing everything from the database", inIndex, recorded);
            QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from IndexState").executeUpdate());
        }
    }

    private String storedMappingVersion() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<?>) em.createNativeQuery(
                        "select meta_value from index_meta where meta_key = 'mapping-version'").getResultList())
                .stream().map(Object::toString).findFirst().orElse(null));
    }

    private int indexBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = em.createQuery("select r.id " + PENDING + " order by r.id", Long.class)
                    .setMaxResults(config.index().batchSize())
                    .getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            List<Review> reviews = em.createQuery("""
                    select distinct r from Review r
                    left join fetch r.documents d left join fetch d.text
                    where r.id in :ids""", Review.class)
                    .setParameter("ids", ids)
                    .getResultList();
            searchSession.indexingPlanSynchronizationStrategy(
                    new StrictIndexingStrategy(config.index().refreshAfterWrite()));
            var plan = searchSession.indexingPlan();
            reviews.forEach(plan::addOrUpdate);
            plan.execute();
            Instant now = Instant.now();
            for (Review r : reviews) {
                record(r.id, r.version, now);
            }
            return reviews.size();
        });
    }

    private int purgeDeleted() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> gone = em.createQuery("""
                    select s.reviewId from IndexState s
                    where not exists (select 1 from Review r where r.id = s.reviewId)""", Long.class)
                    .setMaxResults(config.index().batchSize())
                    .getResultList();
            if (gone.isEmpty()) {
                return 0;
            }
            searchSession.indexingPlanSynchronizationStrategy(
                    new StrictIndexingStrategy(config.index().refreshAfterWrite()));
            var plan = searchSession.indexingPlan();
            gone.forEach(id -> plan.purge(Review.class, id, null));
            plan.execute();
            em.createQuery("delete from IndexState s where s.reviewId in :ids")
                    .setParameter("ids", gone).executeUpdate();
            return gone.size();
        });
    }

    private void record(Long reviewId, long version, Instant now) {
        IndexState state = em.find(IndexState.class, reviewId);
        if (state == null) {
            state = new IndexState();
            state.reviewId = reviewId;
            state.indexedVersion = version;
            state.indexedAt = now;
            em.persist(state);
        } else {
            state.indexedVersion = version;
            state.indexedAt = now;
        }
    }

    /** How far behind the index is. Counts come from the database, so this works with the engine down. */
    public IndexStatus status() {
        EngineAdapter.EngineHealth health = engine.health();
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = em.createQuery("select count(r) from Review r", Long.class).getSingleResult();
            long pending = em.createQuery("select count(r) " + PENDING, Long.class).getSingleResult();
            return new IndexStatus(health.reachable(), health.status(), total, pending, lastSuccess,
                    lastError != null ? lastError : health.error());
        });
    }

    /** Reviews written to the database but not (yet) confirmed by the index. */
    /**
     * {@link #pendingCount()} for request paths: at most one count query per second however many
     * searches run (each search reports the index lag; a count over the whole review table per
     * search would cost more than the search).
     */
    public long recentPendingCount() {
        long now = System.nanoTime();
        if (now - pendingCountedAt > 1_000_000_000L || pendingCountedAt == 0) {
            pendingCache = pendingCount();
            pendingCountedAt = now;
        }
        return pendingCache;
    }

    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(r) " + PENDING, Long.class).getSingleResult());
    }

    /** True when the index holds the review's current version. */
    public boolean isIndexed(long reviewId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select count(s) from IndexState s, Review r
                where s.reviewId = r.id and r.id = :id and s.indexedVersion = r.version""", Long.class)
                .setParameter("id", reviewId).getSingleResult() > 0);
    }

    /**
     * Drop and re-create the index (picking up changed analysis settings), then re-index every review
     * from the database. Searches answer 503 until the index exists again, then fill up as it is rebuilt.
     */
    public void requestRebuild() {
        recreateIndex = true;
        engineInSync = false;
    }
}
