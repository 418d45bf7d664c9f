package org.casewise.source.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links a crawler can follow from one HTML page: every {@code <a href>} and every feed
 * advertised with {@code <link rel="alternate" type="application/rss+xml|atom+xml">}, resolved to
 * absolute, normalised http(s) URLs (see {@link UrlNormaliser}), each once, in page order. Bad
 * hrefs are skipped, never thrown: one broken link must not lose the rest of a listing page.
 */
public final class LinkExtractor {

    /** The rel given to feed links, so the crawler can tell a feed from a page without fetching it. */
    public static final String FEED_REL = "alternate-feed";
    static final int MAX_TEXT = 300;

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml");

    /**
     * @param url  absolute, normalised, without fragment
     * @param text the anchor's text with whitespace collapsed, at most 300 characters (a feed link's title)
     * @param rel  the rel attribute lower-cased, "" when absent, {@link #FEED_REL} for an advertised feed
     */
    public record Link(URI url, String text, String rel) {
        public Link {
            Objects.requireNonNull(url, "url");
            text = text == null ? "" : text;
            rel = rel == null ? "" : rel;
        }
    }

    private LinkExtractor() {
    }

    /**
     * Links of a fetched page on disk.
     *
     * @param charsetOrNull the charset from the response's Content-Type; null (or one this JVM does not
     *                      know) lets jsoup detect it from a byte order mark or a meta tag, else UTF-8
     * @param pageUrl       the URL the page was fetched from (after redirects), to resolve relative hrefs
     * @throws IOException when the file cannot be read
     */
    public static List<Link> links(Path htmlFile, String charsetOrNull, URI pageUrl) throws IOException {
        Objects.requireNonNull(pageUrl, "pageUrl");
        return links(Jsoup.parse(htmlFile, knownCharset(charsetOrNull), pageUrl.toString()), pageUrl);
    }

    /** Links of a page held as a string; see {@link #links(Path, String, URI)}. */
    public static List<Link> links(String html, URI pageUrl) {
        Objects.requireNonNull(pageUrl, "pageUrl");
        return links(Jsoup.parse(html, pageUrl.toString()), pageUrl);
    }

    private static List<Link> links(Document doc, URI pageUrl) {
        // The first <base href> decides for the whole page, as in browsers; a bad one is ignored.
        Element baseElement = doc.selectFirst("base[href]");
        URI base = Optional.ofNullable(baseElement)
                .flatMap(b -> UrlNormaliser.resolveHttp(pageUrl, b.attr("href")))
                .orElse(pageUrl);
        // Keyed by normalised URL: the first occurrence wins, keeping its text and page position.
        Map<URI, Link> found = new LinkedHashMap<>();
        for (Element e : doc.select("a[href], link[href]")) {
            String rel;
            String text;
            if (e.nameIs("a")) {
                rel = normaliseSpace(e.attr("rel")).toLowerCase(Locale.ROOT);
                text = e.text();
            } else if (isFeedLink(e)) {
                rel = FEED_REL;
                text = e.attr("title");
            } else {
                continue; // stylesheets, icons, canonical and other <link>s are not for crawling
            }
            UrlNormaliser.resolveHttp(base, e.attr("href"))
                    .ifPresent(url -> found.putIfAbsent(url, new Link(url, truncate(normaliseSpace(text)), rel)));
        }
        return List.copyOf(found.values());
    }

    private static boolean isFeedLink(Element link) {
        List<String> rels = List.of(normaliseSpace(link.attr("rel")).toLowerCase(Locale.ROOT).split(" "));
        // The type may carry parameters ("application/rss+xml; charset=utf-8").
        String type = link.attr("type").split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return rels.contains("alternate") && FEED_TYPES.contains(type);
    }

    private static String knownCharset(String charsetOrNull) {
        if (charsetOrNull == null || charsetOrNull.isBlank()) {
            return null;
        }
        String name = charsetOrNull.strip().replace("\"", "");
        try {
            // A server's made-up charset name must not fail the page; detection is the better guess.
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normaliseSpace(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String truncate(String s) {
        if (s.length() <= MAX_TEXT) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return s.substring(0, end);
    }
}
