package org.casewise.source.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * One spelling per URL, so that the same link written two ways ({@code HTTP://Example.org:80/a/./b#x}
 * and {@code http://example.org/a/b}) is queued and fetched once. Only changes that cannot alter
 * what a server returns are made: the query is kept exactly as written, because some content
 * systems route on parameter order, and path case and percent-encoding are left alone.
 */
public final class UrlNormaliser {

    /** Characters a browser percent-encodes in an href instead of refusing it; java.net.URI refuses them. */
    private static final String ENCODE_IN_HREF = " \"<>`{}|\\^";

    private UrlNormaliser() {
    }

    /**
     * Lower-cases scheme and host, drops the default port (80 for http, 443 for https) and the
     * fragment, turns an empty path into "/" and resolves "." and ".." segments (".." above the root
     * is dropped, as browsers do).
     *
     * @param uri an absolute, hierarchical URI
     * @throws IllegalArgumentException when it is relative or opaque (mailto:, javascript:)
     */
    public static URI normalise(URI uri) {
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw new IllegalArgumentException("not an absolute hierarchical URI: " + uri);
        }
        URI dotless = uri.normalize();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(scheme).append(':');
        if (dotless.getRawAuthority() != null) {
            out.append("//").append(authority(dotless, scheme));
        }
        String path = dotless.getRawPath() == null ? "" : dotless.getRawPath();
        // URI.normalize() keeps leading ".." segments (RFC 2396); RFC 3986 and browsers drop them.
        while (path.startsWith("/../") || path.equals("/..")) {
            path = path.substring(3);
        }
        out.append(path.isEmpty() ? "/" : path);
        if (dotless.getRawQuery() != null) {
            out.append('?').append(dotless.getRawQuery());
        }
        // Every part was taken raw from a URI that parsed, so the result parses too.
        return URI.create(out.toString());
    }

    private static String authority(URI uri, String scheme) {
        if (uri.getHost() == null) {
            // A registry-based authority (e.g. a host name with '_'): no host to lower-case, keep as written.
            return uri.getRawAuthority();
        }
        StringBuilder out = new StringBuilder();
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        if (port != -1 && !defaultPort) {
            out.append(':').append(port);
        }
        return out.toString();
    }

    /**
     * Resolves an href as written in a page or feed against a base URL, the way a browser would, and
     * normalises it; empty when the result is not an http(s) URL with a host or the href does not
     * parse. Never throws for a bad href: pages in the wild are full of them.
     */
    static Optional<URI> resolveHttp(URI base, String href) {
        if (href == null) {
            return Optional.empty();
        }
        String cleaned = lenient(href);
        if (cleaned.isEmpty()) {
            return Optional.empty(); // empty or fragment-only: a link to a place on the same page
        }
        URI ref;
        try {
            ref = new URI(cleaned);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        try {
            URI resolved = ref.isAbsolute() ? ref : resolveRelative(base, ref);
            if (resolved == null || resolved.isOpaque() || resolved.getHost() == null) {
                return Optional.empty();
            }
            String scheme = resolved.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            return Optional.of(normalise(resolved));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not expected once the href parsed, but a bad href must never stop a crawl
        }
    }

    private static URI resolveRelative(URI base, URI ref) {
        if (base == null || !base.isAbsolute() || base.isOpaque()) {
            return null;
        }
        URI normalBase = normalise(base); // an empty base path makes URI.resolve glue "a" onto the host
        if (ref.getRawAuthority() == null && ref.getRawPath().isEmpty()) {
            // "?page=2": RFC 3986 keeps the base's whole path; URI.resolve (RFC 2396) would drop its last segment.
            String withoutQuery = normalBase.toString();
            int q = withoutQuery.indexOf('?');
            return URI.create((q < 0 ? withoutQuery : withoutQuery.substring(0, q)) + "?" + ref.getRawQuery());
        }
        return normalBase.resolve(ref);
    }

    /**
     * Does to an href what browsers do before parsing it: trims it, removes tabs and line breaks
     * (CMSs wrap long hrefs), cuts the fragment (it never changes the document, and a bad one should
     * not cost the link) and percent-encodes characters URIs do not allow but pages use, spaces
     * above all ("/files/Child A.pdf").
     */
    private static String lenient(String href) {
        String s = href.strip().replace("\t", "").replace("\n", "").replace("\r", "");
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || ENCODE_IN_HREF.indexOf(c) >= 0) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
