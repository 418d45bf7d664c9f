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

/** A child a review is about, as the report describes them. Pseudonyms are never unique keys. */
@Entity
@Table(name = "review_child")
public class ReviewChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public Review review;

    @Column(nullable = false)
    public int position;

    @Column(length = 200)
    public String pseudonym;

    @Column(name = "age_years")
    public Double ageYears;

    /** PRIMER §5 age band: unborn, under-1, 1-4, 5-10, 11-15, 16-17, 18-plus. */
    @Column(name = "age_band", length = 20)
    public String ageBand;

    @Column(length = 10)
    public String sex;
}
