package org.casewise.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code casewise ingest}: upload report files, or have the service fetch them by URL. */
@Command(name = "ingest", sortOptions = false,
        description = {"Send reports to Casewise. The service fetches each http(s) URL; each file is",
            "uploaded; each folder is uploaded file by file (recursively, in sorted order,",
            "skipping hidden files)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was accepted (files Casewise cannot read are kept and listed as failed)",
            "1:some inputs were rejected (bad URL, refused fetch, too large, missing file)",
            "2:Casewise could not be reached"})
public final class IngestCommand extends ClientCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders and http(s) URLs of reports")
    List<String> arguments;

    @Option(names = "--visibility", order = 1, paramLabel = "public|restricted",
            description = "Who may see the reports (default: public; a confidential draft is restricted anyway)")
    String visibility;

    @Override
    protected int run(ApiClient client) throws InterruptedException {
        if (visibility != null && !List.of("public", "restricted").contains(visibility.toLowerCase(Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(),
                    "--visibility is public or restricted, got '" + visibility + "'");
        }
        List<IngestInputs.Input> inputs = IngestInputs.expand(arguments);
        List<IngestResult> results = new ArrayList<>();
        ServiceUnreachableException unreachable = null;
        try (ProgressBar bar = progressBar("Ingesting", inputs.size(), " inputs")) {
            for (IngestInputs.Input input : inputs) {
                if (bar != null) {
                    bar.setExtraMessage(shortName(input));
                }
                try {
                    results.add(send(client, input));
                } catch (ServiceUnreachableException e) {
                    unreachable = e; // nothing after this would get through either
                    break;
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        if (json()) {
            printJson(results);
        } else if (!results.isEmpty()) {
            printSummary(results);
        }
        if (unreachable != null) {
            err().println(red(unreachable.getMessage()));
            if (results.size() < inputs.size()) {
                err().println((inputs.size() - results.size()) + " of " + inputs.size() + " inputs were not sent");
            }
            return CasewiseCli.EXIT_SERVICE;
        }
        return results.stream().anyMatch(r -> r.outcome() == IngestResult.Outcome.REJECTED)
                ? CasewiseCli.EXIT_INCOMPLETE : CasewiseCli.EXIT_OK;
    }

    private IngestResult send(ApiClient client, IngestInputs.Input input)
            throws ServiceUnreachableException, InterruptedException {
        if (input.problem() != null) {
            return IngestResult.local(input.label(), input.problem());
        }
        String wanted = visibility == null ? null : visibility.toLowerCase(Locale.ROOT);
        if (input.url() != null) {
            ObjectNode body = ApiClient.JSON.createObjectNode().put("url", input.url());
            if (wanted != null) {
                body.put("visibility", wanted);
            }
            return IngestResult.of(input.label(), client.postJson(client.uri("api/v1/documents/fetch"), body));
        }
        try {
            Multipart body = Multipart.of("file", input.file()).field("visibility", wanted);
            return IngestResult.of(input.label(), client.postMultipart(client.uri("api/v1/documents"), body));
        } catch (FileNotFoundException e) {
            return IngestResult.local(input.label(), "cannot read the file: " + e.getMessage());
        }
    }

    private static String shortName(IngestInputs.Input input) {
        return input.file() != null && input.file().getFileName() != null
                ? input.file().getFileName().toString() : input.label();
    }

    private void printSummary(List<IngestResult> results) {
        Map<IngestResult.Outcome, List<IngestResult>> by = new TreeMap<>();
        for (IngestResult.Outcome o : IngestResult.Outcome.values()) {
            by.put(o, new ArrayList<>());
        }
        results.forEach(r -> by.get(r.outcome()).add(r));
        int failed = by.get(IngestResult.Outcome.FAILED).size();
        int rejected = by.get(IngestResult.Outcome.REJECTED).size();
        String headline = String.format(Locale.ROOT, "%s: %d analysed, %d duplicate, %d failed, %d rejected",
                Text.plural(results.size(), "input", "inputs"), by.get(IngestResult.Outcome.ANALYSED).size(),
                by.get(IngestResult.Outcome.DUPLICATE).size(), failed, rejected);
        out().println(bold(failed + rejected == 0 ? green(headline) : headline));
        if (failed > 0) {
            out().println("Failed (kept, but Casewise could not read them):");
            by.get(IngestResult.Outcome.FAILED).forEach(r -> out().println("  " + r.input() + ": "
                    + (r.status() == null ? "no status in the answer" : r.status())
                    + (r.reason() == null ? "" : ": " + r.reason())));
        }
        if (rejected > 0) {
            out().println("Rejected:");
            by.get(IngestResult.Outcome.REJECTED).forEach(r -> out().println("  " + red(r.input() + ": " + r.reason())));
        }
        out().flush();
    }
}
