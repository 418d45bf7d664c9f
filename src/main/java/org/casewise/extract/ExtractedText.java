package org.casewise.extract;

import java.util.Optional;

/**
 * What Tika read from one file.
 *
 * @param contentType media type detected from the bytes
 * @param truncated   the text was cut at the configured maximum number of characters
 * @param title       the document's own title property, when it has a meaningful one
 * @param createdYear year from the document's creation date property, when present
 */
public record ExtractedText(String contentType, String text, boolean truncated, Integer pageCount,
                            Optional<String> title, Optional<Integer> createdYear) {
}
