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

/** A numbered recommendation of a review, and the agency it is addressed to when stated. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public Review review;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    public Document document;

    /** The number as printed ('3', '4.2'). */
    @Column(length = 20)
    public String label;

    @Column(nullable = false, length = 4000)
    public String text;

    /** PRIMER §5 agency id, or a board, when the recommendation names one. */
    @Column(length = 100)
    public String addressee;

    @Column(nullable = false)
    public int position;
}
