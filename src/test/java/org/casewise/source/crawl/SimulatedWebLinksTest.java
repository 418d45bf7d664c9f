package org.casewise.source.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casewise.dataset.model.GroundTruth;
import org.casewise.dataset.web.SimulatedWeb;
import org.casewise.dataset.web.Site;
import org.casewise.source.crawl.FeedReader.FeedItem;
import org.casewise.source.crawl.LinkExtractor.Link;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor and the feed reader on real pages and a real feed, as the crawler will meet them:
 * the simulated publishing web over the sample corpus, fetched over loopback HTTP to a file. What
 * each site should list is worked out from the corpus's ground truth, not from the served HTML.
 */
class SimulatedWebLinksTest {

    private static final Path CORPUS = Path.of("datasets/sample/generated");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private static SimulatedWeb web;
    /** Public reports by board id, from the ground truth. */
    private static final Map<String, List<GroundTruth>> PUBLIC = new HashMap<>();

    @TempDir
    static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GroundTruth t = json.readValue(f.toFile(), GroundTruth.class);
                if (t.board() != null && t.board().id() != null && "public".equals(t.visibility())) {
                    PUBLIC.computeIfAbsent(t.board().id(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        web = SimulatedWeb.start(CORPUS, SimulatedWeb.Options.defaults().withSlowDelay(Duration.ZERO));
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    /** Fetches to a file and extracts, passing the Content-Type charset as the crawler will. */
    private static List<Link> linksOf(URI page) throws IOException, InterruptedException {
        Path file = Files.createTempFile(downloads, "page", ".html");
        HttpResponse<Path> response = HTTP.send(HttpRequest.newBuilder(page).GET().build(),
                HttpResponse.BodyHandlers.ofFile(file));
        assertEquals(200, response.statusCode(), page.toString());
        Matcher charset = CHARSET.matcher(response.headers().firstValue("Content-Type").orElse(""));
        return LinkExtractor.links(file, charset.find() ? charset.group(1) : null, page);
    }

    private static Site site(Site.Style style) {
        return web.site(style).orElseThrow(() -> new AssertionError("no " + style + " site"));
    }

    private static Set<URI> fileUrls(Site site, Set<String> except) {
        Set<URI> expected = new LinkedHashSet<>();
        for (GroundTruth t : PUBLIC.getOrDefault(site.boardId(), List.of())) {
            if (!except.contains(t.file())) {
                expected.add(site.baseUri().resolve("/files/" + t.file()));
            }
        }
        assertTrue(expected.size() >= 2, "the sample corpus gives " + site.style() + " at least two reports");
        return expected;
    }

    private static Set<URI> filesAmong(List<Link> links) {
        Set<URI> files = new LinkedHashSet<>();
        links.stream().map(Link::url).filter(u -> u.getPath().startsWith("/files/")).forEach(files::add);
        return files;
    }

    @Test
    void listSiteLinksEveryReportItPublishes() throws Exception {
        Site list = site(Site.Style.LIST);
        // In epoch 1 the changing site holds its newest report back.
        Set<String> heldBack = new LinkedHashSet<>();
        web.epochChange().filter(c -> c.site().equals(list)).flatMap(SimulatedWeb.Change::addedFile)
                .ifPresent(heldBack::add);
        List<Link> links = linksOf(list.baseUri());
        assertEquals(fileUrls(list, heldBack), filesAmong(links));
        assertTrue(links.stream().anyMatch(l -> l.url().getPath().startsWith("/private/")),
                "the extractor reports drafts too; robots.txt is the crawler's business");
    }

    @Test
    void tableSiteLinksAreAllDownload() throws Exception {
        Site table = site(Site.Style.TABLE);
        List<Link> links = linksOf(table.baseUri());
        List<Link> files = links.stream().filter(l -> l.url().getPath().startsWith("/files/")).toList();
        assertEquals(fileUrls(table, Set.of()), filesAmong(links));
        assertTrue(files.stream().allMatch(l -> l.text().equals("Download")), files.toString());
    }

    @Test
    void repositoryListingHasNextPageAndRecordLinks() throws Exception {
        URI repo = web.nationalRepository();
        List<Link> links = linksOf(repo.resolve("/reviews?page=1"));
        assertTrue(links.contains(new Link(repo.resolve("/reviews?page=2"), "Next", "next")), links.toString());
        Map<String, String> titles = new HashMap<>();
        PUBLIC.values().forEach(ts -> ts.forEach(t -> titles.put(t.id(), t.title())));
        List<Link> records = links.stream().filter(l -> l.url().getPath().matches("/reviews/[^/]+")).toList();
        assertEquals(20, records.size(), "a full first page");
        for (Link record : records) {
            String id = record.url().getPath().substring("/reviews/".length());
            assertEquals(titles.get(id), record.text(), "the anchor text is the record's title: " + record);
        }
    }

    @Test
    void feedSiteAdvertisesItsFeedAndTheFeedHasEveryReport() throws Exception {
        Site feedSite = site(Site.Style.FEED);
        URI feedUrl = feedSite.baseUri().resolve("/feed.xml");
        assertTrue(linksOf(feedSite.baseUri()).stream().anyMatch(l -> l.url().equals(feedUrl)));

        Path file = downloads.resolve("feed.xml");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(feedUrl).GET().build(),
                HttpResponse.BodyHandlers.ofFile(file)).statusCode());
        List<FeedItem> items = FeedReader.read(file, feedUrl);

        List<GroundTruth> published = PUBLIC.get(feedSite.boardId());
        assertEquals(published.stream().map(GroundTruth::title).sorted().toList(),
                items.stream().map(FeedItem::title).sorted().toList(), "one item per published report");
        for (FeedItem item : items) {
            assertTrue(item.link().isAbsolute() && item.link().getAuthority().equals(feedSite.host()), item.toString());
            assertNotNull(item.published(), item.toString());
            assertEquals(item.link().toString(), item.guid(), "permalink guid");
        }
        assertTrue(items.stream().anyMatch(i -> i.link().getPath().matches("/reports/[^/]+\\.pdf")),
                "older items keep the old URL form: " + items);
        assertTrue(items.stream().anyMatch(i -> i.link().getPath().startsWith("/files/")), items.toString());
    }
}
