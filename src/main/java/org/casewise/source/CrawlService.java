package org.casewise.source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewise.config.CasewiseConfig;
import org.casewise.store.CrawlRun;
import org.casewise.store.Source;
import org.jboss.logging.Logger;

/**
 * Starts crawls (on demand and on each source's cron schedule) and runs their discovery in the
 * background: {@link CrawlDiscovery} walks the source and queues what it lists; the work queue does
 * the rest. One running discovery per source at a time.
 */
@ApplicationScoped
public class CrawlService {

    private static final Logger LOG = Logger.getLogger(CrawlService.class);

    @Inject
    SourceRegistry registry;

    @Inject
    CrawlDiscovery discovery;

    @Inject
    EntityManager em;

    @Inject
    CasewiseConfig config;

    private final AtomicInteger threadCount = new AtomicInteger();
    /** Discovery is mostly waiting on polite delays, so a few run side by side; each source is serial. */
    private final ExecutorService crawls = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "crawl-" + threadCount.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    void onStart(@Observes StartupEvent event) {
        // A discovery that was running when the service stopped cannot be resumed mid-walk; the items it
        // queued are still processed, and the next crawl walks the source again.
        int interrupted = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                update CrawlRun r set r.status = :interrupted, r.finishedAt = :now,
                  r.error = 'the service stopped during discovery'
                where r.status = :running and r.discoveryFinishedAt is null""")
                .setParameter("interrupted", CrawlRun.Status.INTERRUPTED).setParameter("running", CrawlRun.Status.RUNNING)
                .setParameter("now", Instant.now()).executeUpdate());
        if (interrupted > 0) {
            LOG.warnf("%d crawl(s) were interrupted by the last shutdown; their queued items will still be processed",
                    interrupted);
        }
    }

    /**
     * Starts a crawl of a source.
     *
     * @param trigger schedule, api or cli
     * @return the run's id; discovery continues in the background
     */
    public long start(String code, String trigger) {
        Source source = registry.require(code);
        if (!source.kind.crawlable()) {
            throw new InvalidSourceException("code", "a source of kind " + source.kind.code() + " cannot be crawled");
        }
        if (!source.enabled) {
            throw new SourceConflictException("source '" + code + "' is disabled; enable it to crawl");
        }
        long runId = QuarkusTransaction.requiringNew().call(() -> {
            // Lock the source row so two simultaneous requests cannot both start a run.
            Source locked = em.find(Source.class, source.id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            List<CrawlRun> running = em.createQuery("""
                    select r from CrawlRun r where r.sourceId = :s and r.status = :running
                    and r.discoveryFinishedAt is null""", CrawlRun.class)
                    .setParameter("s", locked.id).setParameter("running", CrawlRun.Status.RUNNING).getResultList();
            if (!running.isEmpty()) {
                throw new SourceConflictException("source '" + code + "' is already being crawled (run "
                        + running.get(0).id + ")");
            }
            CrawlRun run = new CrawlRun();
            run.sourceId = locked.id;
            run.startedAt = Instant.now();
            run.status = CrawlRun.Status.RUNNING;
            run.trigger = trigger;
            em.persist(run);
            em.flush();
            return run.id;
        });
        LOG.infof("Crawl %d of %s (%s) started by %s", runId, source.code, source.kind.code(), trigger);
        crawls.submit(() -> discovery.run(source, runId));
        return runId;
    }

    /** Starts the crawls whose schedule is due; a source already being crawled waits for its next time. */
    @Scheduled(every = "15s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void startDueCrawls() {
        if (!config.sources().schedules()) {
            return;
        }
        Instant now = Instant.now();
        List<Source> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select s from Source s where s.enabled = true and s.schedule is not null
                and s.nextCrawlAt is not null and s.nextCrawlAt <= :now""", Source.class)
                .setParameter("now", now).getResultList());
        for (Source s : due) {
            QuarkusTransaction.requiringNew().run(() -> em.find(Source.class, s.id).nextCrawlAt =
                    SourceValidator.nextRun(s.schedule, now).orElse(null));
            try {
                start(s.code, "schedule");
            } catch (SourceConflictException e) {
                LOG.infof("Scheduled crawl of %s skipped: %s", s.code, e.getMessage());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Scheduled crawl of %s could not start", s.code);
            }
        }
    }

    @PreDestroy
    void stop() {
        crawls.shutdownNow();
    }
}
