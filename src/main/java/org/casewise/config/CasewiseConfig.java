package org.casewise.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Casewise's own settings, one nested interface per concern. Every property is listed with its
 * environment variable in the README's configuration table.
 */
@ConfigMapping(prefix = "casewise")
public interface CasewiseConfig {

    /** Root of everything the embedded default writes: database, search node, original files. */
    @WithDefault("data")
    Path dataDir();

    Engine engine();

    Index index();

    Ingest ingest();

    Search search();

    Sample sample();

    Registry registry();

    Fetch fetch();

    Sources sources();

    Queue queue();

    Analysis analysis();

    Api api();

    interface Api {
        /**
         * Bearer token that entitles a caller to restricted reviews (confidential drafts and reviews
         * ingested as restricted). Without it every caller is anonymous and sees public reviews only.
         */
        Optional<String> restrictedToken();

        /** Cache-Control max-age, in seconds, on read endpoints (searches, trends, reviews). */
        @WithDefault("60")
        int cacheMaxAge();
    }

    interface Analysis {
        /**
         * Re-analyse, in the background, stored documents whose analysis came from another analyser
         * version (a retrained model, a changed taxonomy), so a new model reaches the whole collection.
         */
        @WithDefault("true")
        boolean reanalyse();
    }

    interface Sources {
        /** A sources file to seed from instead of the bundled index-config/sources.json. */
        Optional<Path> file();

        /** Insert the sources of the file that the database does not have yet, at every start. */
        @WithDefault("true")
        boolean seed();

        /** Run crawls on their cron schedules (off in tests, which start crawls themselves). */
        @WithDefault("true")
        boolean schedules();
    }

    interface Queue {
        /** Threads taking work items from the queue in this instance; 0 leaves the queue to other instances. */
        @WithDefault("2")
        int workers();

        /**
         * How long a claimed item stays with its worker. A worker that dies (kill -9) loses its items
         * to other workers once this passes; it must exceed the longest fetch plus extraction.
         */
        @WithDefault("5m")
        Duration lease();

        /** Attempts at one step before an item that keeps failing transiently ends as failed. */
        @WithDefault("5")
        int maxAttempts();

        /** First wait before retrying a transient failure; doubles with each attempt. */
        @WithDefault("30s")
        Duration retryBase();

        /** How often an idle worker looks for new items. */
        @WithDefault("1s")
        Duration pollInterval();
    }

    interface Fetch {
        /** How Casewise introduces itself to the sites it fetches from. */
        @WithDefault("CasewiseBot/0.1 (+https://casewise.example/bot; safeguarding review archive)")
        String userAgent();

        /** Pause between two requests to the same host. */
        @WithDefault("1s")
        Duration perHostDelay();

        /**
         * Allow fetching from 127.0.0.0/8 (the simulated publishing web, tests). Private and
         * link-local addresses stay refused whatever this says.
         */
        @WithDefault("false")
        boolean allowLoopback();
    }

    interface Engine {
        /** Start and own an OpenSearch node in a child JVM (the embedded default). */
        @WithDefault("true")
        boolean embedded();

        /** HTTP port of the embedded node; the search hosts property points at it. */
        @WithDefault("9250")
        int port();

        /** Directory holding casewise-opensearch-node.jar and lib/ (built into target/opensearch-node). */
        @WithDefault("target/opensearch-node")
        Path home();

        /** Heap of the child JVM; 256m is enough for tens of thousands of reports. */
        @WithDefault("512m")
        String heap();

        /** How long to wait for the node to report yellow before giving up. */
        @WithDefault("120s")
        Duration startTimeout();
    }

    interface Index {
        /** How often the reconciler looks for reviews the index has not seen yet. */
        @WithDefault("5s")
        String reconcileInterval();

        /** Reviews indexed per transaction by the reconciler. */
        @WithDefault("50")
        int batchSize();

        /**
         * Make each reconciler write visible to searches at once (costly; for tests). Otherwise
         * writes become visible at the engine's refresh interval, about a second.
         */
        @WithDefault("false")
        boolean refreshAfterWrite();

        /** Seconds a client is told to wait (Retry-After) when the engine is unreachable. */
        @WithDefault("15")
        int retryAfterSeconds();
    }

    interface Ingest {
        /** Largest file accepted by upload or folder ingestion, in bytes. */
        @WithDefault("52428800")
        long maxFileBytes();

        /** Most characters of text kept from one document; the rest is cut and the cut recorded. */
        @WithDefault("5000000")
        int maxTextChars();

        /** Wall-clock bound on one Tika parse. */
        @WithDefault("60s")
        Duration extractTimeout();

        /**
         * Parse files in child JVMs (a hostile file cannot crash or hang the service). Off only for
         * debugging: in-process parsing is bounded by time and output, not by memory.
         */
        @WithDefault("true")
        boolean isolatedExtraction();

        /** Heap of each extraction worker JVM. */
        @WithDefault("512m")
        String extractHeap();

        /** Extraction worker JVMs; default: the number of cores. */
        Optional<Integer> extractWorkers();

        /** OCR scans through Tika when tesseract is installed; otherwise they end as needs-ocr. */
        @WithDefault("true")
        boolean ocr();
    }

    interface Search {
        @WithDefault("20")
        int defaultPageSize();

        @WithDefault("100")
        int maxPageSize();

        /** Deepest result a client may page to (page * size); mirrors index.max_result_window. */
        @WithDefault("10000")
        int maxResultWindow();
    }

    interface Sample {
        /** On a first start with an empty database, ingest this folder (the bundled sample corpus). */
        @WithDefault("true")
        boolean ingestOnEmpty();

        @WithDefault("datasets/sample")
        Path dir();
    }

    interface Registry {
        /** A board registry CSV to use instead of the bundled datasets/boards.csv. */
        Optional<Path> boardsFile();
    }
}
