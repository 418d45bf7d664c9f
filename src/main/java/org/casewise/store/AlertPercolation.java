package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The review version that was last run against every alert. Kept apart from {@link IndexState}
 * (like it is kept apart from {@code review}) because indexing and percolation can fail separately:
 * a review the engine indexed but could not percolate stays pending here until it is.
 */
@Entity
@Table(name = "alert_percolation")
public class AlertPercolation {

    @Id
    @Column(name = "review_id")
    public Long reviewId;

    @Column(name = "percolated_version", nullable = false)
    public long percolatedVersion;

    @Column(name = "percolated_at", nullable = false)
    public Instant percolatedAt;
}
