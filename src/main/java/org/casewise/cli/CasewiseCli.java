package org.casewise.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./casewise sources | crawl | ingest}: a client of a running Casewise service, speaking only
 * its public REST API. A plain Java program (no Quarkus boot), so it starts fast and keeps stdout
 * free for {@code --json}.
 */
@Command(name = "casewise",
        description = "Talk to a running Casewise service over its REST API.",
        subcommands = {SourcesCommand.class, CrawlCommand.class, IngestCommand.class,
            CommandLine.HelpCommand.class})
public final class CasewiseCli implements Runnable {

    /** Everything asked for was done. */
    public static final int EXIT_OK = 0;
    /** The service answered, but not everything succeeded: a crawl failed, an input was rejected. */
    public static final int EXIT_INCOMPLETE = 1;
    /** The service could not be reached, or refused the request as a whole. */
    public static final int EXIT_SERVICE = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CasewiseCli()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
