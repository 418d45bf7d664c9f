package org.casewise.learning.briefing;

import jakarta.ws.rs.core.MediaType;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casewise.api.BriefingView;

/** The formats a briefing is served in, by ?format= name and by media type. */
public enum BriefingFormat {
    PDF("pdf", BriefingFormat.PDF_TYPE),
    DOCX("docx", BriefingFormat.DOCX_TYPE),
    MARKDOWN("md", BriefingFormat.MARKDOWN_TYPE),
    JSON("json", MediaType.APPLICATION_JSON);

    public static final String PDF_TYPE = "application/pdf";
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String MARKDOWN_TYPE = "text/markdown";

    private final String extension;
    private final String type;

    BriefingFormat(String extension, String type) {
        this.extension = extension;
        this.type = type;
    }

    public String extension() {
        return extension;
    }

    /** The media type; Markdown is declared UTF-8 (RFC 7763 asks for a charset). */
    public MediaType mediaType() {
        return this == MARKDOWN ? MediaType.valueOf(type + "; charset=UTF-8") : MediaType.valueOf(type);
    }

    public static Optional<BriefingFormat> parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("markdown")) {
            return Optional.of(MARKDOWN);
        }
        for (BriefingFormat f : values()) {
            if (f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The first acceptable format in the client's order of preference (the list comes sorted by quality
     * and specificity); JSON for a wildcard or no Accept at all; empty when nothing offered is acceptable.
     */
    public static Optional<BriefingFormat> negotiate(List<MediaType> acceptable) {
        if (acceptable == null || acceptable.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType()) {
                return Optional.of(JSON);
            }
            if (accepted.getType().equals("text") && accepted.isWildcardSubtype()) {
                return Optional.of(MARKDOWN);
            }
            for (BriefingFormat f : values()) {
                if (accepted.isCompatible(MediaType.valueOf(f.type)) && !accepted.isWildcardSubtype()) {
                    return Optional.of(f);
                }
            }
            if (accepted.getType().equals("application") && accepted.isWildcardSubtype()) {
                return Optional.of(JSON);
            }
        }
        return Optional.empty();
    }

    /** "briefing-4-hidden-men-learning-from-three-reviews.pdf": ASCII only, so any client keeps it. */
    public static String fileName(BriefingView b, BriefingFormat f) {
        String slug = Normalizer.normalize(b.title(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return "briefing-" + b.id() + (slug.isEmpty() ? "" : "-" + slug) + "." + f.extension;
    }
}
