package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A saved search that alerts: its filter (as JSON in the {@code FilterParameters} names), who it
 * may show (the creator's entitlement) and the secret that opens its feed. The engine's percolator
 * query is derived from this row; {@link #registered} says whether the engine holds it yet.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "query_json", nullable = false)
    public String queryJson;

    @Column(name = "feed_token", nullable = false, length = 64)
    public String feedToken;

    @Column(nullable = false)
    public boolean entitled;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public boolean registered;
}
