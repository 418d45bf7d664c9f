package org.casewise.analyse.section;

/**
 * A stretch of a prepared text that plays one part in the report.
 *
 * @param name    one of {@link SectionName} ids ({@code executive-summary}, {@code recommendations}, ...)
 * @param heading the heading as printed, or null for the cover (text before the first heading)
 * @param start   offset of the heading (or of the text) in {@code PreparedText.text()}
 * @param end     offset just past the section's last character
 */
public record Section(String name, String heading, int start, int end) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
