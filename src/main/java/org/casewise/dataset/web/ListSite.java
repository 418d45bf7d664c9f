package org.casewise.dataset.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewise.dataset.model.GroundTruth;

/** Style (a): every report as a plain link on the home page, newest first. */
final class ListSite extends BoardSite {

    ListSite(int port, RequestLog log, AtomicInteger epoch, GroundTruth.BoardRef board, List<Corpus.Report> reports)
            throws IOException {
        super(Site.Style.LIST, port, log, epoch, board, reports);
    }

    @Override
    String styleAwkward() {
        return "one page, a plain list of links";
    }

    @Override
    void servePages(Exchange ex) throws IOException {
        if (!ex.path().equals("/")) {
            ex.notFound();
            return;
        }
        StringBuilder body = new StringBuilder("<p>Published safeguarding practice reviews.</p>\n<ul>\n");
        for (Corpus.Report r : reports()) {
            body.append("<li>").append(Html.link(fileHref(r), r.title())).append(" (")
                    .append(r.year()).append(")</li>\n");
        }
        body.append("</ul>\n").append(draftsAndBrokenLink());
        ex.html(200, Html.page(siteName(), "Safeguarding practice reviews", body.toString()));
    }
}
