package org.casewise.dataset.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewise.dataset.model.GroundTruth;

/**
 * A simulated publishing web over a generated corpus folder, for developing and testing the
 * crawler without reaching real boards' sites. Every host is its own HTTP server on 127.0.0.1
 * (never any other interface): the national repository, and one site for each of the five boards
 * with the most reports, each laid out differently and each awkward in its own way (see
 * {@link Site#awkward()} or {@link #describe()}).
 *
 * <p>The web has an epoch, 1 at start: {@link #setEpoch(int) setEpoch(2)} (or
 * {@code POST /_admin/epoch/2} on the repository's port) changes the LIST site: one report appears,
 * one is revised and one is removed, as between two real crawls.
 */
public final class SimulatedWeb implements AutoCloseable {

    /**
     * @param basePort           the repository's port; board sites take the next five. 0: any free ports
     * @param slowDelay          how long the slow host waits before every response
     * @param rateLimitPerSecond requests per second the repository accepts before answering 429
     */
    public record Options(int basePort, Duration slowDelay, int rateLimitPerSecond) {

        public static final int DEFAULT_PORT = 8300;
        public static final Duration DEFAULT_SLOW_DELAY = Duration.ofMillis(1500);
        public static final int DEFAULT_RATE_LIMIT = 5;

        public Options {
            Objects.requireNonNull(slowDelay, "slowDelay");
            if (basePort != 0 && (basePort < 1 || basePort > 65535 - SITE_COUNT)) {
                throw new IllegalArgumentException("basePort must be 0 or 1.." + (65535 - SITE_COUNT) + ": " + basePort);
            }
            if (slowDelay.isNegative()) {
                throw new IllegalArgumentException("slowDelay must not be negative: " + slowDelay);
            }
            if (rateLimitPerSecond < 1) {
                throw new IllegalArgumentException("rateLimitPerSecond must be at least 1: " + rateLimitPerSecond);
            }
        }

        /** Free ports, 1500 ms slow host, 5 requests per second at the repository. */
        public static Options defaults() {
            return new Options(0, DEFAULT_SLOW_DELAY, DEFAULT_RATE_LIMIT);
        }

        public Options withBasePort(int port) {
            return new Options(port, slowDelay, rateLimitPerSecond);
        }

        public Options withSlowDelay(Duration delay) {
            return new Options(basePort, delay, rateLimitPerSecond);
        }

        public Options withRateLimit(int perSecond) {
            return new Options(basePort, slowDelay, perSecond);
        }
    }

    /**
     * What epoch 2 changes, by file name (empty when the changing site has too few reports).
     *
     * @param site the site that changes
     */
    public record Change(Site site, Optional<String> addedFile, Optional<String> revisedFile,
            Optional<String> removedFile) {
    }

    static final int SITE_COUNT = 5;

    private final AtomicInteger epoch = new AtomicInteger(1);
    private final RequestLog log = new RequestLog();
    private final List<BoardSite> sites = new ArrayList<>();
    private NationalRepository repository;

    private SimulatedWeb() {
    }

    public static SimulatedWeb start(Path corpusDir, Options options) throws IOException {
        Corpus corpus = Corpus.load(corpusDir);
        if (corpus.reports().isEmpty()) {
            throw new IOException("no servable report in " + corpusDir + " (a report is <id>.json beside its file)"
                    + (corpus.skipped().isEmpty() ? "" : "; skipped: " + corpus.skipped()));
        }
        SimulatedWeb web = new SimulatedWeb();
        try {
            web.build(corpus, options);
        } catch (IOException | RuntimeException e) {
            web.close();
            throw e;
        }
        return web;
    }

    private void build(Corpus corpus, Options options) throws IOException {
        List<GroundTruth.BoardRef> boards = corpus.topBoards(SITE_COUNT);
        Site.Style[] styles = Site.Style.values();
        for (int i = 0; i < boards.size(); i++) {
            GroundTruth.BoardRef board = boards.get(i);
            int port = options.basePort() == 0 ? 0 : options.basePort() + 1 + i;
            List<Corpus.Report> reports = corpus.ofBoard(board.id());
            sites.add(switch (styles[i]) {
                case LIST -> new ListSite(port, log, epoch, board, reports);
                case TABLE -> new TableSite(port, log, epoch, board, reports);
                case YEARS -> new YearsSite(port, log, epoch, board, reports);
                case FEED -> new FeedSite(port, log, epoch, board, reports);
                case REDIRECT -> new RedirectSite(port, log, epoch, board, reports);
            });
        }
        // The busiest board changes between crawls (it has the most reports to add, revise and remove);
        // the second is slow, so the two awkward behaviours that need time never share a host.
        if (!sites.isEmpty()) {
            sites.get(0).changeBetweenEpochs();
        }
        if (sites.size() > 1) {
            sites.get(1).delay(options.slowDelay());
        }
        // A report that only appears in epoch 2 has not been deposited with the repository yet.
        Set<String> notYetDeposited = new LinkedHashSet<>();
        sites.forEach(s -> s.change().added().ifPresent(r -> notYetDeposited.add(r.id())));
        repository = new NationalRepository(options.basePort(), log, corpus, notYetDeposited,
                options.rateLimitPerSecond(), this::setEpoch);
        repository.start();
        sites.forEach(Host::start);
    }

    /** The repository's base URI; its listing is at {@code reviews?page=1}. */
    public URI nationalRepository() {
        return repository.base();
    }

    public List<Site> boardSites() {
        return sites.stream().map(BoardSite::site).toList();
    }

    public Optional<Site> site(Site.Style style) {
        return boardSites().stream().filter(s -> s.style() == style).findFirst();
    }

    /** What {@code setEpoch(2)} changes. */
    public Optional<Change> epochChange() {
        return sites.stream().filter(s -> s.change().added().isPresent() || s.change().removed().isPresent())
                .findFirst()
                .map(s -> new Change(s.site(), s.change().added().map(r -> r.file().name()),
                        s.change().changed().map(r -> r.file().name()), s.change().removed().map(r -> r.file().name())));
    }

    public void setEpoch(int epoch) {
        if (epoch < 1) {
            throw new IllegalArgumentException("epochs start at 1: " + epoch);
        }
        this.epoch.set(epoch);
    }

    public int epoch() {
        return epoch.get();
    }

    /** Requests a host received; host is "127.0.0.1:port" (as {@link Site#host()}). */
    public long requestCount(String host) {
        return log.count(host);
    }

    /** Requests a host received for one exact request target, e.g. "/reviews?page=2". */
    public long requestCount(String host, String pathAndQuery) {
        return log.count(host, pathAndQuery);
    }

    public RequestLog requestLog() {
        return log;
    }

    /** One block per host: its URL, what it is and what is awkward about it. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        List<Host> hosts = new ArrayList<>();
        hosts.add(repository);
        hosts.addAll(sites);
        for (Host host : hosts) {
            out.append(host.base()).append("  ").append(host.name()).append('\n')
                    .append("    ").append(host.awkward()).append('\n');
        }
        out.append("Every host serves /robots.txt, answers 404 for missing pages, and serves files with a strong ETag")
                .append(" and Last-Modified (304 on If-None-Match / If-Modified-Since).\n");
        return out.toString();
    }

    /** The hosts, for tests in this package that need the concrete site. */
    List<Host> hosts() {
        List<Host> hosts = new ArrayList<>();
        hosts.add(repository);
        hosts.addAll(sites);
        return hosts;
    }

    <T extends BoardSite> T boardSite(Class<T> type) {
        return sites.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName()));
    }

    NationalRepository repository() {
        return repository;
    }

    @Override
    public void close() {
        sites.forEach(Host::close);
        if (repository != null) {
            repository.close();
        }
    }
}
