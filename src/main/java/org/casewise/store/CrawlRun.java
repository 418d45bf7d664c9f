package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One crawl of one source: discovery (pages, feeds, folder listings) and then the work items it
 * queued. Counts of new, unchanged, changed and failed items are read from the items that name the
 * run, so they cannot drift from what the queue really did.
 */
@Entity
@Table(name = "crawl_run")
public class CrawlRun {

    public enum Status {
        /** Discovering, or items it queued are still in the pipeline. */
        RUNNING,
        /** Every item it queued is settled. */
        COMPLETED,
        /** Discovery could not finish (e.g. the start page was unreachable); nothing was marked removed. */
        FAILED,
        /** The service stopped during discovery; the next crawl starts afresh. */
        INTERRUPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id", nullable = false)
    public Long sourceId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "discovery_finished_at")
    public Instant discoveryFinishedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    /** schedule, api or cli. */
    @Column(name = "run_trigger", nullable = false, length = 20)
    public String trigger;

    @Column(name = "pages_fetched", nullable = false)
    public int pagesFetched;

    @Column(name = "excluded_by_robots", nullable = false)
    public int excludedByRobots;

    @Column(nullable = false)
    public int removed;

    @Column(length = 2000)
    public String error;
}
