package org.casewise.dataset.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewise.dataset.model.GroundTruth;

/**
 * Style (b): an HTML table with year, title and link columns. The link text is only 'Download',
 * so a crawler must take the title from the row, not from the anchor.
 */
final class TableSite extends BoardSite {

    TableSite(int port, RequestLog log, AtomicInteger epoch, GroundTruth.BoardRef board, List<Corpus.Report> reports)
            throws IOException {
        super(Site.Style.TABLE, port, log, epoch, board, reports);
    }

    @Override
    String styleAwkward() {
        return "a table of year, title and a link whose text is only 'Download'";
    }

    @Override
    void servePages(Exchange ex) throws IOException {
        if (!ex.path().equals("/")) {
            ex.notFound();
            return;
        }
        StringBuilder body = new StringBuilder("<table>\n<thead><tr><th>Year</th><th>Title</th><th>Report</th></tr></thead>\n<tbody>\n");
        for (Corpus.Report r : reports()) {
            String kind = r.file().name().substring(r.file().name().lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
            body.append("<tr><td>").append(r.year()).append("</td><td>").append(Html.escape(r.title()))
                    .append("</td><td>").append(Html.link(fileHref(r), "Download"))
                    .append(" (").append(Html.escape(kind)).append(", ").append(Math.max(1, r.file().size() / 1024))
                    .append(" KB)</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n").append(draftsAndBrokenLink());
        ex.html(200, Html.page(siteName(), "Case reviews", body.toString()));
    }
}
