package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a trend was computed over: the distinct reviews that match the filters and that the caller may see. */
@Schema(name = "TrendScope", description = "The reviews a trend counts: those matching every filter parameter that"
        + " the caller may see. Each review counts once, however many documents (overview report, executive summary,"
        + " duplicates published by two boards) it was assembled from.")
public record TrendScope(
        @Schema(description = "Distinct reviews in scope", example = "412") long reviews,
        @Schema(description = "Whose view the counts are: 'public' (anonymous callers: public reviews only) or"
                + " 'public-and-restricted' (callers entitled to restricted reviews)", example = "public")
        String visibility) {
}
