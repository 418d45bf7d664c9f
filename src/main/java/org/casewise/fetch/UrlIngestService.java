package org.casewise.fetch;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casewise.config.CasewiseConfig;
import org.casewise.pipeline.IncomingFile;
import org.casewise.pipeline.IngestOutcome;
import org.casewise.pipeline.IngestService;
import org.casewise.source.SourceService;
import org.casewise.store.Visibility;

/**
 * Fetches one URL a user submitted and sends the file through the pipeline. The host of the URL is
 * the only host allowed for that fetch (redirects elsewhere are refused), and the SSRF guard still
 * refuses private, link-local and (unless configured) loopback addresses: a submitted URL must
 * never make the service reach into the network it runs in.
 */
@ApplicationScoped
public class UrlIngestService {

    @Inject
    CasewiseConfig config;

    @Inject
    IngestService ingest;

    @Inject
    SourceService sources;

    /** One fetcher per host, so that politeness holds across submissions; they share robots.txt. */
    private final Map<String, PoliteFetcher> fetchers = new ConcurrentHashMap<>();
    private final RobotsPolicy robots = new RobotsPolicy();

    /** What happened: the fetch, and the pipeline's outcome when the fetch succeeded. */
    public record Result(FetchResult fetch, IngestOutcome outcome) {
    }

    public Result ingest(URI url, Visibility visibility) throws IOException {
        String hostKey = url.getPort() >= 0 ? url.getHost() + ":" + url.getPort() : url.getHost();
        PoliteFetcher fetcher = fetchers.computeIfAbsent(hostKey, this::fetcherFor);
        FetchResult fetched = fetcher.fetch(url);
        if (!fetched.ok()) {
            return new Result(fetched, null);
        }
        try {
            IngestOutcome outcome = ingest.ingest(new IncomingFile(fetched.body(), fileName(fetched.finalUrl()),
                    fetched.finalUrl().toString(), visibility, null), sources.singleUrls(), true);
            return new Result(fetched, outcome);
        } finally {
            Files.deleteIfExists(fetched.body());
        }
    }

    private PoliteFetcher fetcherFor(String hostKey) {
        CasewiseConfig.Fetch f = config.fetch();
        FetchPolicy policy = FetchPolicy.defaults(Set.of(hostKey)).withUserAgent(f.userAgent())
                .withPerHostDelay(f.perHostDelay()).withAllowLoopback(f.allowLoopback());
        try {
            Path tmp = config.dataDir().resolve("files").resolve("incoming");
            Files.createDirectories(tmp);
            return new PoliteFetcher(policy, tmp, robots);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the download folder", e);
        }
    }

    /** The last path segment, as boards name their PDFs; the host when the path has none. */
    static String fileName(URI url) {
        return FetchResult.fileName(url);
    }

    @PreDestroy
    void close() {
        fetchers.values().forEach(PoliteFetcher::close);
    }
}
