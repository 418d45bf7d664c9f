package org.casewise.source.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casewise.source.crawl.LinkExtractor.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkExtractorTest {

    private static final URI PAGE = URI.create("http://board.example.test/safeguarding/reviews/index.html");

    private static List<String> urls(String html) {
        return LinkExtractor.links(html, PAGE).stream().map(l -> l.url().toString()).toList();
    }

    @Test
    void resolvesRelativeHrefsAgainstThePage() {
        assertEquals(List.of(
                "http://board.example.test/safeguarding/reviews/child-a.pdf",
                "http://board.example.test/safeguarding/archive/2019.html",
                "http://board.example.test/files/child-b.pdf",
                "http://cdn.example.test/c.pdf",
                "http://board.example.test/safeguarding/reviews/index.html?page=2",
                "https://other.example.test/d.docx"),
                urls("""
                        <a href="child-a.pdf">A</a> <a href="../archive/2019.html">2019</a>
                        <a href="/files/child-b.pdf">B</a> <a href="//cdn.example.test/c.pdf">C</a>
                        <a href="?page=2">Next</a> <a href="HTTPS://Other.Example.TEST:443/d.docx">D</a>
                        """));
    }

    @Test
    void honoursBaseHrefIncludingARelativeOne() {
        assertEquals(List.of("https://cdn.example.test/docs/child-a.pdf", "https://elsewhere.test/x"),
                urls("""
                        <html><head><base href="https://cdn.example.test/docs/"></head>
                        <body><a href="child-a.pdf">A</a><a href="https://elsewhere.test/x">X</a></body></html>
                        """));
        assertEquals(List.of("http://board.example.test/library/child-a.pdf"),
                urls("<head><base href=\"/library/\"></head><a href=\"child-a.pdf\">A</a>"));
        assertEquals(List.of("http://board.example.test/safeguarding/reviews/child-a.pdf"),
                urls("<head><base href=\"javascript:void(0)\"></head><a href=\"child-a.pdf\">A</a>"),
                "an unusable base is ignored, not fatal");
    }

    @Test
    void dropsFragmentsAndSamePageAnchors() {
        assertEquals(List.of("http://board.example.test/a.pdf"), urls("""
                <a href="#top">Back to top</a> <a href="">self</a>
                <a href="/a.pdf#page=3">A, page 3</a> <a href="/a.pdf">A</a> <a href="/a.pdf#bad#fragment">A again</a>
                """));
    }

    @Test
    void keepsOnlyHttpAndHttps() {
        assertEquals(List.of("http://board.example.test/ok.pdf"), urls("""
                <a href="javascript:void(0)">x</a> <a href=" JavaScript:openWindow('a b')">y</a>
                <a href="mailto:lscp@example.test">mail</a> <a href="tel:+441234">call</a>
                <a href="ftp://example.test/a">ftp</a> <a href="data:text/html,hi">data</a>
                <a href="/ok.pdf">ok</a>
                """));
    }

    @Test
    void deduplicatesKeepingFirstSeenOrderAndText() {
        List<Link> links = LinkExtractor.links("""
                <a href="/b.pdf">First B</a> <a href="/a.pdf">A</a>
                <a href="HTTP://board.example.test:80/b.pdf">Second B</a> <a href="/x/../a.pdf">A again</a>
                """, PAGE);
        assertEquals(List.of(
                new Link(URI.create("http://board.example.test/b.pdf"), "First B", ""),
                new Link(URI.create("http://board.example.test/a.pdf"), "A", "")), links);
    }

    @Test
    void trimsHrefsAndEncodesSpacesAsBrowsersDo() {
        assertEquals(List.of("http://board.example.test/files/Child%20A%20LCSPR.pdf",
                "http://board.example.test/safeguarding/reviews/b.pdf"),
                urls("<a href=\"  /files/Child A LCSPR.pdf \">A</a><a href=\"\n\tb.pdf\n\">B</a>"));
    }

    @Test
    void skipsMalformedHrefsAndKeepsTheRest() {
        assertEquals(List.of("http://board.example.test/before.pdf", "http://board.example.test/after.pdf"), urls("""
                <a href="/before.pdf">before</a>
                <a href="http://[not-an-ip/x">bad host</a> <a href="/a%zz.pdf">bad escape</a>
                <a href="http://">no host</a> <a href="::::">colons</a> <a href="http://exa mple.test/">space in host</a>
                <a href="/after.pdf">after</a>
                """));
    }

    @Test
    void textIsVisibleTextCollapsedAndCappedAndRelIsLowerCased() {
        String longTitle = "word ".repeat(100);
        List<Link> links = LinkExtractor.links("<a rel=\" NoFollow  NEXT \" href=\"/a\">\n  Serious  <b>case</b>\n review </a>"
                + "<a href=\"/b\">" + longTitle + "</a><a href=\"/c\"><img src=\"x.png\" alt=\"icon\"></a>", PAGE);
        assertEquals("Serious case review", links.get(0).text());
        assertEquals("nofollow next", links.get(0).rel());
        assertEquals(300, links.get(1).text().length());
        assertTrue(longTitle.startsWith(links.get(1).text()));
        assertEquals("", links.get(2).text());
        assertEquals("", links.get(2).rel());
    }

    @Test
    void findsAdvertisedFeedsButNoOtherLinkElements() {
        List<Link> links = LinkExtractor.links("""
                <html><head>
                <link rel="stylesheet" href="/style.css"><link rel="icon" href="/favicon.ico">
                <link rel="canonical" href="/safeguarding/reviews/">
                <link rel="alternate" hreflang="cy" href="/cy/">
                <link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml">
                <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="atom.xml">
                </head><body><a href="/feed.xml">news feed (RSS)</a></body></html>
                """, PAGE);
        assertEquals(List.of(
                new Link(URI.create("http://board.example.test/feed.xml"), "News", LinkExtractor.FEED_REL),
                new Link(URI.create("http://board.example.test/safeguarding/reviews/atom.xml"), "", LinkExtractor.FEED_REL)),
                links, "the anchor to the same feed is a duplicate of the first-seen feed link");
    }

    @Test
    void readsAFileInTheGivenCharsetAndSurvivesAnUnknownOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page.html");
        Files.write(file, "<a href=\"/caf\u00e9.pdf\">Caf\u00e9 review</a>".getBytes(StandardCharsets.ISO_8859_1));
        List<Link> links = LinkExtractor.links(file, "ISO-8859-1", PAGE);
        assertEquals("Caf\u00e9 review", links.get(0).text());
        assertEquals("/caf\u00e9.pdf", links.get(0).url().getPath());

        Path utf8 = dir.resolve("utf8.html");
        Files.writeString(utf8, "<meta charset=\"utf-8\"><a href=\"/a.pdf\">Review \u2013 Child A</a>");
        assertEquals("Review \u2013 Child A", LinkExtractor.links(utf8, "no-such-charset", PAGE).get(0).text());
        assertEquals("Review \u2013 Child A", LinkExtractor.links(utf8, null, PAGE).get(0).text());
    }
}
