package org.casewise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code casewise crawl SOURCE}: start a crawl and follow it to the end. */
@Command(name = "crawl", sortOptions = false,
        description = {"Start a crawl of a source and follow it until every report it found is settled.",
            "Ctrl-C stops following; the crawl itself goes on in the service."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the crawl completed (with --no-wait: it was started)",
            "1:the crawl failed or was interrupted",
            "2:Casewise could not be reached or refused the crawl (unknown or disabled source, already running)"})
public final class CrawlCommand extends ClientCommand {

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final int MAX_ERROR_LINES = 20;
    private static final Set<String> FINISHED = Set.of("completed", "failed", "interrupted");

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The source's code, as 'casewise sources' lists it")
    String source;

    @Option(names = "--no-wait", order = 1, description = "Start the crawl and return at once")
    boolean noWait;

    @Override
    protected int run(ApiClient client) throws ServiceUnreachableException, InterruptedException {
        String sourcePath = "api/v1/sources/" + ApiClient.segment(source);
        ApiResponse started = client.post(client.uri(sourcePath + "/crawl?trigger=cli"));
        if (!started.ok()) {
            return refused("Starting a crawl of " + source, started);
        }
        JsonNode run = started.json();
        URI runUri = started.location().map(client::follow)
                .orElseGet(() -> client.uri(sourcePath + "/runs/" + run.path("id").asLong()));
        if (noWait) {
            if (json()) {
                printJson(run);
            } else {
                out().println("Started crawl " + run.path("id").asLong() + " of " + source + "; follow it at " + runUri);
            }
            return CasewiseCli.EXIT_OK;
        }
        JsonNode last = follow(client, runUri, run);
        if (last == null) {
            return CasewiseCli.EXIT_SERVICE;
        }
        if (json()) {
            printJson(last);
        } else {
            printSummary(last);
        }
        return "completed".equals(last.path("status").asText()) ? CasewiseCli.EXIT_OK : CasewiseCli.EXIT_INCOMPLETE;
    }

    /** Polls the run until it is finished; null when the service stopped answering properly. */
    private JsonNode follow(ApiClient client, URI runUri, JsonNode first)
            throws ServiceUnreachableException, InterruptedException {
        JsonNode run = first;
        // The maximum is unknown until discovery lists reports, so the bar starts indeterminate.
        try (ProgressBar bar = progressBar("Crawling " + source, -1, " reports")) {
            show(bar, run);
            while (!FINISHED.contains(run.path("status").asText())) {
                Thread.sleep(POLL_INTERVAL.toMillis());
                ApiResponse polled = client.get(runUri);
                if (!polled.ok()) {
                    refused("Following crawl " + first.path("id").asLong(), polled);
                    return null;
                }
                run = polled.json();
                show(bar, run);
            }
        }
        return run;
    }

    /** Done means settled: a report is done once it is no longer pending in the pipeline. */
    private static void show(ProgressBar bar, JsonNode run) {
        if (bar == null) {
            return;
        }
        long discovered = run.path("discovered").asLong();
        long pending = run.path("pending").asLong();
        bar.maxHint(discovered > 0 ? discovered : -1);
        bar.stepTo(Math.max(0, discovered - pending));
        bar.setExtraMessage(Text.plural(run.path("pagesFetched").asLong(), "page", "pages") + " fetched");
    }

    private void printSummary(JsonNode run) {
        String status = run.path("status").asText();
        Instant started = Text.instant(run.path("startedAt"));
        Instant finished = Text.instant(run.path("finishedAt"));
        String took = started == null || finished == null ? ""
                : " in " + Text.duration(Duration.between(started, finished));
        String headline = "Crawl " + run.path("id").asLong() + " of " + source + " " + status + took;
        out().println(bold("completed".equals(status) ? green(headline) : red(headline)));
        out().printf("  %s fetched, %d reports discovered: %d new, %d unchanged, %d changed, %d removed, %d failed%n",
                Text.plural(run.path("pagesFetched").asLong(), "page", "pages"), run.path("discovered").asLong(),
                run.path("newCount").asLong(), run.path("unchanged").asLong(), run.path("changed").asLong(),
                run.path("removed").asLong(), run.path("failed").asLong());
        int robots = run.path("excludedByRobots").asInt();
        if (robots > 0) {
            out().println("  " + Text.plural(robots, "URL", "URLs") + " left out because robots.txt disallows them");
        }
        String error = run.path("error").asText("");
        if (!error.isBlank()) {
            out().println("  " + red("error: " + error));
        }
        JsonNode errors = run.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            out().println("Errors:");
            int shown = 0;
            for (JsonNode problem : errors) {
                if (shown++ == MAX_ERROR_LINES) {
                    break;
                }
                out().println("  " + problem.path("url").asText() + ": " + problem.path("reason").asText());
            }
            if (errors.size() > MAX_ERROR_LINES) {
                out().println("  ... " + (errors.size() - MAX_ERROR_LINES) + " more");
            }
        }
        out().flush();
    }
}
