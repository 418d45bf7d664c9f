package org.casewise.fetch;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casewise.config.CasewiseConfig;
import org.casewise.source.SourceSettings;

/**
 * One {@link PoliteFetcher} per web source, built from the source's settings over the service's
 * defaults, so that a source's politeness (one connection per host, its delay) holds across crawl
 * discovery and every worker fetching its documents. All fetchers share one robots.txt cache.
 */
@ApplicationScoped
public class FetcherPool {

    @Inject
    CasewiseConfig config;

    private final RobotsPolicy robots = new RobotsPolicy();
    /** Keyed by source id; rebuilt when the source's settings change. */
    private final Map<Long, Entry> fetchers = new ConcurrentHashMap<>();

    private record Entry(SourceSettings settings, PoliteFetcher fetcher) {
    }

    public PoliteFetcher forSource(long sourceId, SourceSettings settings) {
        Entry entry = fetchers.compute(sourceId, (id, old) -> {
            if (old != null && old.settings().equals(settings)) {
                return old;
            }
            if (old != null) {
                old.fetcher().close();
            }
            return new Entry(settings, create(settings));
        });
        return entry.fetcher();
    }

    /** A fetcher the caller owns and closes, built like the pooled ones and sharing their robots.txt cache. */
    public PoliteFetcher create(SourceSettings settings) {
        return new PoliteFetcher(policy(settings), downloads(), robots);
    }

    /** The fetch policy of a source: its allow-list and delay over the service's User-Agent and defaults. */
    public FetchPolicy policy(SourceSettings settings) {
        CasewiseConfig.Fetch f = config.fetch();
        Set<String> hosts = new HashSet<>(settings.allowedHosts());
        Duration delay = settings.perHostDelayMs() == null ? f.perHostDelay() : Duration.ofMillis(settings.perHostDelayMs());
        // Loopback needs both: the service allowing it at all, and the source asking for it.
        return FetchPolicy.defaults(hosts).withUserAgent(f.userAgent()).withPerHostDelay(delay)
                .withAllowLoopback(f.allowLoopback() && settings.loopback());
    }

    private Path downloads() {
        Path tmp = config.dataDir().resolve("files").resolve("incoming");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the download folder " + tmp, e);
        }
        return tmp;
    }

    @PreDestroy
    void close() {
        fetchers.values().forEach(e -> e.fetcher().close());
    }
}
