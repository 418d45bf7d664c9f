package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One place a document was found (source and URL), with when it was first and last seen there.
 * The same bytes published by two boards are one document with two sightings, never two reviews.
 */
@Entity
@Table(name = "document_sighting")
public class DocumentSighting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public Document document;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(name = "file_name", length = 500)
    public String fileName;

    /** The board whose site published it there, when known from outside the text. */
    @Column(name = "board_id", length = 100)
    public String boardId;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    /** When the source stopped publishing the file at this URL (null while it still does). */
    @Column(name = "removed_at")
    public Instant removedAt;
}
