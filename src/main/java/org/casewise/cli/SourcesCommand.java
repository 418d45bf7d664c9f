package org.casewise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code casewise sources}: every registered source, its schedule, its last crawl and its items. */
@Command(name = "sources", sortOptions = false,
        description = {"List the registered sources: schedule and next crawl, the last crawl's counts,",
            "and the source's items per pipeline state."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "2:Casewise could not be reached or answered an error"})
public final class SourcesCommand extends ClientCommand {

    @Override
    protected int run(ApiClient client) throws ServiceUnreachableException, InterruptedException {
        ApiResponse response = client.get(client.uri("api/v1/sources"));
        if (!response.ok() || !response.json().isArray()) {
            return refused("Listing sources", response);
        }
        if (json()) {
            printJson(response.json());
            return CasewiseCli.EXIT_OK;
        }
        if (response.json().isEmpty()) {
            out().println("No sources are registered.");
            return CasewiseCli.EXIT_OK;
        }
        Table table = new Table("CODE", "KIND", "ENABLED", "SCHEDULE / NEXT CRAWL", "LAST CRAWL", "ITEMS");
        for (JsonNode source : response.json()) {
            table.row(source.path("code").asText(), source.path("kind").asText(),
                    source.path("enabled").asBoolean() ? "yes" : "no", schedule(source),
                    lastCrawl(source.path("lastCrawl")), items(source));
        }
        table.print(out(), this::bold);
        return CasewiseCli.EXIT_OK;
    }

    private static String schedule(JsonNode source) {
        String cron = source.path("schedule").asText("");
        if (cron.isBlank()) {
            return "on demand";
        }
        JsonNode next = source.path("nextCrawlAt");
        // A disabled source keeps its schedule but has no next crawl; say so rather than print a dash.
        return cron + " / " + (next.isNull() || next.isMissingNode() ? "none" : Text.time(next));
    }

    static String lastCrawl(JsonNode run) {
        if (run.isNull() || run.isMissingNode()) {
            return "never";
        }
        StringBuilder sb = new StringBuilder()
                .append(run.path("status").asText()).append(' ').append(Text.time(run.path("startedAt")))
                .append(": ").append(run.path("discovered").asLong()).append(" discovered, ")
                .append(run.path("newCount").asLong()).append(" new, ")
                .append(run.path("unchanged").asLong()).append(" unchanged, ")
                .append(run.path("changed").asLong()).append(" changed, ")
                .append(run.path("removed").asLong()).append(" removed, ")
                .append(run.path("failed").asLong()).append(" failed");
        long pending = run.path("pending").asLong();
        if (pending > 0) {
            sb.append(", ").append(pending).append(" pending");
        }
        return sb.toString();
    }

    /** Only the states that hold something: a new source would otherwise show a row of zeros. */
    private static String items(JsonNode source) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> state : source.path("items").properties()) {
            long count = state.getValue().asLong();
            if (count > 0) {
                parts.add(state.getKey().replace('_', '-') + " " + count);
            }
        }
        long gone = source.path("noLongerPublished").asLong();
        if (gone > 0) {
            parts.add(gone + " no longer published");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
