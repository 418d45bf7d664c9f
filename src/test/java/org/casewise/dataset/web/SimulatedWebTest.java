package org.casewise.dataset.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Listings, record pages, each board site's structure, the epoch change and the loopback binding. */
class SimulatedWebTest {

    @TempDir
    static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        TinyCorpus.write(corpus);
    }

    /** Fast and unthrottled, so tests that are not about those behaviours are not slowed by them. */
    static SimulatedWeb start(Path dir) throws IOException {
        return SimulatedWeb.start(dir, SimulatedWeb.Options.defaults().withSlowDelay(Duration.ofMillis(50))
                .withRateLimit(10_000));
    }

    @Test
    void fiveSitesForTheBusiestBoardsEachOnItsOwnLoopbackPort() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            List<Site> sites = web.boardSites();
            assertEquals(List.of("leeds", "birmingham", "cornwall", "kent", "norfolk"),
                    sites.stream().map(Site::boardId).toList(), "by report count, ties by id; wolverhampton loses");
            assertEquals(List.of(Site.Style.values()), sites.stream().map(Site::style).toList());
            Set<Integer> ports = new HashSet<>();
            ports.add(web.nationalRepository().getPort());
            sites.forEach(s -> ports.add(s.baseUri().getPort()));
            assertEquals(6, ports.size(), "every host on its own port");
            for (Host host : web.hosts()) {
                assertEquals("127.0.0.1", host.boundAddress().getAddress().getHostAddress());
                assertEquals("127.0.0.1", host.base().getHost());
            }
        }
    }

    @Test
    void notReachableOnAnyOtherInterface() throws Exception {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        try (SimulatedWeb web = start(corpus)) {
            int port = web.nationalRepository().getPort();
            try (Socket ok = new Socket()) {
                ok.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
            if (other.isPresent()) {
                assertThrows(ConnectException.class, () -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(other.get(), port), 2000);
                    }
                }, "bound to 127.0.0.1 only, not to " + other.get());
            }
        }
    }

    @Test
    void repositoryListsDepositedPublicReportsWithRecordPages() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            URI repo = web.nationalRepository();
            String listing = Http.get(repo.resolve("/reviews?page=1")).body();
            assertTrue(listing.contains("href=\"/reviews/" + TinyCorpus.LEEDS_CHANGED + "\""), listing);
            assertFalse(listing.contains(TinyCorpus.LEEDS_NEW), "held back until epoch 2: not yet deposited");
            assertFalse(listing.contains(TinyCorpus.LEEDS_DRAFT), "drafts are never deposited");
            assertEquals(10, count(listing, "href=\"/reviews/"));
            assertFalse(listing.contains("rel=\"next\""), "one page only");

            String record = Http.get(repo.resolve("/reviews/" + TinyCorpus.CORNWALL_2019)).body();
            assertTrue(record.contains("<dd>2019</dd>"), record);
            assertTrue(record.contains("Cornwall and Isles of Scilly Safeguarding Children Partnership"));
            assertTrue(record.contains("<dd>Child 08</dd>"), "child pseudonym");
            assertTrue(record.contains("Serious case review into the death of a baby under one year old. Themes include"
                    + " neglect, domestic abuse and professional curiosity."), record);
            assertTrue(record.contains("<li>Professional curiosity</li>"), "learning themes");
            assertTrue(record.contains("class=\"keywords\">Neglect; Domestic abuse;"), "keywords");
            assertTrue(record.contains("audit &lt;pre-birth&gt; assessments"), "recommendations, escaped");
            assertTrue(record.contains("href=\"/files/" + TinyCorpus.CORNWALL_2019 + ".pdf\""), "5 years old: link kept");
            assertEquals(200, Http.get(repo.resolve("/files/" + TinyCorpus.CORNWALL_2019 + ".pdf")).statusCode());

            String old = Http.get(repo.resolve("/reviews/" + TinyCorpus.LEEDS_REMOVED)).body();
            assertTrue(old.contains("<dd>2015</dd>"), "the record remains");
            assertFalse(old.contains("/files/"), "older than five years: no file link");
            assertEquals(404, Http.get(repo.resolve("/files/" + TinyCorpus.LEEDS_REMOVED + ".html")).statusCode());

            String anonymous = Http.get(repo.resolve("/reviews/05-birmingham-child-e-lcspr")).body();
            assertTrue(anonymous.contains("<dt>Board</dt><dd>Anonymous</dd>"), anonymous);
            assertTrue(listing.contains("Anonymous"));
        }
    }

    @Test
    void repositoryPaginatesTwentyPerPage(@TempDir Path many) throws Exception {
        TinyCorpus.writeMany(many, 45);
        try (SimulatedWeb web = start(many)) {
            URI repo = web.nationalRepository();
            String first = Http.get(repo.resolve("/reviews")).body();
            String second = Http.get(repo.resolve("/reviews?page=2")).body();
            String third = Http.get(repo.resolve("/reviews?page=3")).body();
            assertEquals(20, count(first, "href=\"/reviews/"));
            assertEquals(20, count(second, "href=\"/reviews/"));
            // 45 reports, less the one the changing site holds back until epoch 2 (not yet deposited).
            assertEquals(4, count(third, "href=\"/reviews/"));
            assertTrue(first.contains("rel=\"next\" href=\"/reviews?page=2\"") && !first.contains("rel=\"prev\""));
            assertTrue(second.contains("rel=\"prev\" href=\"/reviews?page=1\"")
                    && second.contains("rel=\"next\" href=\"/reviews?page=3\""));
            assertTrue(third.contains("rel=\"prev\"") && !third.contains("rel=\"next\""));
            Set<String> seen = new HashSet<>();
            for (String page : List.of(first, second, third)) {
                page.lines().filter(l -> l.contains("href=\"/reviews/")).forEach(seen::add);
            }
            assertEquals(44, seen.size(), "no record on two pages");
            assertEquals(404, Http.get(repo.resolve("/reviews?page=4")).statusCode());
            assertEquals(400, Http.get(repo.resolve("/reviews?page=two")).statusCode());
        }
    }

    @Test
    void listSiteIsOnePlainListOfLinks() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            URI base = web.site(Site.Style.LIST).orElseThrow().baseUri();
            String home = Http.get(base).body();
            assertTrue(home.contains("<li><a href=\"/files/" + TinyCorpus.LEEDS_CHANGED + ".pdf\">Family B: LCSPR</a> (2021)</li>"), home);
            assertTrue(home.contains("/files/" + TinyCorpus.LEEDS_REMOVED + ".html"));
            assertFalse(home.contains(TinyCorpus.LEEDS_NEW + ".pdf"), "held back in epoch 1");
            assertTrue(home.contains("href=\"/private/" + TinyCorpus.LEEDS_DRAFT + ".docx\""), "the linked draft");
            HttpResponse<byte[]> file = Http.getBytes(base.resolve("/files/" + TinyCorpus.LEEDS_CHANGED + ".pdf"));
            assertEquals(200, file.statusCode());
            assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
            assertArrayEquals(Files.readAllBytes(corpus.resolve(TinyCorpus.LEEDS_CHANGED + ".pdf")), file.body());
        }
    }

    @Test
    void tableSiteHasYearTitleAndLinkColumnsAndEscapesTitles() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            URI base = web.site(Site.Style.TABLE).orElseThrow().baseUri();
            String home = Http.get(base).body();
            assertTrue(home.contains("<th>Year</th><th>Title</th><th>Report</th>"), home);
            assertTrue(home.contains("<tr><td>2023</td><td>Child E: LCSPR</td><td><a href=\"/files/"
                    + "05-birmingham-child-e-lcspr.docx\">Download</a> (DOCX,"), home);
            assertTrue(home.contains("Child &quot;F&quot; &amp; &lt;the&gt; review"), "title escaped");
            assertFalse(home.contains("<the>"));
        }
    }

    @Test
    void yearsSiteNestsAnIndexOfYearsOverAPagePerYear() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            URI base = web.site(Site.Style.YEARS).orElseThrow().baseUri();
            assertTrue(Http.get(base).body().contains("href=\"/reviews/\""));
            String index = Http.get(base.resolve("/reviews/")).body();
            assertTrue(index.contains("href=\"/reviews/2023\"") && index.contains("href=\"/reviews/2019\""), index);
            String year = Http.get(base.resolve("/reviews/2019")).body();
            assertTrue(year.contains("href=\"/files/" + TinyCorpus.CORNWALL_2019 + ".pdf\""), year);
            assertFalse(year.contains(TinyCorpus.CORNWALL_2023));
            assertEquals(404, Http.get(base.resolve("/reviews/1999")).statusCode());
        }
    }

    @Test
    void feedSiteHasAnRss2FeedLinkedFromItsHomePage() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            URI base = web.site(Site.Style.FEED).orElseThrow().baseUri();
            assertTrue(Http.get(base).body().contains("href=\"/feed.xml\""));
            HttpResponse<String> feed = Http.get(base.resolve("/feed.xml"));
            assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/rss+xml"));
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals("2.0", doc.getDocumentElement().getAttribute("version"));
            NodeList items = doc.getElementsByTagName("item");
            assertEquals(2, items.getLength());
            Element newest = (Element) items.item(0);
            assertEquals("Child I: LCSPR", text(newest, "title"));
            assertEquals(base.resolve("/files/" + TinyCorpus.KENT_NEW + ".html").toString(), text(newest, "link"));
            assertEquals("Wed, 01 Jun 2022 00:00:00 GMT", text(newest, "pubDate"));
            assertEquals(text(newest, "link"), text(newest, "guid"));
            Element older = (Element) items.item(1);
            assertEquals(base.resolve("/reports/" + TinyCorpus.KENT_OLD + ".pdf").toString(), text(older, "link"),
                    "older items keep the old URL form");
        }
    }

    @Test
    void redirectSiteLinksReportsThroughDownloadUrlsFromACaseReviewsPage() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            URI base = web.site(Site.Style.REDIRECT).orElseThrow().baseUri();
            String home = Http.get(base).body();
            assertTrue(home.contains("<a href=\"/case-reviews\">Case reviews</a>"), home);
            assertFalse(home.contains("/download"), "reports are one level down");
            String reviews = Http.get(base.resolve("/case-reviews")).body();
            assertTrue(reviews.contains("href=\"/download?id=" + TinyCorpus.NORFOLK_HOSTILE + "\""), reviews);
        }
    }

    @Test
    void epochTwoAddsRevisesAndRemovesOneReportOnTheListSite() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            URI base = web.site(Site.Style.LIST).orElseThrow().baseUri();
            URI added = base.resolve("/files/" + TinyCorpus.LEEDS_NEW + ".pdf");
            URI changed = base.resolve("/files/" + TinyCorpus.LEEDS_CHANGED + ".pdf");
            URI removed = base.resolve("/files/" + TinyCorpus.LEEDS_REMOVED + ".html");
            assertEquals(404, Http.get(added).statusCode());
            HttpResponse<byte[]> before = Http.getBytes(changed);
            String etagBefore = before.headers().firstValue("ETag").orElseThrow();
            String tableBefore = Http.get(web.site(Site.Style.TABLE).orElseThrow().baseUri()).body();
            assertEquals(1, web.epoch());

            HttpResponse<String> switched = Http.post(web.nationalRepository().resolve("/_admin/epoch/2"));
            assertEquals(200, switched.statusCode());
            assertEquals(2, web.epoch());

            String home = Http.get(base).body();
            assertTrue(home.contains(TinyCorpus.LEEDS_NEW + ".pdf"), "the new report is listed");
            assertFalse(home.contains(TinyCorpus.LEEDS_REMOVED), "the removed report is gone from the listing");
            assertEquals(200, Http.get(added).statusCode());
            assertEquals(404, Http.get(removed).statusCode());
            HttpResponse<byte[]> after = Http.getBytes(changed, "If-None-Match", etagBefore);
            assertEquals(200, after.statusCode(), "the old ETag no longer matches");
            assertNotEquals(etagBefore, after.headers().firstValue("ETag").orElseThrow());
            try (PDDocument original = Loader.loadPDF(before.body()); PDDocument revised = Loader.loadPDF(after.body())) {
                assertEquals(original.getNumberOfPages() + 1, revised.getNumberOfPages(), "one extra page");
            }
            assertEquals(tableBefore, Http.get(web.site(Site.Style.TABLE).orElseThrow().baseUri()).body(),
                    "only one site changes");
            SimulatedWeb.Change change = web.epochChange().orElseThrow();
            assertEquals(Site.Style.LIST, change.site().style());
            assertEquals(Optional.of(TinyCorpus.LEEDS_CHANGED + ".pdf"), change.revisedFile());

            web.setEpoch(1);
            assertEquals(404, Http.get(added).statusCode(), "epoch 1 again: as before");
            assertEquals(etagBefore, Http.getBytes(changed).headers().firstValue("ETag").orElseThrow());
        }
    }

    @Test
    void requestLogCountsPerHostAndPath() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            Site site = web.site(Site.Style.LIST).orElseThrow();
            Http.get(site.baseUri());
            Http.get(site.baseUri());
            Http.get(site.baseUri().resolve("/robots.txt"));
            Http.get(web.nationalRepository().resolve("/reviews?page=1"));
            assertEquals(3, web.requestCount(site.host()));
            assertEquals(2, web.requestCount(site.host(), "/"));
            assertEquals(1, web.requestCount(site.host(), "/robots.txt"));
            assertEquals(1, web.requestCount(web.nationalRepository().getAuthority(), "/reviews?page=1"));
            assertEquals(0, web.requestCount(web.site(Site.Style.FEED).orElseThrow().host()));
            assertEquals(3, web.requestLog().entries(site.host()).size());
        }
    }

    @Test
    void describesEveryHostForTheServeCommand() throws Exception {
        try (SimulatedWeb web = start(corpus)) {
            String description = web.describe();
            assertTrue(description.contains(web.nationalRepository().toString()));
            web.boardSites().forEach(s -> assertTrue(description.contains(s.baseUri().toString()), s.toString()));
            assertTrue(description.contains("429"));
            assertTrue(description.contains("slow"));
        }
    }

    @Test
    void aPortInUseFailsTheStartAndFreesWhatItHadBound() throws Exception {
        try (SimulatedWeb first = start(corpus)) {
            int taken = first.nationalRepository().getPort();
            SimulatedWeb.Options clash = SimulatedWeb.Options.defaults().withBasePort(taken);
            assertThrows(IOException.class, () -> SimulatedWeb.start(corpus, clash));
            assertEquals(200, Http.get(first.nationalRepository().resolve("/reviews")).statusCode());
        }
    }

    @Test
    void refusesAFolderWithoutGroundTruth(@TempDir Path empty) {
        assertThrows(IOException.class, () -> start(empty));
        assertEquals(1, new picocli.CommandLine(new ServeCommand()).execute("--corpus", empty.toString(), "--port", "0"));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
