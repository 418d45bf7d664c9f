package org.casewise.dataset.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewise.dataset.model.GroundTruth;

/**
 * Style (d): a news feed. The home page links to an RSS 2.0 feed at {@code /feed.xml}; each report
 * is an item with title, link, pubDate and guid. The older half of the items still carry the
 * previous content system's URLs ({@code /reports/<id>.pdf}), which answer 301 to the file. Its
 * robots.txt shuts out a crawler named BadBot entirely.
 */
final class FeedSite extends BoardSite {

    static final String OLD_PREFIX = "/reports/";

    FeedSite(int port, RequestLog log, AtomicInteger epoch, GroundTruth.BoardRef board, List<Corpus.Report> reports)
            throws IOException {
        super(Site.Style.FEED, port, log, epoch, board, reports);
    }

    @Override
    String styleAwkward() {
        return "RSS 2.0 feed at /feed.xml; older items link the old URL form /reports/<id>.pdf, answered 301;"
                + " robots.txt disallows BadBot entirely";
    }

    @Override
    String robotsTxt() {
        return "User-agent: BadBot\nDisallow: /\n\n" + super.robotsTxt();
    }

    static String oldHref(Corpus.Report report) {
        return OLD_PREFIX + Html.encode(report.id()) + ".pdf";
    }

    @Override
    void servePages(Exchange ex) throws IOException {
        String path = ex.path();
        if (path.equals("/")) {
            ex.html(200, Html.page(siteName(), "News",
                    "<p>Our published case reviews are announced in our "
                            + Html.link("/feed.xml", "news feed (RSS)") + ".</p>\n" + draftsAndBrokenLink()));
        } else if (path.equals("/feed.xml")) {
            ex.send(200, "application/rss+xml; charset=utf-8", feed().getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith(OLD_PREFIX) && path.endsWith(".pdf")) {
            String id = path.substring(OLD_PREFIX.length(), path.length() - ".pdf".length());
            Optional<Corpus.Report> report = visibleById(id);
            if (report.isPresent()) {
                ex.redirect(301, fileHref(report.get()));
            } else {
                ex.notFound();
            }
        } else {
            ex.notFound();
        }
    }

    private String feed() {
        List<Corpus.Report> items = reports();
        int firstOld = (items.size() + 1) / 2;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n")
                .append("<title>").append(Html.escape(siteName())).append(" news</title>\n")
                .append("<link>").append(Html.escape(base().toString())).append("</link>\n")
                .append("<description>Published case reviews and learning</description>\n");
        for (int i = 0; i < items.size(); i++) {
            Corpus.Report r = items.get(i);
            String link = base().resolve(i >= firstOld ? oldHref(r) : fileHref(r)).toString();
            xml.append("<item>\n<title>").append(Html.escape(r.title())).append("</title>\n")
                    .append("<link>").append(Html.escape(link)).append("</link>\n")
                    .append("<pubDate>").append(Exchange.httpDate(r.file().lastModified())).append("</pubDate>\n")
                    .append("<guid isPermaLink=\"true\">").append(Html.escape(link)).append("</guid>\n")
                    .append("</item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }
}
