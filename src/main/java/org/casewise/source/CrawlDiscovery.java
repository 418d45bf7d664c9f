package org.casewise.source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casewise.fetch.ContentTypes;
import org.casewise.fetch.FetchResult;
import org.casewise.fetch.FetcherPool;
import org.casewise.fetch.PoliteFetcher;
import org.casewise.fetch.RobotsPolicy;
import org.casewise.pipeline.WorkQueue;
import org.casewise.source.crawl.FeedException;
import org.casewise.source.crawl.FeedReader;
import org.casewise.source.crawl.LinkExtractor;
import org.casewise.source.crawl.UrlNormaliser;
import org.casewise.store.CrawlError;
import org.casewise.store.CrawlRun;
import org.casewise.store.Source;
import org.casewise.store.SourceKind;
import org.casewise.store.WorkItem;
import org.casewise.store.WorkOutcome;
import org.jboss.logging.Logger;

/**
 * Walks one source and queues every report it lists: breadth first from the start URLs through
 * listing pages (pagination "next" links do not use up depth), feeds read as feeds wherever they
 * turn up, folders listed file by file. Report links go to the work queue (after a robots.txt
 * check, so a disallowed report is never queued); nothing is downloaded here but pages.
 *
 * <p>When the walk met no transient failure, whatever the source listed before and no longer lists
 * is marked as no longer published there. A walk cut short by a failing page marks nothing: a
 * listing that could not be read is not evidence that reports were taken down.
 */
@ApplicationScoped
public class CrawlDiscovery {

    private static final Logger LOG = Logger.getLogger(CrawlDiscovery.class);
    /** What a watched folder ingests when the source names no patterns. */
    static final Pattern FOLDER_FILES = Pattern.compile("(?i)\\.(pdf|docx?|rtf|odt|html?|txt)$");

    @Inject
    EntityManager em;

    @Inject
    WorkQueue queue;

    @Inject
    FetcherPool fetchers;

    /** Running tallies of one walk. */
    private static final class Walk {
        final long runId;
        int pages;
        int robots;
        int queued;
        boolean incomplete;

        Walk(long runId) {
            this.runId = runId;
        }
    }

    private record Page(URI url, int depth) {
    }

    void run(Source source, long runId) {
        Walk walk = new Walk(runId);
        String fatal = null;
        try {
            SourceSettings settings = SourceRegistry.settings(source);
            if (source.kind == SourceKind.FOLDER) {
                walkFolder(source, settings, walk);
            } else {
                walkWeb(source, settings, walk);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Crawl %d of %s failed", runId, source.code);
            fatal = e.getMessage() == null ? e.toString() : e.getMessage();
            walk.incomplete = true;
        }
        int removed = walk.incomplete ? 0 : markRemoved(source.id, runId);
        finish(walk, removed, fatal);
        LOG.infof("Crawl %d of %s: %d pages read, %d reports listed, %d excluded by robots.txt, %d no longer"
                + " published%s", runId, source.code, walk.pages, walk.queued, walk.robots, removed,
                walk.incomplete ? " (incomplete: removals not marked)" : "");
    }

    private void walkFolder(Source source, SourceSettings settings, Walk walk) {
        Path root = Path.of(source.location);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("folder " + root + " does not exist or is not a directory");
        }
        List<Pattern> patterns = settings.documentPatterns().equals(List.of(SourceSettings.DEFAULT_DOCUMENT_PATTERN))
                ? List.of(FOLDER_FILES) : settings.documents();
        try (Stream<Path> files = Files.walk(root, settings.depth() + 1)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = file.getFileName().toString();
                if (patterns.stream().anyMatch(p -> p.matcher(name).find())) {
                    queue(source, walk, file.toAbsolutePath().normalize().toUri().toString(), name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private void walkWeb(Source source, SourceSettings settings, Walk walk) {
        PoliteFetcher fetcher = fetchers.forSource(source.id, settings);
        List<Pattern> follow = settings.follow();
        List<Pattern> documents = settings.documents();
        Set<URI> seen = new HashSet<>();
        Deque<Page> pages = new ArrayDeque<>();
        for (String start : settings.startUrls()) {
            URI uri = UrlNormaliser.normalise(URI.create(start.strip()));
            if (seen.add(uri)) {
                pages.add(new Page(uri, 0));
            }
        }
        while (!pages.isEmpty() && walk.pages < settings.pages()) {
            Page page = pages.poll();
            FetchResult fetched = fetcher.fetch(page.url());
            try {
                if (!fetched.ok()) {
                    pageFailed(walk, page, fetched, settings.startUrls().size() == 1 && page.depth() == 0);
                    continue;
                }
                walk.pages++;
                String type = fetched.contentType() == null ? "" : fetched.contentType().toLowerCase(Locale.ROOT);
                if (ContentTypes.classify(type) == ContentTypes.Kind.DOCUMENT) {
                    // A "page" that turned out to be a report (e.g. a download link without an extension).
                    queue(source, walk, page.url().toString(), null);
                } else if (type.contains("xml") && !type.contains("html")) {
                    readFeed(source, walk, fetched, page, seen, fetcher);
                } else {
                    for (LinkExtractor.Link link : LinkExtractor.links(fetched.body(), null, fetched.finalUrl())) {
                        consider(source, walk, link.url(), link.text(), "next".equals(link.rel()) ? page.depth()
                                : page.depth() + 1, documents, follow, seen, pages, fetcher, settings.depth());
                    }
                }
            } catch (IOException e) {
                recordError(walk.runId, page.url().toString(), "page could not be read: " + e.getMessage());
                walk.incomplete = true;
            } finally {
                deleteQuietly(fetched.body());
                progress(walk);
            }
        }
        if (!pages.isEmpty()) {
            recordError(walk.runId, pages.peek().url().toString(), "stopped at the limit of " + settings.pages()
                    + " pages per crawl; " + pages.size() + " pages not read");
            walk.incomplete = true;
        }
    }

    private void readFeed(Source source, Walk walk, FetchResult fetched, Page page, Set<URI> seen,
            PoliteFetcher fetcher) {
        try {
            for (FeedReader.FeedItem item : FeedReader.read(fetched.body(), fetched.finalUrl())) {
                List<URI> targets = item.enclosures().isEmpty() ? (item.link() == null ? List.of() : List.of(item.link()))
                        : item.enclosures();
                for (URI target : targets) {
                    // A feed item is a report whether or not its URL looks like one; depth stays for pages.
                    URI url = UrlNormaliser.normalise(target);
                    if (fetcher.policy().allowsHost(url) && seen.add(url)) {
                        queueIfAllowed(source, walk, url, item.title(), fetcher);
                    }
                }
            }
        } catch (FeedException e) {
            recordError(walk.runId, page.url().toString(), e.getMessage());
            walk.incomplete = true;
        }
    }

    private void consider(Source source, Walk walk, URI raw, String text, int depth, List<Pattern> documents,
            List<Pattern> follow, Set<URI> seen, Deque<Page> pages, PoliteFetcher fetcher,
            int maxDepth) {
        URI url = UrlNormaliser.normalise(raw);
        if (!fetcher.policy().allowsHost(url) || !seen.add(url)) {
            return;
        }
        String s = url.toString();
        if (documents.stream().anyMatch(p -> p.matcher(s).find())) {
            queueIfAllowed(source, walk, url, text, fetcher);
        } else if (depth <= maxDepth && (follow.isEmpty() || follow.stream().anyMatch(p -> p.matcher(s).find()))) {
            pages.add(new Page(url, depth));
        }
    }

    private void queueIfAllowed(Source source, Walk walk, URI url, String text, PoliteFetcher fetcher) {
        RobotsPolicy.Decision robots = fetcher.robotsDecision(url);
        if (!robots.allowed()) {
            walk.robots++;
            LOG.debugf("Not queued (robots.txt): %s: %s", url, robots.reason());
            return;
        }
        queue(source, walk, url.toString(), text);
    }

    private void queue(Source source, Walk walk, String url, String text) {
        queue.enqueue(source.id, walk.runId, new WorkQueue.Listing(url, source.boardId, text));
        walk.queued++;
    }

    private void pageFailed(Walk walk, Page page, FetchResult fetched, boolean onlyStart) {
        switch (fetched.outcome()) {
            case DISALLOWED_BY_ROBOTS -> walk.robots++;
            // A page that does not exist lists nothing: a broken link, not a reason to doubt the walk.
            case NOT_FOUND, GONE -> recordError(walk.runId, page.url().toString(), fetched.reason());
            default -> {
                recordError(walk.runId, page.url().toString(), fetched.reason());
                walk.incomplete = true;
            }
        }
        if (onlyStart && fetched.outcome() != FetchResult.Outcome.DISALLOWED_BY_ROBOTS) {
            walk.incomplete = true;
        }
    }

    /** Items the source listed before but not in this walk: kept, marked as no longer published. */
    private int markRemoved(long sourceId, long runId) {
        List<Long> gone = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select w.id from WorkItem w where w.sourceId = :s and w.published = true and w.documentId is not null
                and (w.runId is null or w.runId <> :run)""", Long.class)
                .setParameter("s", sourceId).setParameter("run", runId).getResultList());
        for (Long id : gone) {
            QuarkusTransaction.requiringNew().run(() -> {
                WorkItem w = queue.apply(id, "no longer listed by the source (crawl " + runId + ")", item -> {
                    item.published = false;
                    item.removedAt = Instant.now();
                    item.outcome = WorkOutcome.REMOVED;
                });
                em.createQuery("""
                        update DocumentSighting s set s.removedAt = :now
                        where s.source.id = :s and s.url = :url and s.removedAt is null""")
                        .setParameter("now", w.removedAt).setParameter("s", sourceId).setParameter("url", w.url)
                        .executeUpdate();
            });
        }
        return gone.size();
    }

    private void progress(Walk walk) {
        QuarkusTransaction.requiringNew().run(() -> {
            CrawlRun run = em.find(CrawlRun.class, walk.runId);
            run.pagesFetched = walk.pages;
            run.excludedByRobots = walk.robots;
        });
    }

    private void finish(Walk walk, int removed, String fatal) {
        QuarkusTransaction.requiringNew().run(() -> {
            CrawlRun run = em.find(CrawlRun.class, walk.runId);
            run.pagesFetched = walk.pages;
            run.excludedByRobots = walk.robots;
            run.removed = removed;
            run.discoveryFinishedAt = Instant.now();
            if (fatal != null) {
                run.status = CrawlRun.Status.FAILED;
                run.error = fatal.length() > 2000 ? fatal.substring(0, 2000) : fatal;
                run.finishedAt = run.discoveryFinishedAt;
            } else if (walk.incomplete) {
                run.error = "some pages could not be read (see errors); nothing was marked as removed";
            }
        });
    }

    private void recordError(long runId, String url, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            CrawlError e = new CrawlError();
            e.runId = runId;
            e.url = url.length() > 2000 ? url.substring(0, 2000) : url;
            e.reason = reason == null ? "unknown" : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
            e.occurredAt = Instant.now();
            em.persist(e);
        });
    }

    private static void deleteQuietly(Path body) {
        if (body != null) {
            try {
                Files.deleteIfExists(body);
            } catch (IOException ignored) {
                // a temp file left behind is swept with the incoming folder
            }
        }
    }
}
