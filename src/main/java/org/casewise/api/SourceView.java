package org.casewise.api;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered source with its crawl status. */
@Schema(description = "A source, its definition and its crawl status")
public record SourceView(String code, String name, String kind, boolean enabled, String schedule,
        @Schema(description = "When the schedule next starts a crawl (null: on demand only)") Instant nextCrawlAt,
        @Schema(description = "The latest crawl, with its counts (null: never crawled)") CrawlRunView lastCrawl,
        @Schema(description = "Work items of this source by pipeline state") Map<String, Long> items,
        @Schema(description = "Reports the source no longer publishes (kept in the collection)") long noLongerPublished,
        SourceDefinition definition) {
}
