package org.casewise.store;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;
import org.casewise.index.Analyzers;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One logical case review. It may be published as several documents (overview report, executive
 * summary, briefing); their text is indexed together under the review.
 *
 * <p>The index is derived: {@link #version} goes up on every change, and {@link IndexState} records
 * the version the index last saw, so the reconciler can tell what the index is missing.
 */
@Entity
@Table(name = "review")
@Indexed(index = "reviews")
public class Review {

    // Also a sortable field: the last tie-breaker that makes search_after paging stable.
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "rid", sortable = Sortable.YES, projectable = Projectable.YES)
    public Long id;

    // Title is searched (boosted) and shown; the keyword twin only sorts.
    @FullTextField(analyzer = Analyzers.ENGLISH, searchAnalyzer = Analyzers.ENGLISH_SEARCH,
            projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = Analyzers.SORT, sortable = Sortable.YES,
            searchable = Searchable.NO, projectable = Projectable.NO)
    @Column(nullable = false, length = 1000)
    public String title;

    /** Registry id of the publishing board, e.g. {@code birmingham}; the facet key. */
    @KeywordField(name = "board", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "board_id", length = 100)
    public String boardId;

    @Column(name = "board_name", length = 300)
    public String boardName;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(length = 40)
    public String nation;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(length = 40)
    public String region;

    /** PRIMER §5 vocabulary: scr, lcspr, child-practice-review, ... */
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "review_type", length = 40)
    public String reviewType;

    @GenericField(name = "year", aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "publication_year")
    public Integer publicationYear;

    /** How the review was conducted: imr-overview, scie-systems, silp, hybrid, appreciative, rapid-review, other. */
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 40)
    public String methodology;

    /** The year of the incident that led to the review, kept apart from the publication year. */
    @GenericField(name = "incidentYear", aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "incident_year")
    public Integer incidentYear;

    /** PRIMER §5: death, serious-harm, other. */
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 20)
    public String outcome;

    /** final, draft or confidential, as the report marks itself. */
    @Column(name = "report_status", length = 20)
    public String reportStatus;

    /** Authors as named, joined with '; '. */
    @Column(length = 1000)
    public String authors;

    /** The analyser version the review's themes and metadata come from; see {@code Reanalyser}. */
    @Column(name = "analysis_version", length = 100)
    public String analysisVersion;

    /** PRIMER §5 agency ids involved with the family. */
    @KeywordField(name = "agency", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    @ElementCollection
    @CollectionTable(name = "review_agency", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "agency_id", length = 60)
    @OrderBy
    public Set<String> agencies = new LinkedHashSet<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReviewChild> children = new ArrayList<>();

    /** Filtered on by every query through the visibility policy; never shown as a facet. */
    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Visibility visibility = Visibility.PUBLIC;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic lock and change counter; the reconciler compares it with {@link IndexState}. */
    @Version
    @Column(nullable = false)
    public long version;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<Document> documents = new ArrayList<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ReviewTheme> themes = new ArrayList<>();

    // Nested, so that one recommendation's text and addressee are matched together.
    @IndexedEmbedded(structure = ObjectStructure.NESTED, includePaths = {"rid", "text", "kind", "addressee", "label"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Recommendation> recommendations = new ArrayList<>();

    /** Theme ids, the main facet; the evidence stays in the database. */
    @Transient
    @KeywordField(name = "theme", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getThemeIds() {
        return themes.stream().map(t -> t.themeId).toList();
    }

    /** Age bands of the children, a facet (a review about two children has two). */
    @Transient
    @KeywordField(name = "ageBand", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getAgeBands() {
        return children.stream().map(c -> c.ageBand).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * All extracted text of the review's documents, for full-text search and highlighting.
     * Stopwords are kept by the analyzer so that highlighted snippets read naturally.
     * Reindexing is explicit (see the reconciler), so no automatic dependency tracking is needed.
     */
    @Transient
    @FullTextField(analyzer = Analyzers.ENGLISH, searchAnalyzer = Analyzers.ENGLISH_SEARCH)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getBody() {
        // A revised report replaces the text of the version it revises; both files stay on the review.
        java.util.Set<Long> revised = documents.stream().filter(d -> Document.REVISION_OF.equals(d.linkRelation))
                .map(d -> d.linkedToDocumentId).collect(Collectors.toSet());
        return documents.stream()
                .filter(d -> !revised.contains(d.id))
                .map(d -> d.text)
                .filter(Objects::nonNull)
                .map(t -> t.cleanContent != null ? t.cleanContent : t.content)
                .collect(Collectors.joining("\n\n"));
    }
}
