package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A source as an administrator writes it, in index-config/sources.json or in POST /api/v1/sources.
 * Flat on purpose: the settings of a web source sit beside its name, as people write them.
 */
@Schema(description = "A source to register", example = """
        {"code": "hampshire-scp", "name": "Hampshire Safeguarding Children Partnership", "kind": "board-site",
         "boardId": "hampshire", "schedule": "0 0 3 ? * MON",
         "startUrls": ["https://www.hampshirescp.org.uk/learning-from-reviews/"],
         "documentPatterns": ["(?i)\\\\.pdf$"], "maxDepth": 2}""")
public record SourceDefinition(
        @Schema(description = "Stable machine name: lower case letters, digits, '-', '.', ':'", required = true)
        String code,
        @Schema(required = true) String name,
        @Schema(description = "national-repository, board-site, feed or folder", required = true) String kind,
        @Schema(description = "Registry board id (datasets/boards.csv) the source publishes for") String boardId,
        @Schema(description = "Folder path, for kind folder") String location,
        @Schema(description = "Quartz cron expression (seconds first), e.g. '0 0 3 ? * MON'; empty: on demand only")
        String schedule,
        Boolean enabled,
        List<String> startUrls,
        @Schema(description = "Hosts (host or host:port) the crawl may fetch; default: the start URLs' hosts")
        List<String> allowedHosts,
        @Schema(description = "Regular expressions for pages to follow; default: every page on an allowed host")
        List<String> followPatterns,
        @Schema(description = "Regular expressions for report links; default: .pdf, .doc(x), .rtf, .odt")
        List<String> documentPatterns,
        Integer maxDepth,
        Integer maxPages,
        @Schema(description = "Milliseconds between two requests to one host; default: the service setting")
        Long perHostDelayMs,
        @Schema(description = "Lets a test or local source live on 127.0.0.1 (refused unless the service allows it)")
        Boolean allowLoopback) {
}
