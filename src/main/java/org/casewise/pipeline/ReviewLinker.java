package org.casewise.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.casewise.analyse.AnalysisEngine;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.CaseIdentity;
import org.casewise.analyse.Fingerprint;
import org.casewise.analyse.MetadataAnalyser;
import org.casewise.analyse.NearDuplicates;
import org.casewise.analyse.ReportAnalysis;
import org.casewise.analyse.ReviewMetadata;
import org.casewise.extract.ExtractedText;
import org.casewise.store.Document;
import org.casewise.store.DocumentStatus;
import org.casewise.store.IngestEvent;
import org.casewise.store.Review;
import org.casewise.store.Visibility;
import org.jboss.logging.Logger;

/**
 * The analyse step: metadata from the text, then the review the document belongs to. A document
 * joins an existing review instead of starting its own when it is a revision of a report fetched
 * before from the same URL, the same report published again (by another board, or re-rendered),
 * an executive summary of a known overview report or the overview of a known summary. That is what
 * keeps facet and trend counts to one per case.
 */
@ApplicationScoped
public class ReviewLinker {

    private static final Logger LOG = Logger.getLogger(ReviewLinker.class);
    /** Near-duplicate candidates compared per document at most (the newest first). */
    private static final int MAX_CANDIDATES = 5000;

    @Inject
    MetadataAnalyser analyser;

    @Inject
    BoardRegistry boards;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    AnalysisEngine engine;

    @Inject
    ReviewAnalysisWriter writer;

    private Timer analysisTimer;

    @PostConstruct
    void meters() {
        analysisTimer = Timer.builder("casewise.analyse.duration")
                .description("Time to analyse one document: cleaning, sections, metadata, themes, learning")
                .publishPercentileHistogram().register(metrics);
    }

    /** The review a new document joins, and why. */
    record Link(long reviewId, long documentId, String relation) {
    }

    private record Input(String text, ExtractedText extracted, String fileName, String sourceBoard) {
    }

    /**
     * Analyses an EXTRACTED document into a review; a document past that step is left alone.
     *
     * @param previousDocumentId the document fetched before from the same URL, when this is a changed copy
     */
    public IngestOutcome analyse(long documentId, String boardHint, Visibility requested, Long previousDocumentId,
            Consumer<Document> sameTx) {
        Optional<Input> input = QuarkusTransaction.requiringNew().call(() -> {
            Document d = em.find(Document.class, documentId);
            if (d.status != DocumentStatus.EXTRACTED || d.text == null) {
                return Optional.<Input>empty();
            }
            return Optional.of(new Input(d.text.content, storedExtraction(d), d.originalFilename, d.source.boardId));
        });
        if (input.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> sameTx.accept(em.find(Document.class, documentId)));
            return outcome(documentId);
        }
        Input in = input.get();
        Optional<Board> sourceBoard = boards.byId(boardHint).or(() -> boards.byId(in.sourceBoard()));
        ReviewMetadata metadata = analyser.analyse(in.extracted(), in.fileName(), sourceBoard);
        // The whole analysis runs outside the transaction: it is CPU work on text already stored.
        ReportAnalysis analysis = analysisTimer.record(() -> engine.analyse(in.extracted(), in.fileName(), sourceBoard));
        Fingerprint fingerprint = Fingerprint.of(in.text());
        Optional<Link> link = revisionOf(previousDocumentId).or(() -> nearDuplicate(documentId, fingerprint, metadata))
                .or(() -> sameCase(documentId, metadata));
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
            if (d.status == DocumentStatus.EXTRACTED) {
                d.fingerprint = fingerprint.encode();
                writer.store(d, analysis);
                Review r = link.map(l -> join(d, l, metadata)).orElseGet(() -> create(d, metadata, requested));
                writer.merge(r);
                d.status = DocumentStatus.ANALYSED;
                d.failureReason = null;
                em.flush();
                em.persist(IngestEvent.of(null, d.id, "ANALYSED", link
                        .map(l -> "joined review " + l.reviewId() + " (" + l.relation() + " document " + l.documentId() + ")")
                        .orElse("review " + r.id + ": " + r.title)));
                metrics.counter("casewise.documents.ingested", "status", "analysed").increment();
                LOG.infof("Ingested %s as review %d%s: %s [%s, %s, %s]", d.originalFilename, r.id,
                        link.map(l -> " (" + l.relation() + ")").orElse(""), r.title,
                        r.boardId == null ? "board unknown" : r.boardId, r.reviewType, r.publicationYear);
            }
            sameTx.accept(d);
        });
        return outcome(documentId);
    }

    /** What the extract step stored for a document, as the analysers take it. */
    static ExtractedText storedExtraction(Document d) {
        return new ExtractedText(d.contentType, d.text.content, d.text.truncated, d.pageCount,
                Optional.ofNullable(d.text.propertyTitle), Optional.ofNullable(d.text.propertyYear));
    }

    private Optional<Link> revisionOf(Long previousDocumentId) {
        if (previousDocumentId == null) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Document previous = em.find(Document.class, previousDocumentId);
            return previous == null || previous.review == null ? Optional.<Link>empty()
                    : Optional.of(new Link(previous.review.id, previous.id, Document.REVISION_OF));
        });
    }

    /**
     * The best near-duplicate among analysed documents of the same publication year (or of unknown
     * year), an exact re-publication before a summary/overview pair.
     */
    private Optional<Link> nearDuplicate(long documentId, Fingerprint fingerprint, ReviewMetadata metadata) {
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> candidates = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select d.id, d.review.id, d.fingerprint from Document d
                where d.fingerprint is not null and d.review is not null and d.id <> :id
                  and (:year is null or d.review.publicationYear is null or d.review.publicationYear = :year)
                order by d.id desc""", Object[].class)
                .setParameter("id", documentId).setParameter("year", metadata.year())
                .setMaxResults(MAX_CANDIDATES).getResultList());
        Link best = null;
        for (Object[] c : candidates) {
            Fingerprint other;
            try {
                other = Fingerprint.decode((String) c[2]);
            } catch (IllegalArgumentException e) {
                continue; // written by an older version; it will simply not be matched
            }
            NearDuplicates.Relation relation = NearDuplicates.relate(fingerprint, other);
            String name = switch (relation) {
                case SAME_REPORT -> Document.SAME_REPORT;
                case SUMMARY_OF -> Document.SUMMARY_OF;
                case OVERVIEW_OF -> Document.OVERVIEW_OF;
                case NONE -> null;
            };
            if (name != null && (best == null || Document.SAME_REPORT.equals(name))) {
                best = new Link((Long) c[1], (Long) c[0], name);
                if (Document.SAME_REPORT.equals(name)) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * An executive summary and its overview report by title: same board, same year, same case
     * pseudonym, one of the two a summary. Texts alone miss most such pairs (see {@link CaseIdentity}).
     */
    private Optional<Link> sameCase(long documentId, ReviewMetadata metadata) {
        Optional<String> pseudonym = CaseIdentity.pseudonym(metadata.title());
        if (metadata.board() == null || metadata.year() == null || pseudonym.isEmpty()) {
            return Optional.empty();
        }
        boolean summary = CaseIdentity.isSummary(metadata.title());
        List<Object[]> candidates = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select d.id, r.id, r.title from Document d join d.review r
                where r.boardId = :board and r.publicationYear = :year and d.id <> :id
                order by d.id""", Object[].class)
                .setParameter("board", metadata.board().id()).setParameter("year", metadata.year())
                .setParameter("id", documentId).getResultList());
        for (Object[] c : candidates) {
            String title = (String) c[2];
            if (!pseudonym.equals(CaseIdentity.pseudonym(title)) || summary == CaseIdentity.isSummary(title)) {
                continue; // another case, or two summaries / two full reports (those are not this rule's to link)
            }
            return Optional.of(new Link((Long) c[1], (Long) c[0], summary ? Document.SUMMARY_OF : Document.OVERVIEW_OF));
        }
        return Optional.empty();
    }

    private Review join(Document d, Link link, ReviewMetadata metadata) {
        Review r = em.find(Review.class, link.reviewId());
        if (Document.REVISION_OF.equals(link.relation()) || Document.OVERVIEW_OF.equals(link.relation())) {
            // The revised report, or the full overview of a summary we had, is the better source of metadata.
            apply(r, metadata);
        }
        d.linkRelation = link.relation();
        d.linkedToDocumentId = link.documentId();
        r.documents.add(d);
        d.review = r;
        r.updatedAt = Instant.now(); // a new version: the reconciler re-indexes the review with the new text
        metrics.counter("casewise.documents.linked", "relation", link.relation()).increment();
        return r;
    }

    private Review create(Document d, ReviewMetadata metadata, Visibility requested) {
        Instant now = Instant.now();
        Review r = new Review();
        apply(r, metadata);
        // A submitter may restrict a report, never publish one that reads as a confidential draft.
        r.visibility = metadata.visibility() == Visibility.RESTRICTED || requested == Visibility.RESTRICTED
                ? Visibility.RESTRICTED : Visibility.PUBLIC;
        r.createdAt = now;
        r.updatedAt = now;
        em.persist(r);
        r.documents.add(d);
        d.review = r;
        return r;
    }

    private static void apply(Review r, ReviewMetadata metadata) {
        r.title = IngestService.truncate(metadata.title(), 1000);
        if (metadata.board() != null) {
            r.boardId = metadata.board().id();
            r.boardName = metadata.board().name();
            r.nation = metadata.board().nation();
            r.region = metadata.board().region();
        }
        r.reviewType = metadata.reviewType();
        r.publicationYear = metadata.year();
    }

    private IngestOutcome outcome(long documentId) {
        return QuarkusTransaction.requiringNew().call(() ->
                IngestOutcome.of(em.find(Document.class, documentId), false));
    }
}
