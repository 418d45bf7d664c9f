package org.casewise.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a web source is crawled, kept as JSON on the source row (the shape differs by kind and grows
 * with new kinds; a column per knob would not).
 *
 * @param startUrls        where discovery starts: listing pages, a board's reviews page, a feed URL
 * @param allowedHosts     hosts (host or host:port) the crawl may fetch from; redirects elsewhere are refused
 * @param followPatterns   regular expressions (found anywhere in the URL) for pages to follow; empty:
 *                         every page on an allowed host
 * @param documentPatterns regular expressions for links that are reports to ingest
 * @param maxDepth         link hops from a start URL (pagination "next" links do not count)
 * @param maxPages         pages fetched per crawl at most, a guard against crawler traps
 * @param perHostDelayMs   politeness gap between requests to one host; null: the service default
 * @param allowLoopback    the source may live on 127.0.0.1 (test and local sources only, and only when
 *                         the service allows loopback at all)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceSettings(List<String> startUrls, List<String> allowedHosts, List<String> followPatterns,
        List<String> documentPatterns, Integer maxDepth, Integer maxPages, Long perHostDelayMs, Boolean allowLoopback) {

    /** Report formats boards publish, by extension, with or without a query string. */
    public static final String DEFAULT_DOCUMENT_PATTERN = "(?i)\\.(pdf|docx?|rtf|odt)(\\?.*)?$";
    public static final int DEFAULT_MAX_DEPTH = 3;
    public static final int DEFAULT_MAX_PAGES = 500;

    public SourceSettings {
        startUrls = startUrls == null ? List.of() : List.copyOf(startUrls);
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        followPatterns = followPatterns == null ? List.of() : List.copyOf(followPatterns);
        documentPatterns = documentPatterns == null || documentPatterns.isEmpty()
                ? List.of(DEFAULT_DOCUMENT_PATTERN) : List.copyOf(documentPatterns);
    }

    public int depth() {
        return maxDepth == null ? DEFAULT_MAX_DEPTH : maxDepth;
    }

    public int pages() {
        return maxPages == null ? DEFAULT_MAX_PAGES : maxPages;
    }

    public boolean loopback() {
        return Boolean.TRUE.equals(allowLoopback);
    }

    public List<Pattern> follow() {
        return followPatterns.stream().map(Pattern::compile).toList();
    }

    public List<Pattern> documents() {
        return documentPatterns.stream().map(Pattern::compile).toList();
    }
}
