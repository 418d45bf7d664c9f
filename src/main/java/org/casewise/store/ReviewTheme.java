package org.casewise.store;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A taxonomy theme (PRIMER §4 id) found in a review, with the sentences that evidence it. */
@Entity
@Table(name = "review_theme")
public class ReviewTheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public Review review;

    @Column(name = "theme_id", nullable = false, length = 60)
    public String themeId;

    /** 0..1, from the analyser that assigned the theme. */
    @Column(nullable = false)
    public double confidence;

    @OneToMany(mappedBy = "theme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ThemeEvidence> evidence = new ArrayList<>();
}
