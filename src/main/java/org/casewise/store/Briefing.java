package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A briefing as created: the trainer's request and the content assembled from the reviews at that
 * moment, both as JSON. Stored rather than re-assembled on every download so that the handout a
 * trainer checked is the one their colleagues get, even after the reviews are re-analysed.
 */
@Entity
@Table(name = "briefing")
public class Briefing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 300)
    public String title;

    /** True when a cited review was restricted when the briefing was made: entitled readers only. */
    @Column(nullable = false)
    public boolean restricted;

    // Plain strings over TEXT columns, as DocumentText does (@Lob would be an OID on PostgreSQL).
    @Column(name = "request_json", nullable = false)
    public String requestJson;

    @Column(name = "content_json", nullable = false)
    public String contentJson;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
