package org.casewise.dataset.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewise.dataset.model.GroundTruth;

/**
 * What every simulated board site has in common, whatever its page structure: its reports under
 * {@code /files/}, drafts under {@code /private/} (linked from the listing but disallowed by
 * robots.txt, so a crawler that ignores robots.txt is caught fetching them), one deliberately
 * broken link, and the epoch change when this is the site that changes between crawls.
 * Subclasses render the listing pages in their own style.
 */
abstract class BoardSite extends Host {

    /** Linked from every site's pages and never served: the deliberately broken link. */
    static final String BROKEN_LINK = "/documents/annual-report-2019-final.pdf";
    /** Served when the board has no restricted report of its own, so every site has a linked draft. */
    static final String SYNTHETIC_DRAFT = "/private/draft-learning-review.html";

    private final Site.Style style;
    private final GroundTruth.BoardRef board;
    private final List<Corpus.Report> published;
    private final List<Corpus.Report> drafts;
    private final AtomicInteger epoch;
    private volatile EpochChange change = EpochChange.none();

    /** @param reports the board's reports, newest first */
    BoardSite(Site.Style style, int port, RequestLog log, AtomicInteger epoch, GroundTruth.BoardRef board,
            List<Corpus.Report> reports) throws IOException {
        super(port, log);
        this.style = style;
        this.board = board;
        this.epoch = epoch;
        this.published = reports.stream().filter(r -> !r.restricted()).toList();
        this.drafts = reports.stream().filter(Corpus.Report::restricted).toList();
    }

    /** Renders the site's own pages; answer 404 (ex.notFound()) for anything it does not know. */
    abstract void servePages(Exchange ex) throws IOException;

    /** What the page structure makes awkward, in words. */
    abstract String styleAwkward();

    @Override
    final void serve(Exchange ex) throws IOException {
        String path = ex.path();
        if (path.startsWith("/files/")) {
            Optional<Corpus.Report> report = visible(path.substring("/files/".length()));
            if (report.isPresent()) {
                ex.file(change.file(report.get(), epoch.get()));
            } else {
                ex.notFound();
            }
        } else if (path.startsWith("/private/")) {
            serveDraft(ex, path.substring("/private/".length()));
        } else {
            servePages(ex);
        }
    }

    private void serveDraft(Exchange ex, String name) throws IOException {
        Optional<Corpus.Report> draft = drafts.stream().filter(r -> r.file().name().equals(name)).findFirst();
        if (draft.isPresent()) {
            ex.file(draft.get().file());
        } else if (drafts.isEmpty() && ("/private/" + name).equals(SYNTHETIC_DRAFT)) {
            ex.html(200, Html.page(siteName(), "DRAFT learning review - not for publication",
                    "<p>STRICTLY CONFIDENTIAL. Draft for panel members only.</p>"));
        } else {
            ex.notFound();
        }
    }

    @Override
    String robotsTxt() {
        return "User-agent: *\nDisallow: /private/\n";
    }

    @Override
    final String name() {
        return siteName() + " (" + style.name().toLowerCase(Locale.ROOT) + ")";
    }

    @Override
    final String awkward() {
        List<String> parts = new ArrayList<>();
        parts.add(styleAwkward());
        parts.add("robots.txt disallows /private/, which holds a linked draft");
        parts.add("broken link to " + BROKEN_LINK);
        if (!delay().isZero()) {
            parts.add("slow: every response delayed " + delay().toMillis() + " ms");
        }
        change.added().ifPresent(r -> parts.add("epoch 2 adds " + r.file().name()));
        change.changed().ifPresent(r -> parts.add("epoch 2 revises " + r.file().name()));
        change.removed().ifPresent(r -> parts.add("epoch 2 removes " + r.file().name()));
        return String.join("; ", parts);
    }

    Site site() {
        return new Site(style, base(), board.id(), siteName(), awkward());
    }

    void changeBetweenEpochs() {
        this.change = EpochChange.plan(published);
    }

    EpochChange change() {
        return change;
    }

    int epoch() {
        return epoch.get();
    }

    String siteName() {
        return board.printedName() != null && !board.printedName().isBlank() ? board.printedName() : board.id();
    }

    /** The public reports on the site now (the epoch decides), newest first. */
    List<Corpus.Report> reports() {
        int now = epoch.get();
        EpochChange c = change;
        return published.stream().filter(r -> c.visible(r, now)).toList();
    }

    Optional<Corpus.Report> visible(String fileName) {
        return reports().stream().filter(r -> r.file().name().equals(fileName)).findFirst();
    }

    Optional<Corpus.Report> visibleById(String id) {
        return reports().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    static String fileHref(Corpus.Report report) {
        return "/files/" + Html.encode(report.file().name());
    }

    /** The 'documents in preparation' paragraph every listing carries: drafts under /private/ and the broken link. */
    String draftsAndBrokenLink() {
        StringBuilder html = new StringBuilder("<h2>Documents in preparation</h2>\n<ul>\n");
        if (drafts.isEmpty()) {
            html.append("<li>").append(Html.link(SYNTHETIC_DRAFT, "Draft learning review (panel members only)"))
                    .append("</li>\n");
        }
        for (Corpus.Report draft : drafts) {
            html.append("<li>").append(Html.link("/private/" + Html.encode(draft.file().name()),
                    "Draft: " + draft.title())).append("</li>\n");
        }
        html.append("</ul>\n<p>").append(Html.link(BROKEN_LINK, "Annual report 2019 (PDF)")).append("</p>\n");
        return html.toString();
    }
}
