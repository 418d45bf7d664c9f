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

/** One sentence of a document that evidences a theme; what makes a theme credible to a reader. */
@Entity
@Table(name = "theme_evidence")
public class ThemeEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_theme_id")
    public ReviewTheme theme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    public Document document;

    @Column(nullable = false, length = 4000)
    public String sentence;

    /** Rank of the sentence among the theme's evidence, best first. */
    @Column(nullable = false)
    public int position;

    /** The report section the sentence is in (SectionName id). */
    @Column(length = 40)
    public String section;

    /** How strongly the sentence alone evidences the theme, 0..1. */
    @Column
    public Double score;
}
