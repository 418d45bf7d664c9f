package org.casewise.dataset.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewise.dataset.model.GroundTruth;

/**
 * Style (e): the home page only links to a 'Case reviews' sub-page, whose report links go through
 * {@code /download?id=<id>}, answered with a 302 to the file: the URL a crawler finds is not the
 * URL the file lives at, and provenance must record both.
 */
final class RedirectSite extends BoardSite {

    RedirectSite(int port, RequestLog log, AtomicInteger epoch, GroundTruth.BoardRef board,
            List<Corpus.Report> reports) throws IOException {
        super(Site.Style.REDIRECT, port, log, epoch, board, reports);
    }

    @Override
    String styleAwkward() {
        return "home page links to /case-reviews; report links are /download?id=... answered 302 to /files/...";
    }

    static String downloadHref(Corpus.Report report) {
        return "/download?id=" + Html.encode(report.id());
    }

    @Override
    void servePages(Exchange ex) throws IOException {
        switch (ex.path()) {
            case "/" -> ex.html(200, Html.page(siteName(), "Keeping children safe",
                    "<nav><ul>\n<li>" + Html.link("/about", "About us") + "</li>\n<li>"
                            + Html.link("/case-reviews", "Case reviews") + "</li>\n</ul></nav>\n"
                            + "<p>Working together to safeguard children in our area.</p>\n"));
            case "/about" -> ex.html(200, Html.page(siteName(), "About us",
                    "<p>The partnership brings together the local authority, police and health.</p>\n"));
            case "/case-reviews" -> {
                StringBuilder body = new StringBuilder("<ul>\n");
                for (Corpus.Report r : reports()) {
                    body.append("<li>").append(Html.link(downloadHref(r), r.title() + " (" + r.year() + ")"))
                            .append("</li>\n");
                }
                body.append("</ul>\n").append(draftsAndBrokenLink());
                ex.html(200, Html.page(siteName(), "Case reviews", body.toString()));
            }
            case "/download" -> {
                Optional<Corpus.Report> report = ex.query("id").flatMap(this::visibleById);
                if (report.isPresent()) {
                    ex.redirect(302, fileHref(report.get()));
                } else {
                    ex.notFound();
                }
            }
            default -> ex.notFound();
        }
    }
}
