package org.casewise.fetch;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.casewise.pipeline.IncomingFile;
import org.casewise.pipeline.IngestOutcome;
import org.casewise.pipeline.IngestService;
import org.casewise.source.SourceService;
import org.casewise.source.SourceSettings;
import org.casewise.source.SourceValidator;
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
    IngestService ingest;

    @Inject
    SourceService sources;

    @Inject
    FetcherPool pool;

    /** One fetcher per host, so that politeness holds across submissions; they share robots.txt with crawls. */
    private final Map<String, PoliteFetcher> fetchers = new ConcurrentHashMap<>();

    /** What happened: the fetch, and the pipeline's outcome when the fetch succeeded. */
    public record Result(FetchResult fetch, IngestOutcome outcome) {
    }

    public Result ingest(URI url, Visibility visibility) throws IOException {
        // The URL's own host is the only host this fetch may reach (redirects elsewhere are refused).
        PoliteFetcher fetcher = fetchers.computeIfAbsent(SourceValidator.hostKey(url), host -> pool.create(
                new SourceSettings(null, List.of(host), null, null, null, null, null, true)));
        FetchResult fetched = fetcher.fetch(url);
        if (!fetched.ok()) {
            return new Result(fetched, null);
        }
        try {
            IngestOutcome outcome = ingest.ingest(new IncomingFile(fetched.body(), fetched.fileName(),
                    fetched.finalUrl().toString(), visibility, null), sources.singleUrls(), true);
            return new Result(fetched, outcome);
        } finally {
            Files.deleteIfExists(fetched.body());
        }
    }

    @PreDestroy
    void close() {
        fetchers.values().forEach(PoliteFetcher::close);
    }
}
