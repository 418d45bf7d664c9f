package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text Tika extracted from one document, kept apart so listings never load it. */
@Entity
@Table(name = "document_text")
public class DocumentText {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @MapsId
    @OneToOne
    @JoinColumn(name = "document_id")
    public Document document;

    // Mapped as a plain string: TEXT on PostgreSQL and CLOB on H2 both read and write as strings,
    // whereas @Lob would become an OID on PostgreSQL.
    @Column(nullable = false)
    public String content;

    @Column(name = "char_count", nullable = false)
    public int charCount;

    /** True when the text was cut at the configured maximum. */
    @Column(nullable = false)
    public boolean truncated;

    @Column(name = "extracted_at", nullable = false)
    public Instant extractedAt;

    /** The title property of the file (PDF/Office metadata), when it has a meaningful one. */
    @Column(name = "property_title", length = 1000)
    public String propertyTitle;

    /** The year of the file's creation date property. */
    @Column(name = "property_year")
    public Integer propertyYear;

    /**
     * The text the analysis ran on: page headers, footers and contents pages removed. Evidence and
     * section offsets refer to it, and the index uses it instead of {@link #content} when present.
     */
    @Column(name = "clean_content")
    public String cleanContent;

    /** The document's whole analysis (metadata, sections, themes, learning points) as JSON. */
    @Column(name = "analysis_json")
    public String analysisJson;

    /** The analyser version that produced {@link #analysisJson}; another version means re-analyse. */
    @Column(name = "analysis_version", length = 100)
    public String analysisVersion;
}
