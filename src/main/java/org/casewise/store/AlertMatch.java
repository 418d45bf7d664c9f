package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A review that matched an alert, and when the match was found. Unique per (alert, review). */
@Entity
@Table(name = "alert_match")
public class AlertMatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "alert_id", nullable = false)
    public Long alertId;

    @Column(name = "review_id", nullable = false)
    public Long reviewId;

    @Column(name = "matched_at", nullable = false)
    public Instant matchedAt;
}
