package org.casewise.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casewise.config.CasewiseConfig;
import org.casewise.store.CrawlRun;
import org.jboss.logging.Logger;

/**
 * The threads that take items from the work queue, and the housekeeping around them: promoting
 * items to INDEXED once the engine confirms their review, closing crawl runs whose items have all
 * settled, and the per-source, per-state gauges.
 */
@ApplicationScoped
public class QueueWorker {

    private static final Logger LOG = Logger.getLogger(QueueWorker.class);

    @Inject
    WorkQueue queue;

    @Inject
    ItemProcessor processor;

    @Inject
    CasewiseConfig config;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    /** Unique per process, so a restarted instance never mistakes its predecessor's leases for its own. */
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private MultiGauge gauge;

    void onStart(@Observes StartupEvent event) {
        int released = queue.releaseLeasesOfDeadProcess();
        if (released > 0) {
            LOG.infof("Resuming %d work item(s) left in progress by the last run", released);
        }
        gauge = MultiGauge.builder("casewise.queue.items").description("Work items per source and state")
                .register(metrics);
        running = true;
        for (int i = 0; i < config.queue().workers(); i++) {
            Thread t = new Thread(this::loop, "queue-worker-" + (i + 1));
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    private void loop() {
        long idleMillis = config.queue().pollInterval().toMillis();
        while (running) {
            try {
                List<Long> claimed = queue.claim(owner, 1);
                if (claimed.isEmpty()) {
                    Thread.sleep(idleMillis);
                    continue;
                }
                for (Long id : claimed) {
                    if (!running) {
                        queue.release(id);
                    } else {
                        processor.process(id, owner);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.errorf(e, "Queue worker error; pausing before the next claim");
                try {
                    Thread.sleep(idleMillis * 5);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Scheduled(every = "2s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void housekeeping() {
        if (!running) {
            return;
        }
        queue.promoteIndexed();
        closeSettledRuns();
        refreshGauges();
    }

    /** A run whose discovery is over and whose items have all left the claimable states is complete. */
    private void closeSettledRuns() {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("""
                update CrawlRun r set r.status = :done, r.finishedAt = :now
                where r.status = :running and r.discoveryFinishedAt is not null
                and not exists (select 1 from WorkItem w where w.runId = r.id
                                and w.state in (org.casewise.store.WorkState.QUEUED,
                                                org.casewise.store.WorkState.FETCHED,
                                                org.casewise.store.WorkState.EXTRACTED))""")
                .setParameter("done", CrawlRun.Status.COMPLETED).setParameter("running", CrawlRun.Status.RUNNING)
                .setParameter("now", Instant.now()).executeUpdate());
    }

    private void refreshGauges() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select s.code, w.state, count(w) from WorkItem w, Source s where s.id = w.sourceId
                group by s.code, w.state""", Object[].class).getResultList());
        List<MultiGauge.Row<?>> gaugeRows = new ArrayList<>();
        for (Object[] r : rows) {
            gaugeRows.add(MultiGauge.Row.of(Tags.of("source", (String) r[0], "state", r[1].toString().toLowerCase()),
                    ((Number) r[2]).doubleValue()));
        }
        gauge.register(gaugeRows, true);
    }
}
