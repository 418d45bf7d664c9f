package org.casewise.pipeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.casewise.analyse.AnalysisEngine;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReportAnalysis;
import org.casewise.config.CasewiseConfig;
import org.casewise.extract.ExtractedText;
import org.casewise.store.Document;
import org.casewise.store.DocumentStatus;
import org.casewise.store.Review;
import org.jboss.logging.Logger;

/**
 * Applies a new analyser (retrained theme model, changed taxonomy or rules) to the whole collection.
 * Every stored analysis carries the version that produced it; this job re-analyses the documents
 * whose version differs, from their stored text, and re-merges their reviews. Each review's
 * version then goes up, so the index reconciler re-indexes it: a new model reaches the index
 * without anyone running anything, in batches, while the service keeps serving.
 */
@ApplicationScoped
public class Reanalyser {

    private static final Logger LOG = Logger.getLogger(Reanalyser.class);
    static final int BATCH = 25;

    /** Analysed documents whose stored analysis came from another analyser version (or none). */
    private static final String STALE = """
            from Document d join d.text t
            where d.status = :analysed and (t.analysisVersion is null or t.analysisVersion <> :v)""";

    @Inject
    EntityManager em;

    @Inject
    AnalysisEngine engine;

    @Inject
    ReviewAnalysisWriter writer;

    @Inject
    BoardRegistry boards;

    @Inject
    CasewiseConfig config;

    /**
     * After a sweep that found nothing stale, look again only this much later. The version is fixed
     * for the life of the process and new documents are analysed with it, so only documents stored
     * by an instance running another version (a rolling upgrade) can become stale; and the stale
     * query scans every stored text row, which under load took a quarter of the service's CPU.
     */
    static final long CLEAN_PAUSE_NANOS = 10L * 60 * 1_000_000_000L;

    private volatile boolean announced;
    private volatile long cleanAt;

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (!config.analysis().reanalyse()) {
            return;
        }
        if (cleanAt != 0 && System.nanoTime() - cleanAt < CLEAN_PAUSE_NANOS) {
            return;
        }
        while (reanalyseStale(BATCH) > 0) {
            // next batch; each batch commits on its own
        }
        cleanAt = System.nanoTime();
    }

    /** How many documents (and reviews) are not yet analysed with the current analyser. */
    public long staleCount() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(d) " + STALE, Long.class)
                .setParameter("analysed", DocumentStatus.ANALYSED).setParameter("v", engine.version())
                .getSingleResult());
    }

    /**
     * Re-analyses up to {@code batch} stale documents and re-merges their reviews.
     *
     * @return how many documents were re-analysed
     */
    public int reanalyseStale(int batch) {
        String version = engine.version();
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select d.id " + STALE + " order by d.id",
                        Long.class)
                .setParameter("analysed", DocumentStatus.ANALYSED).setParameter("v", version)
                .setMaxResults(batch).getResultList());
        if (ids.isEmpty()) {
            announced = false;
            return 0;
        }
        if (!announced) {
            LOG.infof("Re-analysing %d+ document(s) with analyser %s (stored analyses are from another version)",
                    ids.size(), version);
            announced = true;
        }
        for (long id : ids) {
            reanalyse(id);
        }
        return ids.size();
    }

    private void reanalyse(long documentId) {
        record Input(ExtractedText extracted, String fileName, Optional<Board> sourceBoard) {
        }
        Input in = QuarkusTransaction.requiringNew().call(() -> {
            Document d = em.find(Document.class, documentId);
            Optional<Board> board = boards.byId(d.source == null ? null : d.source.boardId)
                    .or(() -> boards.byId(d.review == null ? null : d.review.boardId));
            return new Input(ReviewLinker.storedExtraction(d), d.originalFilename, board);
        });
        ReportAnalysis analysis = engine.analyse(in.extracted(), in.fileName(), in.sourceBoard());
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
            writer.store(d, analysis);
            if (d.review != null) {
                Review r = em.find(Review.class, d.review.id, LockModeType.PESSIMISTIC_WRITE);
                writer.merge(r);
            }
        });
    }
}
