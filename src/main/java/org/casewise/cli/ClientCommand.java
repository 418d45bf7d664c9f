package org.casewise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the client commands share: the connection, where output goes, and one rule for an
 * unreachable service (a single line on stderr and exit code 2, never a stack trace).
 */
abstract class ClientCommand implements Callable<Integer> {

    @Mixin
    ClientOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        URI base = options.baseUri(spec);
        try (ApiClient client = new ApiClient(base)) {
            return run(client);
        } catch (ServiceUnreachableException e) {
            err().println(e.getMessage());
            return CasewiseCli.EXIT_SERVICE;
        }
    }

    protected abstract int run(ApiClient client) throws ServiceUnreachableException, InterruptedException;

    boolean json() {
        return options.json;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void printJson(Object value) {
        try {
            out().println(ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
            out().flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service refused the request as a whole: say why, as the problem document puts it. */
    int refused(String what, ApiResponse response) {
        err().println(red(what + " failed: " + response.problem()));
        return CasewiseCli.EXIT_SERVICE;
    }

    /** A progress bar on stderr, or null with --json, where nothing but the result may be printed. */
    ProgressBar progressBar(String task, long max, String unit) {
        if (options.json) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, 1).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    // Colours only for people: picocli's detection (Ansi.AUTO unless a caller chose) says whether
    // the output is a terminal; --json output is for programs and never has them.
    private boolean colours() {
        return !options.json && spec.commandLine().getColorScheme().ansi().enabled();
    }

    String bold(String text) {
        return colours() ? "\u001B[1m" + text + "\u001B[0m" : text;
    }

    String red(String text) {
        return colours() ? "\u001B[31m" + text + "\u001B[0m" : text;
    }

    String green(String text) {
        return colours() ? "\u001B[32m" + text + "\u001B[0m" : text;
    }
}
