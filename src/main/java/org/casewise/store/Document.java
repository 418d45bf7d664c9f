package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One fetched or uploaded file, identified by the SHA-256 of its bytes. The original is kept in the
 * content-addressed store under that hash, whatever happens to its extraction.
 */
@Entity
@Table(name = "document")
public class Document {

    /** {@link #linkRelation} values. */
    public static final String REVISION_OF = "revision-of";
    public static final String SAME_REPORT = "same-report";
    public static final String SUMMARY_OF = "executive-summary-of";
    public static final String OVERVIEW_OF = "overview-of";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Null until analysis has attached the file to a review (or when it failed). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    public Review review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Column(nullable = false, unique = true, length = 64)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Media type detected from the bytes (not the name), e.g. application/pdf. */
    @Column(name = "content_type", length = 200)
    public String contentType;

    @Column(name = "original_filename", length = 500)
    public String originalFilename;

    /** Where the file was found: a URL, or a file: URI for folders and uploads. */
    @Column(name = "provenance_url", length = 2000)
    public String provenanceUrl;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DocumentStatus status;

    @Column(name = "failure_reason", length = 2000)
    public String failureReason;

    @Column(name = "page_count")
    public Integer pageCount;

    /** MinHash fingerprint of the text ({@link org.casewise.analyse.Fingerprint#encode()}), for near-duplicates. */
    @Column(columnDefinition = "TEXT")
    public String fingerprint;

    /** How this document joined an existing review: one of the constants above; null when it started its own. */
    @Column(name = "link_relation", length = 30)
    public String linkRelation;

    /** The document whose review this one joined (null when it started its own review). */
    @Column(name = "linked_to_document_id")
    public Long linkedToDocumentId;

    @OneToOne(mappedBy = "document", fetch = FetchType.LAZY)
    public DocumentText text;

    /** Every source and URL where these bytes were found, first sighting first. */
    @OneToMany(mappedBy = "document")
    @OrderBy("firstSeenAt, id")
    public List<DocumentSighting> sightings = new ArrayList<>();
}
