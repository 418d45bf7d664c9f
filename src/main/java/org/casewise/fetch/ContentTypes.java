package org.casewise.fetch;

import java.util.Locale;

/** Sorts Content-Type header values into the classes that have their own size cap. */
public final class ContentTypes {

    public enum Kind { DOCUMENT, MARKUP, OTHER }

    private ContentTypes() {
    }

    /** The media type without parameters, lower case ("text/html; charset=utf-8" gives "text/html"); "" when absent. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    public static Kind classify(String contentType) {
        String type = mediaType(contentType);
        if (type.equals("application/pdf") || type.equals("application/msword") || type.equals("application/rtf")
                || type.startsWith("application/vnd.openxmlformats-officedocument.")
                || type.startsWith("application/vnd.ms-") || type.startsWith("application/vnd.oasis.opendocument.")) {
            return Kind.DOCUMENT;
        }
        // text/plain counts as markup: robots.txt and the odd plain-text report are both small text.
        if (type.equals("text/html") || type.equals("application/xhtml+xml") || type.equals("text/xml")
                || type.equals("application/xml") || type.equals("application/rss+xml")
                || type.equals("application/atom+xml") || type.equals("text/plain")) {
            return Kind.MARKUP;
        }
        return Kind.OTHER;
    }
}
