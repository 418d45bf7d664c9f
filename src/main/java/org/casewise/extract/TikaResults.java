package org.casewise.extract;

import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Reading Tika's output the same way in the service and in the extraction workers: the media type,
 * page count, creation year and title a parse reported, the normalised text, and failure messages
 * fit to show a user.
 */
final class TikaResults {

    private TikaResults() {
    }

    /** Collapses the runs of blank lines and spaces that PDF extraction produces. */
    static String normalise(String raw) {
        return raw.replace('\u00a0', ' ')
                .replaceAll("[ \\t\\x0B\\f]+", " ")
                .replaceAll(" ?\\r?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** The media type without parameters ('application/pdf'), or 'file' when Tika could not tell. */
    static String typeOf(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return "file";
        }
        int semicolon = type.indexOf(';');
        return semicolon < 0 ? type : type.substring(0, semicolon);
    }

    static Integer pages(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return pages == null || pages <= 0 ? null : pages;
    }

    static Integer createdYear(Metadata metadata) {
        var created = metadata.getDate(TikaCoreProperties.CREATED);
        return created == null ? null : created.toInstant().atZone(ZoneOffset.UTC).getYear();
    }

    /** Word's "Microsoft Word - report.docx" and empty titles say nothing about the review. */
    static Optional<String> meaningfulTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String t = title.replaceFirst("(?i)^microsoft word - ", "").strip();
        if (t.length() < 8 || t.matches("(?i).*\\.(docx?|pdf|rtf)$") || t.matches("(?i)untitled.*")) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** The root cause's message, cut to a readable length. */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }
}
