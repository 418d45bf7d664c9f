package org.casewise.dataset;

import org.casewise.dataset.bench.BenchAnalyseCommand;
import org.casewise.dataset.bench.BenchIngestCommand;
import org.casewise.dataset.bench.BenchNlpCommand;
import org.casewise.dataset.bench.BenchSearchCommand;
import org.casewise.dataset.generate.GenerateCommand;
import org.casewise.dataset.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./casewise dataset ...}: the data Casewise is developed, tested, benchmarked and
 * demonstrated on. A plain Java program (not the service), so it runs without a database or engine.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Generate and serve the Casewise datasets.",
        subcommands = {GenerateCommand.class, ServeCommand.class, LabelledSplitCommand.class, BenchIngestCommand.class,
            BenchAnalyseCommand.class, BenchNlpCommand.class, BenchSearchCommand.class,
            CommandLine.HelpCommand.class})
public final class DatasetCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DatasetCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
