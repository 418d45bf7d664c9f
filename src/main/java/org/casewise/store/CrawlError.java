package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A page or feed a crawl could not read, with the reason. */
@Entity
@Table(name = "crawl_error")
public class CrawlError {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public Long runId;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
