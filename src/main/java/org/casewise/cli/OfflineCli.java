package org.casewise.cli;

import org.casewise.analyse.theme.TrainCommand;
import org.casewise.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./casewise analyse | train | eval}: the analysis as plain Java programs on the packaged
 * class path. They need no service, database or search engine.
 */
@Command(name = "casewise",
        description = "Analyse reports, train the theme model and measure accuracy, without a running service.",
        subcommands = {AnalyseCommand.class, TrainCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class OfflineCli implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new OfflineCli()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
