package org.casewise.source.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlNormaliserTest {

    private static String normalise(String uri) {
        return UrlNormaliser.normalise(URI.create(uri)).toString();
    }

    @Test
    void lowerCasesSchemeAndHostButNotPathOrQuery() {
        assertEquals("http://example.test/Files/Report.PDF?Id=A", normalise("HTTP://Example.TEST/Files/Report.PDF?Id=A"));
    }

    @Test
    void dropsOnlyTheDefaultPortOfTheScheme() {
        assertEquals("http://example.test/a", normalise("http://example.test:80/a"));
        assertEquals("https://example.test/a", normalise("https://example.test:443/a"));
        assertEquals("https://example.test:80/a", normalise("https://example.test:80/a"), "80 is not https's default");
        assertEquals("http://example.test:443/a", normalise("http://example.test:443/a"));
        assertEquals("http://127.0.0.1:8301/a", normalise("http://127.0.0.1:8301/a"));
    }

    @Test
    void emptyPathBecomesSlashAndFragmentGoes() {
        assertEquals("https://example.test/", normalise("https://example.test"));
        assertEquals("https://example.test/", normalise("https://example.test:443#top"));
        assertEquals("https://example.test/?page=2", normalise("https://example.test?page=2"));
        assertEquals("http://example.test/a", normalise("http://example.test/a#section-2"));
    }

    @Test
    void resolvesDotSegmentsIncludingAboveTheRoot() {
        assertEquals("http://example.test/a/c", normalise("http://example.test/a/./b/../c"));
        assertEquals("http://example.test/a/", normalise("http://example.test/a/b/.."));
        assertEquals("http://example.test/a", normalise("http://example.test/../a"));
        assertEquals("http://example.test/a", normalise("http://example.test/../../a"));
        assertEquals("http://example.test/", normalise("http://example.test/.."));
    }

    @Test
    void keepsQueryOrderAndPercentEncodingAsWritten() {
        assertEquals("http://example.test/list?b=2&a=1&b=1", normalise("http://example.test/list?b=2&a=1&b=1"));
        assertEquals("http://example.test/Child%20A.pdf?q=a%2Fb", normalise("http://example.test/Child%20A.pdf?q=a%2Fb"));
    }

    @Test
    void keepsUserInfoAndIpv6Hosts() {
        assertEquals("http://user@example.test/", normalise("http://user@EXAMPLE.test:80"));
        assertEquals("http://[::1]:8080/a", normalise("http://[::1]:8080/a"));
    }

    @Test
    void twoSpellingsOfOneLinkAreEqual() {
        assertEquals(UrlNormaliser.normalise(URI.create("HTTPS://Board.Example.TEST:443/reviews/./2024/../index#x")),
                UrlNormaliser.normalise(URI.create("https://board.example.test/reviews/index")));
    }

    @Test
    void refusesRelativeAndOpaqueUris() {
        assertThrows(IllegalArgumentException.class, () -> UrlNormaliser.normalise(URI.create("/files/a.pdf")));
        assertThrows(IllegalArgumentException.class, () -> UrlNormaliser.normalise(URI.create("mailto:someone@example.test")));
    }

    @Test
    void resolvesHrefsTheWayBrowsersDo() {
        URI page = URI.create("http://example.test/dir/page.html?x=1");
        assertEquals("http://example.test/dir/page.html?page=2", resolve(page, "?page=2"), "RFC 3986, not RFC 2396");
        assertEquals("http://example.test/dir/a.pdf", resolve(page, "a.pdf"));
        assertEquals("http://example.test/a.pdf", resolve(page, "../../a.pdf"));
        assertEquals("http://other.test/b", resolve(page, "//OTHER.test:80/b"), "scheme-relative: the page's scheme");
        assertEquals("http://example.test/c", resolve(URI.create("http://example.test"), "c"), "host without a path");
        assertEquals("http://example.test/dir/Child%20A%20report.pdf", resolve(page, " Child A report.pdf\n"));
        assertEquals("http://example.test/dir/long-name.pdf", resolve(page, "long-\n\tname.pdf"), "wrapped by a CMS");
        assertEquals("http://example.test/dir/a%7Cb.pdf", resolve(page, "a|b.pdf"));
        assertTrue(UrlNormaliser.resolveHttp(page, "#top").isEmpty(), "a place on the same page");
        assertTrue(UrlNormaliser.resolveHttp(page, "   ").isEmpty());
        assertTrue(UrlNormaliser.resolveHttp(page, "ftp://example.test/a").isEmpty());
        assertTrue(UrlNormaliser.resolveHttp(page, "http:relative").isEmpty());
        assertTrue(UrlNormaliser.resolveHttp(page, "http:///no-host").isEmpty());
    }

    private static String resolve(URI base, String href) {
        return UrlNormaliser.resolveHttp(base, href).orElseThrow().toString();
    }
}
