package org.casewise.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a {@link SampleSource} as a board web page: an HTML5 page with the site banner, navigation,
 * breadcrumb and footer around the article, as boards publish reviews and briefings on their own sites.
 * The chrome is part of the trap: an extractor must not mistake navigation text for report text.
 */
final class HtmlSampleRenderer {

    private static final List<String> NAV = List.of("Home", "About the partnership", "Case reviews",
            "Training and events", "Policies and procedures", "Contact us");

    void render(SampleSource source, Path out) throws IOException {
        Files.writeString(out, page(source), StandardCharsets.UTF_8);
    }

    String page(SampleSource source) {
        String site = source.board().isEmpty() ? "Safeguarding" : source.board();
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n")
          .append("<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"author\" content=\"").append(esc(source.author())).append("\">\n")
          .append("<meta name=\"dcterms.created\" content=\"").append(source.creationDate().toLocalDate())
          .append("\">\n")
          .append("<title>").append(esc(source.title())).append(" | ").append(esc(site)).append("</title>\n")
          .append("<style>body{font-family:Arial,sans-serif;max-width:60rem;margin:0 auto;line-height:1.5}")
          .append("header.site,footer.site{background:#1d3557;color:#fff;padding:0.8rem 1rem}")
          .append("header.site a,footer.site a{color:#fff}nav ul{list-style:none;padding:0;display:flex;gap:1rem}")
          .append(".breadcrumb{font-size:0.9rem;color:#555}</style>\n")
          .append("</head>\n<body>\n")
          .append("<header class=\"site\">\n<p class=\"site-name\"><a href=\"/\">").append(esc(site))
          .append("</a></p>\n<nav aria-label=\"Main\">\n<ul>\n");
        for (String item : NAV) {
            sb.append("<li><a href=\"/").append(slug(item)).append("/\">").append(esc(item)).append("</a></li>\n");
        }
        sb.append("</ul>\n</nav>\n</header>\n")
          .append("<p class=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/case-reviews/\">Case reviews</a> &gt; ")
          .append(esc(source.get("header").replace("{page}", "").replace("{pages}", "").strip())).append("</p>\n")
          .append("<main>\n<article>\n");
        appendBody(sb, source.blocks());
        sb.append("</article>\n</main>\n<footer class=\"site\">\n<p>")
          .append(esc(source.get("footer").replace("{page}", "1").replace("{pages}", "1"))).append("</p>\n")
          .append("<p><a href=\"/accessibility/\">Accessibility</a> | <a href=\"/privacy/\">Privacy notice</a> | ")
          .append("<a href=\"/cookies/\">Cookies</a></p>\n</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void appendBody(StringBuilder sb, List<SampleSource.Block> blocks) {
        String openList = null;
        for (SampleSource.Block b : blocks) {
            String wanted = switch (b.kind()) {
                case BULLET -> "ul";
                case NUMBERED -> "ol";
                default -> null;
            };
            if (openList != null && !openList.equals(wanted)) {
                sb.append("</").append(openList).append(">\n");
                openList = null;
            }
            if (wanted != null && openList == null) {
                sb.append('<').append(wanted).append(">\n");
                openList = wanted;
            }
            switch (b.kind()) {
                case HEADING1 -> sb.append("<h1>").append(esc(b.text())).append("</h1>\n");
                case HEADING2 -> sb.append("<h2>").append(esc(b.text())).append("</h2>\n");
                case PARAGRAPH -> {
                    sb.append("<p>");
                    for (int i = 0; i < b.lines().size(); i++) {
                        sb.append(i == 0 ? "" : "<br>\n").append(esc(b.lines().get(i)));
                    }
                    sb.append("</p>\n");
                }
                case BULLET -> sb.append("<li>").append(esc(b.text())).append("</li>\n");
                case NUMBERED -> sb.append("<li value=\"").append(b.number()).append("\">")
                        .append(esc(b.text())).append("</li>\n");
                case PAGE_BREAK -> sb.append("<hr>\n");
            }
        }
        if (openList != null) {
            sb.append("</").append(openList).append(">\n");
        }
    }

    private static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
