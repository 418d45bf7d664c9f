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
 * One URL (or watched file) a source lists, for as long as it has ever listed it. It carries the
 * pipeline state of the latest version, the validators for conditional GET, and whether the source
 * still publishes it. Plain foreign-key ids rather than associations: the queue code works on ids
 * in short transactions and never needs the graph.
 */
@Entity
@Table(name = "work_item")
public class WorkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id", nullable = false)
    public Long sourceId;

    @Column(nullable = false, length = 2000)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public WorkState state;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public WorkOutcome outcome;

    @Column(length = 2000)
    public String reason;

    /** Failed attempts at the current step (reset when a step succeeds). */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** The worker holding the item, and until when; an expired lease means its worker died. */
    @Column(name = "lease_owner", length = 100)
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** The crawl run that last listed the item (null for items queued by hand). */
    @Column(name = "run_id")
    public Long runId;

    @Column(name = "document_id")
    public Long documentId;

    /** The document fetched before from this URL, while a changed copy is on its way to joining its review. */
    @Column(name = "previous_document_id")
    public Long previousDocumentId;

    /** Hash of the body last fetched, to recognise a server re-sending unchanged bytes without validators. */
    @Column(length = 64)
    public String sha256;

    @Column(length = 500)
    public String etag;

    @Column(name = "last_modified", length = 100)
    public String lastModified;

    @Column(name = "board_hint", length = 100)
    public String boardHint;

    /** The link text or feed item title the URL was found under. */
    @Column(name = "link_text", length = 1000)
    public String linkText;

    @Column(nullable = false)
    public boolean published = true;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
