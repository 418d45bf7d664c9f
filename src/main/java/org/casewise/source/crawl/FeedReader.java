package org.casewise.source.crawl;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, read with ROME, with their links resolved
 * against the feed's URL and normalised as {@link LinkExtractor} does, so a report found through a
 * feed and through a page is queued once.
 *
 * <p>Feeds come from the open web, so the XML is parsed with no entity declarations at all: a
 * DOCTYPE that only names a DTD (as RSS 0.91 feeds do) is removed before parsing and the DTD never
 * fetched; a DOCTYPE with an internal subset, the only place an XXE or entity-expansion attack can
 * declare its entities, is refused.
 */
public final class FeedReader {

    /** Larger than any real news feed; a bigger file is something else, or an attack on memory. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** A DOCTYPE with no internal subset: it declares nothing, it only names a DTD. */
    private static final Pattern PLAIN_DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*>");
    /** The root element's start tag (comments, processing instructions and the DOCTYPE start "<!" or "<?"). */
    private static final Pattern ELEMENT_START = Pattern.compile("<[A-Za-z_]");

    /**
     * @param title       whitespace collapsed, "" when the item has none
     * @param link        absolute, normalised http(s) URL
     * @param enclosures  absolute, normalised http(s) URLs of the item's enclosures, in feed order
     * @param published   publication date, else the updated date, else null
     * @param guid        RSS guid or Atom id as written, null when absent
     */
    public record FeedItem(String title, URI link, List<URI> enclosures, Instant published, String guid) {
        public FeedItem {
            Objects.requireNonNull(link, "link");
            title = title == null ? "" : title;
            enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
        }
    }

    private FeedReader() {
    }

    /**
     * One item per feed entry with a usable link, in feed order; an entry whose link is missing,
     * malformed or not http(s) is skipped.
     *
     * @param feedUrl the URL the feed was fetched from, to resolve relative links
     * @throws FeedException when the file is not a readable RSS or Atom feed, or is over {@link #MAX_BYTES}
     */
    public static List<FeedItem> read(Path feedFile, URI feedUrl) throws FeedException {
        Objects.requireNonNull(feedUrl, "feedUrl");
        SyndFeed feed = parse(readCapped(feedFile, feedUrl), feedUrl);
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Optional<URI> link = UrlNormaliser.resolveHttp(feedUrl, link(entry));
            if (link.isEmpty()) {
                continue;
            }
            Set<URI> enclosures = new LinkedHashSet<>();
            for (SyndEnclosure enclosure : entry.getEnclosures()) {
                UrlNormaliser.resolveHttp(feedUrl, enclosure.getUrl()).ifPresent(enclosures::add);
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String guid = entry.getUri() == null || entry.getUri().isBlank() ? null : entry.getUri().strip();
            String title = entry.getTitle() == null ? "" : entry.getTitle().strip().replaceAll("\\s+", " ");
            items.add(new FeedItem(title, link.get(), List.copyOf(enclosures),
                    date == null ? null : date.toInstant(), guid));
        }
        return List.copyOf(items);
    }

    /** The entry's link, else (Atom entries with only typed links) its first alternate link. */
    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                return link.getHref();
            }
        }
        return null;
    }

    private static byte[] readCapped(Path feedFile, URI feedUrl) throws FeedException {
        try {
            long size = Files.size(feedFile);
            if (size > MAX_BYTES) {
                throw new FeedException("feed too large: " + size + " bytes, at most " + MAX_BYTES + ": " + feedUrl);
            }
            byte[] bytes = Files.readAllBytes(feedFile);
            if (bytes.length > MAX_BYTES) { // grew between the two calls
                throw new FeedException("feed too large: at most " + MAX_BYTES + " bytes: " + feedUrl);
            }
            return bytes;
        } catch (IOException e) {
            throw new FeedException("cannot read the feed file " + feedFile + " (" + feedUrl + "): " + e.getMessage(), e);
        }
    }

    private static SyndFeed parse(byte[] bytes, URI feedUrl) throws FeedException {
        String xml;
        // ROME's XmlReader finds the encoding from the BOM and the XML declaration, as the XML spec says.
        try (Reader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder(bytes.length);
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            xml = out.toString();
        } catch (IOException e) {
            throw notAFeed(feedUrl, e);
        }
        SyndFeedInput input = new SyndFeedInput();
        // ROME already turns off external entities and DTD loading; refusing DOCTYPEs also stops internal entities.
        input.setAllowDoctypes(false);
        try {
            return input.build(new StringReader(withoutPlainDoctype(xml)));
        } catch (com.rometools.rome.io.FeedException | RuntimeException e) {
            // ROME signals 'not a feed' with IllegalArgumentException, and its parsers have thrown other
            // unchecked exceptions on odd input; either way this is a bad feed, not a crawler failure.
            throw notAFeed(feedUrl, e);
        }
    }

    /** Removes a DOCTYPE in the prolog that declares nothing; one with an internal subset is left for ROME to refuse. */
    static String withoutPlainDoctype(String xml) {
        int doctype = xml.indexOf("<!DOCTYPE");
        Matcher root = ELEMENT_START.matcher(xml);
        if (doctype < 0 || (root.find() && root.start() < doctype)) {
            return xml; // none, or only text inside the document (a CDATA section), which is content
        }
        Matcher plain = PLAIN_DOCTYPE.matcher(xml);
        if (plain.find(doctype) && plain.start() == doctype) {
            return xml.substring(0, doctype) + xml.substring(plain.end());
        }
        return xml;
    }

    private static FeedException notAFeed(URI feedUrl, Exception cause) {
        return new FeedException("not an RSS or Atom feed: " + feedUrl + " (" + cause.getMessage() + ")", cause);
    }
}
