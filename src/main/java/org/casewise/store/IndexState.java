package org.casewise.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the search index has confirmed for one review: the review version it holds.
 *
 * <p>Deliberately not a column of {@code review}: writing it must not bump the review's own version,
 * and a row must outlive a deleted review so the reconciler can remove the review from the index.
 */
@Entity
@Table(name = "index_state")
public class IndexState {

    @Id
    @Column(name = "review_id")
    public Long reviewId;

    @Column(name = "indexed_version", nullable = false)
    public long indexedVersion;

    @Column(name = "indexed_at", nullable = false)
    public Instant indexedAt;
}
