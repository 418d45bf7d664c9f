package org.casewise.source.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.casewise.source.crawl.FeedReader.FeedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static final URI FEED = URI.create("https://board.example.test/news/feed.xml");
    private static final String SECRET = "TOP-SECRET-7f3a9c";

    @TempDir
    Path dir;

    private List<FeedItem> read(String xml) throws IOException, FeedException {
        Path file = Files.createTempFile(dir, "feed", ".xml");
        Files.writeString(file, xml);
        return FeedReader.read(file, FEED);
    }

    @Test
    void readsRss2WithRelativeLinksEnclosuresDatesAndGuids() throws Exception {
        List<FeedItem> items = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>News</title><link>https://board.example.test/</link>
                <description>d</description>
                <item><title>  Child A:
                   learning review </title><link>/files/child-a.pdf</link>
                  <enclosure url="../files/child-a-summary.pdf" length="10" type="application/pdf"/>
                  <pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate><guid isPermaLink="false">review-17</guid></item>
                <item><title>Child B</title><link>HTTPS://Board.Example.TEST:443/files/child-b.pdf#p2</link></item>
                </channel></rss>
                """);
        assertEquals(2, items.size());
        FeedItem a = items.get(0);
        assertEquals("Child A: learning review", a.title());
        assertEquals(URI.create("https://board.example.test/files/child-a.pdf"), a.link());
        assertEquals(List.of(URI.create("https://board.example.test/files/child-a-summary.pdf")), a.enclosures());
        assertEquals(Instant.parse("2025-03-04T09:30:00Z"), a.published());
        assertEquals("review-17", a.guid());
        FeedItem b = items.get(1);
        assertEquals(URI.create("https://board.example.test/files/child-b.pdf"), b.link(), "normalised");
        assertNull(b.published());
        assertEquals(List.of(), b.enclosures());
    }

    @Test
    void readsAtom() throws Exception {
        List<FeedItem> items = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Reviews</title><id>urn:x</id>
                <updated>2024-05-01T00:00:00Z</updated>
                <entry><title>Child C</title><id>urn:uuid:1</id>
                  <link rel="alternate" href="https://board.example.test/reviews/child-c"/>
                  <link rel="enclosure" type="application/pdf" href="https://board.example.test/files/child-c.pdf"/>
                  <published>2024-04-30T12:00:00Z</published><updated>2024-05-01T00:00:00Z</updated></entry>
                <entry><title>Child D</title><id>urn:uuid:2</id>
                  <link href="https://board.example.test/reviews/child-d"/><updated>2024-03-01T00:00:00Z</updated></entry>
                </feed>
                """);
        assertEquals(2, items.size());
        assertEquals(URI.create("https://board.example.test/reviews/child-c"), items.get(0).link());
        assertEquals(List.of(URI.create("https://board.example.test/files/child-c.pdf")), items.get(0).enclosures());
        assertEquals(Instant.parse("2024-04-30T12:00:00Z"), items.get(0).published());
        assertEquals("urn:uuid:1", items.get(0).guid());
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"), items.get(1).published(), "updated when not published");
    }

    @Test
    void readsRss091WithItsNetscapeDoctypeWithoutFetchingTheDtd() throws Exception {
        List<FeedItem> items = read("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://127.0.0.1:9/rss-0.91.dtd">
                <rss version="0.91"><channel><title>News</title><link>https://board.example.test/</link>
                <description>d</description><language>en-gb</language>
                <item><title>Child E</title><link>https://board.example.test/files/child-e.pdf</link></item>
                </channel></rss>
                """);
        assertEquals(1, items.size());
        assertEquals("Child E", items.get(0).title());
    }

    @Test
    void skipsItemsWhoseLinkIsUnusable() throws Exception {
        List<FeedItem> items = read("""
                <rss version="2.0"><channel><title>t</title><link>https://board.example.test/</link><description>d</description>
                <item><title>bad host</title><link>http://[broken/x.pdf</link></item>
                <item><title>script</title><link>javascript:alert(1)</link></item>
                <item><title>none</title><description>no link at all</description></item>
                <item><title>good</title><link>/files/good.pdf</link>
                  <enclosure url="http://[broken" length="1" type="application/pdf"/></item>
                </channel></rss>
                """);
        assertEquals(List.of("good"), items.stream().map(FeedItem::title).toList());
        assertEquals(List.of(), items.get(0).enclosures(), "a bad enclosure is dropped, not the item");
    }

    @Test
    void externalEntityIsNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        assertRefusedWithoutLeak("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>&xxe;</title><link>https://board.example.test/</link>
                <description>&xxe;</description>
                <item><title>&xxe;</title><link>https://board.example.test/a.pdf</link></item></channel></rss>
                """.formatted(secret.toUri()));
        // The same through a parameter entity, and through an external DTD that declares the entity.
        assertRefusedWithoutLeak("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY %% p SYSTEM "%s"> %%p; ]>
                <rss version="2.0"><channel><title>t</title><link>https://board.example.test/</link>
                <description>d</description></channel></rss>
                """.formatted(secret.toUri()));
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY xxe \"" + SECRET + "\">");
        assertRefusedWithoutLeak("""
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "%s">
                <rss version="2.0"><channel><title>t</title><link>https://board.example.test/</link>
                <description>d</description>
                <item><title>&xxe;</title><link>https://board.example.test/a.pdf</link></item></channel></rss>
                """.formatted(dtd.toUri()));
    }

    /** Refused with our own exception, and the secret in neither the items nor the message. */
    private void assertRefusedWithoutLeak(String xml) throws IOException {
        List<FeedItem> items = null;
        try {
            items = read(xml);
        } catch (FeedException e) {
            assertFalse(String.valueOf(e.getMessage()).contains(SECRET), e.getMessage());
        }
        assertNull(items, "expected a refusal, got " + items);
    }

    @Test
    void internalSubsetIsRefusedOutright() {
        FeedException e = assertThrows(FeedException.class, () -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY a "ha"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
                <rss version="2.0"><channel><title>&b;</title><link>https://x.test/</link><description>d</description>
                </channel></rss>
                """));
        assertTrue(e.getMessage().startsWith("not an RSS or Atom feed: " + FEED), e.getMessage());
    }

    @Test
    void refusesWhatIsNotAFeed() {
        FeedException html = assertThrows(FeedException.class,
                () -> read("<!DOCTYPE html><html><head><title>News</title></head><body><p>x</p></body></html>"));
        assertTrue(html.getMessage().startsWith("not an RSS or Atom feed: " + FEED), html.getMessage());
        FeedException xml = assertThrows(FeedException.class, () -> read("<?xml version=\"1.0\"?><sitemap/>"));
        assertTrue(xml.getMessage().startsWith("not an RSS or Atom feed"), xml.getMessage());
        FeedException broken = assertThrows(FeedException.class, () -> read("<rss version=\"2.0\"><channel><title>"));
        assertTrue(broken.getMessage().startsWith("not an RSS or Atom feed"), broken.getMessage());
        assertThrows(FeedException.class, () -> FeedReader.read(dir.resolve("missing.xml"), FEED));
    }

    @Test
    void refusesFilesOverFiveMegabytes() throws IOException {
        Path big = dir.resolve("big.xml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(FeedReader.MAX_BYTES + 1); // sparse: the size check must come before reading
        }
        FeedException e = assertThrows(FeedException.class, () -> FeedReader.read(big, FEED));
        assertTrue(e.getMessage().startsWith("feed too large"), e.getMessage());
    }
}
