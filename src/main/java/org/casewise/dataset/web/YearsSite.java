package org.casewise.dataset.web;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewise.dataset.model.GroundTruth;

/**
 * Style (c): nested pages, an index of years at {@code /reviews/} (linked from the home page) with a
 * page per year at {@code /reviews/<year>}. The newest year's page answers 500 the first time it is
 * requested in each epoch, so a crawler must retry a failed listing page rather than conclude the
 * year is empty.
 */
final class YearsSite extends BoardSite {

    /** The last epoch in which the flaky page has already failed once (0: not yet). */
    private final AtomicInteger failedInEpoch = new AtomicInteger();

    YearsSite(int port, RequestLog log, AtomicInteger epoch, GroundTruth.BoardRef board, List<Corpus.Report> reports)
            throws IOException {
        super(Site.Style.YEARS, port, log, epoch, board, reports);
    }

    @Override
    String styleAwkward() {
        return "nested pages: /reviews/ lists years, /reviews/<year> the reports; the newest year's page answers"
                + " 500 the first time per epoch";
    }

    /** The page that fails once per epoch, e.g. "/reviews/2024" (empty when the site has no report). */
    String flakyPath() {
        TreeSet<Integer> years = years();
        return years.isEmpty() ? "" : "/reviews/" + years.last();
    }

    @Override
    void servePages(Exchange ex) throws IOException {
        String path = ex.path();
        if (path.equals("/")) {
            ex.html(200, Html.page(siteName(), "Learning from reviews",
                    "<p>" + Html.link("/reviews/", "Published case reviews by year") + "</p>\n" + draftsAndBrokenLink()));
        } else if (path.equals("/reviews/") || path.equals("/reviews")) {
            StringBuilder body = new StringBuilder("<ul>\n");
            for (int year : years().descendingSet()) {
                body.append("<li>").append(Html.link("/reviews/" + year, "Reviews published in " + year)).append("</li>\n");
            }
            ex.html(200, Html.page(siteName(), "Published case reviews", body.append("</ul>\n").toString()));
        } else if (path.matches("/reviews/\\d{4}")) {
            int year = Integer.parseInt(path.substring("/reviews/".length()));
            List<Corpus.Report> ofYear = reports().stream().filter(r -> r.year() == year).toList();
            if (ofYear.isEmpty()) {
                ex.notFound();
                return;
            }
            int now = epoch();
            if (path.equals(flakyPath()) && failedInEpoch.getAndSet(now) != now) {
                ex.html(500, Html.page(siteName(), "Service unavailable", "<p>Something went wrong. Try again later.</p>"));
                return;
            }
            StringBuilder body = new StringBuilder("<ul>\n");
            for (Corpus.Report r : ofYear) {
                body.append("<li>").append(Html.link(fileHref(r), r.title())).append("</li>\n");
            }
            body.append("</ul>\n<p>").append(Html.link("/reviews/", "All years")).append("</p>\n");
            ex.html(200, Html.page(siteName(), "Reviews published in " + year, body.toString()));
        } else {
            ex.notFound();
        }
    }

    private TreeSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        reports().forEach(r -> years.add(r.year()));
        return years;
    }
}
