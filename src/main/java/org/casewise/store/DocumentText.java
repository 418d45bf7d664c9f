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
}
