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
import org.casewise.index.Analyzers;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A recommendation, learning point or finding of a review, as its own record, and the agency a
 * recommendation is addressed to when stated.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    // Indexed too, so a recommendation hit can name its record (briefings cite learning points by id).
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "rid", projectable = Projectable.YES)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public Review review;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    public Document document;

    /** The number as printed ('3', '4.2', 'Finding 1'). */
    @KeywordField(projectable = Projectable.YES)
    @Column(length = 60)
    public String label;

    /** recommendation, learning or finding ({@code LearningPoint} kinds). */
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 20)
    public String kind = "recommendation";

    /** The report section it was found in. */
    @Column(length = 40)
    public String section;

    // Searchable on its own (nested in the review document), so a query can ask for reviews with a
    // recommendation about X addressed to Y, not X anywhere and Y in another recommendation.
    @FullTextField(analyzer = Analyzers.ENGLISH, searchAnalyzer = Analyzers.ENGLISH_SEARCH, projectable = Projectable.YES)
    @Column(nullable = false, length = 4000)
    public String text;

    /** PRIMER §5 agency id, 'board' or 'national', when the recommendation names one. */
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 100)
    public String addressee;

    @Column(nullable = false)
    public int position;
}
