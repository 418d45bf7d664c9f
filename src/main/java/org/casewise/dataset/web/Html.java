package org.casewise.dataset.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The few HTML helpers every simulated host needs. Everything that comes from the corpus goes
 * through {@link #escape} (ground truth is generated, but hostile fixtures may carry any text and a
 * crawler under test must never see markup we did not mean to write).
 */
final class Html {

    /** Display names for the theme ids whose plain humanised form reads badly. */
    private static final Map<String, String> THEME_NAMES = Map.of(
            "sudi-unsafe-sleep", "SUDI and unsafe sleep",
            "disability-send", "Disability and SEND",
            "covid-19", "COVID-19",
            "race-culture-faith", "Race, culture and faith",
            "poverty-housing", "Poverty and housing",
            "supervision-workload", "Supervision and workload",
            "escalation-challenge", "Escalation and challenge",
            "voice-of-child", "Voice of the child");

    private Html() {
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Percent-encodes one path segment or query value (spaces as %20, not '+', so it is valid in paths too). */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An anchor whose href and text are both escaped. */
    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** A complete page; {@code bodyHtml} must already be escaped markup. */
    static String page(String siteName, String title, String bodyHtml) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + escape(title) + " - " + escape(siteName) + "</title>\n</head>\n<body>\n<header><p>"
                + escape(siteName) + "</p></header>\n<main>\n<h1>" + escape(title) + "</h1>\n" + bodyHtml
                + "\n</main>\n</body>\n</html>\n";
    }

    /** 'domestic-abuse' reads 'Domestic abuse'. */
    static String themeName(String themeId) {
        if (themeId == null || themeId.isBlank()) {
            return "";
        }
        String known = THEME_NAMES.get(themeId);
        if (known != null) {
            return known;
        }
        String words = themeId.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
