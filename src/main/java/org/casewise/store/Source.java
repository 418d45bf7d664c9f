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

/** Where reports come from: a national repository, a board's web site, a feed, a folder, uploads, single URLs. */
@Entity
@Table(name = "source")
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Stable machine name, e.g. {@code upload} or {@code folder:sample}. */
    @Column(nullable = false, unique = true, length = 100)
    public String code;

    @Column(nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SourceKind kind;

    /** Folder path or base URL. */
    @Column(length = 2000)
    public String location;

    /** The registry board this source publishes for, when the source is a board's own site. */
    @Column(name = "board_id", length = 100)
    public String boardId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Crawl settings as JSON ({@link org.casewise.source.SourceSettings}); null for uploads and single URLs. */
    @Column(columnDefinition = "TEXT")
    public String settings;

    /** Quartz-style cron expression for scheduled crawls; null: crawled only on demand. */
    @Column(length = 100)
    public String schedule;

    /** A disabled source keeps its documents but is not crawled, on schedule or on demand. */
    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "next_crawl_at")
    public Instant nextCrawlAt;
}
