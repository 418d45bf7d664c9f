package org.casewise.dataset.web;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The simulated national repository (modelled on the NSPCC's): paginated listing at
 * {@code /reviews?page=N}, a record page per report at {@code /reviews/<id>}, files under
 * {@code /files/}. Records older than five years (relative to the newest year in the corpus) keep
 * their page but lose the file link, and the file itself is gone. It rate-limits: more than N
 * requests in a second get 429 with Retry-After. {@code POST /_admin/epoch/<n>} switches the epoch.
 */
final class NationalRepository extends Host {

    static final String NAME = "National case review repository";
    static final int PAGE_SIZE = 20;
    /** How long a PDF stays downloadable, in years before the newest year of the corpus. */
    static final int FILE_YEARS = 5;
    static final String BROKEN_LINK = "/guidance/using-the-repository";
    static final String RETRY_AFTER_SECONDS = "2";
    /** Every fifth record (by id) is published without its board's name, as some are on the real repository. */
    private static final int ANONYMOUS_EVERY = 5;

    private final List<Corpus.Report> records;
    private final List<String> anonymousIds;
    private final int newestYear;
    private final int rateLimit;
    private final IntConsumer epochSetter;
    /** Arrival times (nanoTime) of the requests admitted in the last second: a sliding window. */
    private final Deque<Long> window = new ArrayDeque<>();

    /**
     * @param corpus   the whole corpus; drafts and the reports in {@code notYetDeposited} are left out
     * @param notYetDeposited ids of reports published on a board site in a later epoch only
     */
    NationalRepository(int port, RequestLog log, Corpus corpus, Set<String> notYetDeposited, int rateLimit,
            IntConsumer epochSetter) throws IOException {
        super(port, log);
        this.records = corpus.reports().stream()
                .filter(r -> !r.restricted() && !notYetDeposited.contains(r.id()))
                .sorted(Corpus.NEWEST_FIRST).toList();
        List<String> byId = records.stream().map(Corpus.Report::id).sorted().toList();
        this.anonymousIds = IntStream.range(0, byId.size())
                .filter(i -> i % ANONYMOUS_EVERY == ANONYMOUS_EVERY / 2).mapToObj(byId::get).toList();
        this.newestYear = corpus.newestYear();
        this.rateLimit = rateLimit;
        this.epochSetter = epochSetter;
    }

    @Override
    String name() {
        return NAME;
    }

    @Override
    String awkward() {
        return records.size() + " records, " + PAGE_SIZE + " per page at /reviews?page=N; file links removed for"
                + " records older than " + (newestYear - FILE_YEARS) + "; some records 'Anonymous'; more than "
                + rateLimit + " requests/s get 429 with Retry-After: " + RETRY_AFTER_SECONDS + "; broken link to "
                + BROKEN_LINK + "; POST /_admin/epoch/2 switches the epoch";
    }

    @Override
    String robotsTxt() {
        return "User-agent: *\nDisallow: /_admin/\n";
    }

    @Override
    boolean allows(String method, String path) {
        return super.allows(method, path) || (method.equals("POST") && path.startsWith("/_admin/"));
    }

    @Override
    boolean admit(Exchange ex) throws IOException {
        if (ex.path().startsWith("/_admin/")) {
            return true; // test control must never be throttled
        }
        long now = System.nanoTime();
        synchronized (window) {
            while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
                window.removeFirst();
            }
            if (window.size() < rateLimit) {
                window.addLast(now);
                return true;
            }
        }
        ex.header("Retry-After", RETRY_AFTER_SECONDS);
        ex.text(429, "Too many requests: at most " + rateLimit + " per second.\n");
        return false;
    }

    boolean anonymous(String id) {
        return anonymousIds.contains(id);
    }

    /** Whether the record still links its file (younger than five years before the corpus's newest year). */
    boolean fileAvailable(Corpus.Report report) {
        return newestYear - report.year() <= FILE_YEARS;
    }

    List<Corpus.Report> records() {
        return records;
    }

    @Override
    void serve(Exchange ex) throws IOException {
        String path = ex.path();
        if (path.startsWith("/_admin/")) {
            admin(ex, path);
        } else if (path.equals("/")) {
            ex.redirect(302, "/reviews");
        } else if (path.equals("/reviews") || path.equals("/reviews/")) {
            listing(ex);
        } else if (path.startsWith("/reviews/")) {
            Optional<Corpus.Report> record = byId(path.substring("/reviews/".length()));
            if (record.isPresent()) {
                Corpus.Report r = record.get();
                ex.html(200, RecordPage.render(r, anonymous(r.id()), fileAvailable(r) ? fileHref(r) : null));
            } else {
                ex.notFound();
            }
        } else if (path.startsWith("/files/")) {
            String name = path.substring("/files/".length());
            Optional<Corpus.Report> record = records.stream()
                    .filter(r -> r.file().name().equals(name) && fileAvailable(r)).findFirst();
            if (record.isPresent()) {
                ex.file(record.get().file());
            } else {
                ex.notFound();
            }
        } else {
            ex.notFound();
        }
    }

    private void listing(Exchange ex) throws IOException {
        int pages = Math.max(1, (records.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page;
        try {
            page = Integer.parseInt(ex.query("page").orElse("1"));
        } catch (NumberFormatException e) {
            ex.html(400, Html.page(NAME, "Bad request", "<p>page must be a number.</p>"));
            return;
        }
        if (page < 1 || page > pages) {
            ex.notFound();
            return;
        }
        StringBuilder body = new StringBuilder("<p>Page ").append(page).append(" of ").append(pages).append(" (")
                .append(records.size()).append(" case reviews)</p>\n<ul class=\"results\">\n");
        for (Corpus.Report r : records.subList((page - 1) * PAGE_SIZE, Math.min(records.size(), page * PAGE_SIZE))) {
            String board = anonymous(r.id()) || r.board().isEmpty() ? RecordPage.ANONYMOUS : r.board().get().printedName();
            body.append("<li>").append(Html.link("/reviews/" + Html.encode(r.id()), r.title())).append(" - ")
                    .append(r.year()).append(", ").append(Html.escape(board)).append("</li>\n");
        }
        body.append("</ul>\n<nav class=\"pagination\">\n");
        if (page > 1) {
            body.append("<a rel=\"prev\" href=\"/reviews?page=").append(page - 1).append("\">Previous</a>\n");
        }
        if (page < pages) {
            body.append("<a rel=\"next\" href=\"/reviews?page=").append(page + 1).append("\">Next</a>\n");
        }
        body.append("</nav>\n<p>").append(Html.link(BROKEN_LINK, "How to use the repository")).append("</p>\n");
        ex.html(200, Html.page(NAME, "Case reviews", body.toString()));
    }

    private void admin(Exchange ex, String path) throws IOException {
        if (!ex.fromLoopback()) {
            ex.text(403, "loopback only\n");
        } else if (!ex.method().equals("POST")) {
            ex.header("Allow", "POST");
            ex.text(405, "POST only\n");
        } else if (path.matches("/_admin/epoch/\\d{1,3}")) {
            int epoch = Integer.parseInt(path.substring("/_admin/epoch/".length()));
            if (epoch < 1) {
                ex.text(400, "epochs start at 1\n");
                return;
            }
            epochSetter.accept(epoch);
            ex.text(200, "epoch " + epoch + "\n");
        } else {
            ex.notFound();
        }
    }

    private Optional<Corpus.Report> byId(String id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    static String fileHref(Corpus.Report report) {
        return "/files/" + Html.encode(report.file().name());
    }
}
