package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in the history of a work item or a document: the state reached and what happened. */
@Entity
@Table(name = "ingest_event")
public class IngestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "work_item_id")
    public Long workItemId;

    @Column(name = "document_id")
    public Long documentId;

    /** A {@link WorkState} name, or a document-only step such as STORED or DUPLICATE. */
    @Column(nullable = false, length = 20)
    public String state;

    @Column(length = 2000)
    public String detail;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static IngestEvent of(Long workItemId, Long documentId, String state, String detail) {
        IngestEvent e = new IngestEvent();
        e.workItemId = workItemId;
        e.documentId = documentId;
        e.state = state;
        e.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        e.occurredAt = Instant.now();
        return e;
    }
}
