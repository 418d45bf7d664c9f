package org.casewise.source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casewise.api.CrawlRunView;
import org.casewise.api.DocumentHistory;
import org.casewise.api.HistoryEvent;
import org.casewise.api.SourceView;
import org.casewise.api.WorkItemView;
import org.casewise.store.CrawlError;
import org.casewise.store.CrawlRun;
import org.casewise.store.Document;
import org.casewise.store.IngestEvent;
import org.casewise.store.Source;
import org.casewise.store.WorkItem;
import org.casewise.store.WorkState;

/**
 * Read side of sources, crawls and the queue, as API DTOs. Run counts are computed from the items
 * that name the run, so they always agree with what the queue did.
 */
@ApplicationScoped
public class SourceStatus {

    /** Errors listed per run at most; the items endpoint pages through all of them. */
    private static final int MAX_ERRORS = 200;

    @Inject
    EntityManager em;

    public List<SourceView> sources() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select s from Source s order by s.code",
                Source.class).getResultList().stream().map(this::view).toList());
    }

    public SourceView source(String code) {
        return QuarkusTransaction.requiringNew().call(() -> view(find(code)));
    }

    public List<CrawlRunView> runs(String code, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Source s = find(code);
            return em.createQuery("select r from CrawlRun r where r.sourceId = :s order by r.id desc", CrawlRun.class)
                    .setParameter("s", s.id).setMaxResults(limit).getResultList().stream()
                    .map(r -> run(r, s.code)).toList();
        });
    }

    public Optional<CrawlRunView> run(long runId) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(em.find(CrawlRun.class, runId))
                .map(r -> run(r, em.find(Source.class, r.sourceId).code)));
    }

    public List<WorkItemView> items(String code, WorkState state, int offset, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Source s = find(code);
            return em.createQuery("select w from WorkItem w where w.sourceId = :s and (:state is null or w.state = :state)"
                            + " order by w.id", WorkItem.class)
                    .setParameter("s", s.id).setParameter("state", state).setFirstResult(offset).setMaxResults(limit)
                    .getResultList().stream().map(w -> item(w, s.code)).toList();
        });
    }

    public Optional<DocumentHistory> history(long documentId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Document d = em.find(Document.class, documentId);
            if (d == null) {
                return Optional.<DocumentHistory>empty();
            }
            List<WorkItem> items = em.createQuery("""
                    select w from WorkItem w where w.documentId = :d or w.previousDocumentId = :d
                    or w.id in (select e.workItemId from IngestEvent e where e.documentId = :d)
                    order by w.id""", WorkItem.class).setParameter("d", documentId).getResultList();
            List<Long> itemIds = items.stream().map(w -> w.id).toList();
            List<IngestEvent> events = em.createQuery("""
                    select e from IngestEvent e where e.documentId = :d or e.workItemId in :items
                    order by e.occurredAt, e.id""", IngestEvent.class)
                    .setParameter("d", documentId).setParameter("items", itemIds.isEmpty() ? List.of(-1L) : itemIds)
                    .getResultList();
            Map<Long, String> codes = new LinkedHashMap<>();
            return Optional.of(new DocumentHistory(d.id, d.status.name(),
                    events.stream().map(e -> new HistoryEvent(e.occurredAt, e.state, e.detail, e.workItemId)).toList(),
                    items.stream().map(w -> item(w, codes.computeIfAbsent(w.sourceId,
                            id -> em.find(Source.class, id).code))).toList()));
        });
    }

    private Source find(String code) {
        return em.createQuery("select s from Source s where s.code = :c", Source.class).setParameter("c", code)
                .getResultStream().findFirst().orElseThrow(() -> new SourceNotFoundException(code));
    }

    private SourceView view(Source s) {
        Map<String, Long> byState = new LinkedHashMap<>();
        for (WorkState state : WorkState.values()) {
            byState.put(state.name().toLowerCase(Locale.ROOT), 0L);
        }
        em.createQuery("select w.state, count(w) from WorkItem w where w.sourceId = :s group by w.state", Object[].class)
                .setParameter("s", s.id).getResultList()
                .forEach(r -> byState.put(r[0].toString().toLowerCase(Locale.ROOT), (Long) r[1]));
        long gone = em.createQuery("select count(w) from WorkItem w where w.sourceId = :s and w.published = false",
                Long.class).setParameter("s", s.id).getSingleResult();
        CrawlRunView last = em.createQuery("select r from CrawlRun r where r.sourceId = :s order by r.id desc",
                        CrawlRun.class).setParameter("s", s.id).setMaxResults(1).getResultStream().findFirst()
                .map(r -> run(r, s.code)).orElse(null);
        return new SourceView(s.code, s.name, s.kind.code(), s.enabled, s.schedule, s.nextCrawlAt, last, byState, gone,
                SourceRegistry.definition(s));
    }

    private CrawlRunView run(CrawlRun r, String code) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        em.createQuery("select w.outcome, count(w) from WorkItem w where w.runId = :r group by w.outcome", Object[].class)
                .setParameter("r", r.id).getResultList()
                .forEach(row -> outcomes.put(row[0] == null ? "PENDING" : row[0].toString(), (Long) row[1]));
        long discovered = outcomes.values().stream().mapToLong(Long::longValue).sum();
        long pending = em.createQuery("select count(w) from WorkItem w where w.runId = :r and w.state in :states",
                Long.class).setParameter("r", r.id).setParameter("states", WorkState.CLAIMABLE).getSingleResult();
        List<CrawlRunView.Problem> problems = new ArrayList<>();
        em.createQuery("select e from CrawlError e where e.runId = :r order by e.id", CrawlError.class)
                .setParameter("r", r.id).setMaxResults(MAX_ERRORS).getResultList()
                .forEach(e -> problems.add(new CrawlRunView.Problem(e.url, e.reason, e.occurredAt)));
        em.createQuery("select w from WorkItem w where w.runId = :r and w.state in :failed order by w.id", WorkItem.class)
                .setParameter("r", r.id)
                .setParameter("failed", List.of(WorkState.FAILED, WorkState.QUARANTINED, WorkState.NEEDS_OCR))
                .setMaxResults(MAX_ERRORS).getResultList()
                .forEach(w -> problems.add(new CrawlRunView.Problem(w.url, w.state.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-') + ": " + w.reason, w.updatedAt)));
        return new CrawlRunView(r.id, code, r.status.name().toLowerCase(Locale.ROOT), r.trigger, r.startedAt,
                r.discoveryFinishedAt, r.finishedAt, r.pagesFetched, discovered, outcomes.getOrDefault("NEW", 0L),
                outcomes.getOrDefault("UNCHANGED", 0L), outcomes.getOrDefault("CHANGED", 0L),
                r.removed + outcomes.getOrDefault("REMOVED", 0L),
                outcomes.getOrDefault("FAILED", 0L), pending, r.excludedByRobots, r.error, problems);
    }

    static WorkItemView item(WorkItem w, String code) {
        return new WorkItemView(w.id, code, w.url, w.state.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                w.outcome == null ? null : w.outcome.name().toLowerCase(Locale.ROOT), w.reason, w.attempts,
                w.nextAttemptAt, w.documentId, w.published, w.firstSeenAt, w.lastSeenAt, w.removedAt);
    }
}
