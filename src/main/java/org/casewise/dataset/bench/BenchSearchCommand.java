package org.casewise.dataset.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.Taxonomy;
import org.casewise.search.Facet;
import org.casewise.search.ReviewQuery;
import org.casewise.search.ReviewSearchService;
import org.casewise.search.ThemeBoost;
import org.casewise.search.Viewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./casewise dataset bench-search}: search and trend latency of the packaged service on the
 * embedded default (H2 file database, OpenSearch child node) over a generated collection, with the
 * same searches sent straight to the engine in the same run as the baseline. The engine bodies
 * come from {@link ReviewSearchService#requestBody}, the code the service itself sends them with,
 * so the baseline cannot drift from what the service does.
 */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = "Measure search and trend latency against the raw engine on a generated collection.")
public final class BenchSearchCommand implements Callable<Integer> {

    static final String TOKEN = "bench-restricted-token";
    static final List<String> TRENDS = List.of("/api/v1/trends/prevalence?by=year", "/api/v1/trends/cooccurrence",
            "/api/v1/trends/timeliness");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--reviews", defaultValue = "10000", description = "Reviews the collection must hold (default 10000).")
    int reviews;

    @Option(names = "--requests", defaultValue = "400", description = "Searches per measured pass (default 400).")
    int requests;

    @Option(names = "--concurrency", defaultValue = "1,8", split = ",", description = "Client counts (default 1,8).")
    List<Integer> concurrency;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the corpus and of the searches (default 7).")
    long seed;

    @Option(names = "--work", defaultValue = "target/bench-search", description = "Folder for the corpus and results.")
    Path work;

    @Option(names = "--data", description = "The service's data directory (default <work>/data); reused between runs.")
    Path data;

    @Option(names = "--warmup", defaultValue = "200", description = "Searches sent first to each side, not counted (default 200).")
    int warmup;

    @Option(names = "--heap", defaultValue = "1g", description = "The service's -Xmx, as ./casewise up (default 1g).")
    String heap;

    private final Path root = Path.of(System.getProperty("cw.root", "."));

    @Override
    public Integer call() throws Exception {
        Path dataDir = (data == null ? work.resolve("data") : data).toAbsolutePath();
        Files.createDirectories(dataDir);
        Map<String, String> props = Map.of("casewise.sample.ingest-on-empty", "false",
                "casewise.sources.schedules", "false", "casewise.ingest.extract-workers", "2",
                "casewise.queue.workers", "2", "casewise.api.restricted-token", TOKEN);
        try (BenchService service = BenchService.start(root, dataDir, heap, props)) {
            System.err.printf("Starting the service on %s (log: %s)%n", dataDir, dataDir.resolve("service.log"));
            service.awaitReady(Duration.ofMinutes(5));
            SearchCollection.Facts facts = SearchCollection.ensure(service, reviews, seed, work);
            JsonNode all = JSON.readTree(BenchService.HTTP.send(HttpRequest.newBuilder(service.uri("/api/v1/reviews?size=1&facetSize=300"))
                    .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            String shape = shape(service, all);
            Taxonomy taxonomy = Taxonomy.bundled();
            List<SearchWorkload.Search> searches = new SearchWorkload(taxonomy, facetCounts(all.path("facets")))
                    .searches(requests, seed);
            List<String> bodies = engineBodies(searches, taxonomy, BoardRegistry.bundled());
            Check check = sameTotals(service, searches, bodies);

            List<LoadRunner.Call> serviceCalls = serviceCalls(service, searches);
            List<LoadRunner.Call> rawCalls = rawCalls(service, bodies);
            LoadRunner.run("Warm-up (service)", cycle(serviceCalls, warmup), 1);
            LoadRunner.run("Warm-up (engine)", cycle(rawCalls, warmup), 1);
            List<SearchBenchReport.Pass> passes = new ArrayList<>();
            for (int c : concurrency) {
                LatencyStats s = LoadRunner.run("Service, " + c + " client(s)", serviceCalls, c);
                LatencyStats r = LoadRunner.run("Engine, " + c + " client(s)", rawCalls, c);
                passes.add(new SearchBenchReport.Pass(c, s, r));
            }
            List<SearchBenchReport.Trend> trends = trends(service, searches);

            String header = header(facts, shape, check, warmup);
            String markdown = SearchBenchReport.markdown(header, passes, trends);
            Files.createDirectories(work);
            Files.writeString(work.resolve("results.md"), markdown);
            System.out.println(markdown);
            System.err.println("Written to " + work.resolve("results.md").toAbsolutePath());
            return 0;
        }
    }

    /** The body the service sends the engine for each search, built by the service's own code. */
    static List<String> engineBodies(List<SearchWorkload.Search> searches, Taxonomy taxonomy, BoardRegistry registry)
            throws Exception {
        ThemeBoost boost = new ThemeBoost(taxonomy);
        List<String> bodies = new ArrayList<>();
        for (SearchWorkload.Search s : searches) {
            ReviewQuery query = new ReviewQuery(s.filter().toFilter(taxonomy, registry), 1, 20, Optional.empty(),
                    ReviewQuery.Sort.RELEVANCE, 3, 160, ReviewQuery.DEFAULT_FACET_SIZE);
            Viewer viewer = s.entitled() ? new Viewer("bench", true) : Viewer.ANONYMOUS;
            bodies.add(JSON.writeValueAsString(ReviewSearchService.requestBody(query, viewer, boost)));
        }
        return bodies;
    }

    private static List<LoadRunner.Call> serviceCalls(BenchService service, List<SearchWorkload.Search> searches) {
        List<LoadRunner.Call> calls = new ArrayList<>();
        for (SearchWorkload.Search s : searches) {
            HttpRequest.Builder b = HttpRequest.newBuilder(service.uri("/api/v1/reviews?" + s.queryString()))
                    .timeout(Duration.ofSeconds(30)).GET();
            if (s.entitled()) {
                b.header("Authorization", "Bearer " + TOKEN);
            }
            HttpRequest request = b.build();
            calls.add(() -> BenchService.HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        }
        return calls;
    }

    private static List<LoadRunner.Call> rawCalls(BenchService service, List<String> bodies) {
        URI uri = URI.create("http://127.0.0.1:" + service.enginePort + "/reviews-read/_search");
        List<LoadRunner.Call> calls = new ArrayList<>();
        for (String body : bodies) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            calls.add(() -> BenchService.HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        }
        return calls;
    }

    private static List<LoadRunner.Call> cycle(List<LoadRunner.Call> calls, int n) {
        List<LoadRunner.Call> out = new ArrayList<>();
        for (int i = 0; i < n && !calls.isEmpty(); i++) {
            out.add(calls.get(i % calls.size()));
        }
        return out;
    }

    /** What the check of every search found: agreement with the engine and how many reviews match. */
    record Check(int agree, int checked, long medianHits, int noHits) {
    }

    /**
     * Sends every search once to the service and once to the engine, one at a time, and checks
     * that the two report the same total: the baseline asks the same question. A mismatch is
     * reported, not hidden. (This also warms both sides up.)
     */
    private static Check sameTotals(BenchService service, List<SearchWorkload.Search> searches, List<String> bodies)
            throws Exception {
        int agree = 0;
        int shown = 0;
        long[] totals = new long[searches.size()];
        try (var bar = LoadRunner.progressBar("Checking service and engine totals", searches.size())) {
            for (int i = 0; i < searches.size(); i++) {
                SearchWorkload.Search s = searches.get(i);
                HttpRequest.Builder b = HttpRequest.newBuilder(service.uri("/api/v1/reviews?" + s.queryString())).GET();
                if (s.entitled()) {
                    b.header("Authorization", "Bearer " + TOKEN);
                }
                HttpResponse<String> page = BenchService.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> raw = BenchService.HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.enginePort + "/reviews-read/_search"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                long serviceTotal = page.statusCode() == 200 ? JSON.readTree(page.body()).path("total").asLong(-1) : -1;
                long rawTotal = raw.statusCode() == 200
                        ? JSON.readTree(raw.body()).path("hits").path("total").path("value").asLong(-2) : -2;
                totals[i] = serviceTotal;
                if (serviceTotal == rawTotal) {
                    agree++;
                } else if (shown++ < 5) {
                    System.err.printf("%nSearch %d (%s): service %d (HTTP %d), engine %d (HTTP %d)%n", i, s.queryString(),
                            serviceTotal, page.statusCode(), rawTotal, raw.statusCode());
                }
                bar.step();
            }
        }
        long[] sorted = totals.clone();
        java.util.Arrays.sort(sorted);
        int none = (int) java.util.Arrays.stream(totals).filter(t -> t == 0).count();
        return new Check(agree, searches.size(), sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2], none);
    }

    /** Trend requests, one client: each endpoint with the facet selections (half with the words) of the searches. */
    private static List<SearchBenchReport.Trend> trends(BenchService service, List<SearchWorkload.Search> searches)
            throws Exception {
        int n = Math.max(20, searches.size() / 4);
        List<SearchBenchReport.Trend> out = new ArrayList<>();
        for (String path : TRENDS) {
            if (service.get(path).statusCode() == 404) {
                out.add(new SearchBenchReport.Trend(path, null));
                continue;
            }
            List<LoadRunner.Call> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SearchWorkload.Search s = searches.get(i % searches.size());
                String filter = SearchWorkload.filterQuery(s.queryString(), i % 2 == 0);
                String uri = path + (path.contains("?") ? "&" : "?") + filter;
                HttpRequest request = HttpRequest.newBuilder(service.uri(uri)).timeout(Duration.ofSeconds(30)).GET().build();
                calls.add(() -> BenchService.HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
            }
            LoadRunner.run("Warm-up " + path, cycle(calls, Math.min(20, n)), 1);
            out.add(new SearchBenchReport.Trend(path, LoadRunner.run("Trends " + path, calls, 1)));
        }
        return out;
    }

    /** Restricted reviews and the spread over boards, nations and years, as the service counts them. */
    private static String shape(BenchService service, JsonNode all) throws Exception {
        JsonNode pub = JSON.readTree(service.get("/api/v1/reviews?size=1").body());
        JsonNode facets = all.path("facets");
        List<String> years = new ArrayList<>();
        facets.path("year").forEach(y -> years.add(y.path("value").asText()));
        years.sort(null);
        return String.format(Locale.ROOT, "%d searchable reviews, %d of them restricted; %d boards, %d nations, %d review"
                        + " types, publication years %s to %s", all.path("total").asLong(),
                all.path("total").asLong() - pub.path("total").asLong(), facets.path("board").size(),
                facets.path("nation").size(), facets.path("reviewType").size(),
                years.isEmpty() ? "?" : years.get(0), years.isEmpty() ? "?" : years.get(years.size() - 1));
    }

    /** Each facet's values and review counts over the whole collection, from a search page's facets. */
    static Map<Facet, List<Map.Entry<String, Long>>> facetCounts(JsonNode facets) {
        Map<Facet, List<Map.Entry<String, Long>>> out = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<Map.Entry<String, Long>> values = new ArrayList<>();
            facets.path(f.param()).forEach(v -> values.add(Map.entry(v.path("value").asText(), v.path("count").asLong())));
            out.put(f, values);
        }
        return out;
    }

    private String header(SearchCollection.Facts facts, String shape, Check check, int warm) {
        Runtime rt = Runtime.getRuntime();
        String built = facts.built()
                ? String.format(Locale.ROOT, "built in this run from %d generated reports (seed %d): generation %.0f s,"
                        + " ingestion through the pipeline %.0f s", facts.reportsGenerated(), seed,
                        facts.generation().toMillis() / 1000.0, facts.ingestion().toMillis() / 1000.0)
                : "reused from an earlier run";
        return String.format(Locale.ROOT, """
                ## Search benchmark, %s

                Machine: %d cores (%s), %s %s, %s %s; service -Xmx%s on the embedded default (H2 file database,
                OpenSearch child node); the benchmark's clients run on the same machine.
                Collection: %s (%s).
                Requests: %d seeded searches (seed %d) with snippets, each pass after %d warm-up searches per side;
                service and engine gave the same total on %d of the %d searches; matching reviews per search:
                median %d, no match for %d searches.
                """, LocalDate.now(), rt.availableProcessors(), cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"), heap,
                shape, built, requests, seed, warm, check.agree(), check.checked(), check.medianHits(), check.noHits());
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "unknown CPU";
        }
    }
}
