package org.casewise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.tika.parser.AutoDetectParser;
import org.casewise.analyse.AnalysisViews;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReportAnalyser;
import org.casewise.api.ReportAnalysisView;
import org.casewise.extract.ExtractionException;
import org.casewise.extract.TextExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./casewise analyse PATH... [--json]}: the service's analysis, without the service. Reads
 * files (any format Tika reads, .txt and .md included) and folders (every file under them) in one
 * process with the models loaded once, so hundreds of short files take seconds.
 */
@Command(name = "analyse", mixinStandardHelpOptions = true,
        description = "Analyse report files without a running service: metadata, sections, themes with evidence, "
                + "recommendations and learning.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file was analysed", "1:some files could not be read (each says why)",
            "2:bad arguments (no such file or board)"})
public final class AnalyseCommand implements Callable<Integer> {

    /** Reports longer than this are analysed on their first part only, as the service does. */
    static final int MAX_TEXT_CHARS = 5_000_000;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "report files or folders")
    List<Path> paths;

    @Option(names = "--json", description = "print one JSON array, one element per file, on stdout")
    boolean json;

    @Option(names = "--board", paramLabel = "ID",
            description = "registry id of the board the files came from, used when a report does not name its board")
    String board;

    @Option(names = "--threads", paramLabel = "N", description = "files analysed at once (default: the number of cores)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = expand(paths);
        } catch (IllegalArgumentException e) {
            err.println("casewise analyse: " + e.getMessage());
            return 2;
        }
        BoardRegistry boards = BoardRegistry.bundled();
        Optional<Board> sourceBoard = boards.byId(board);
        if (board != null && sourceBoard.isEmpty()) {
            err.println("casewise analyse: no board with id '" + board + "' in the registry (datasets/boards.csv)");
            return 2;
        }
        ReportAnalyser analyser = ReportAnalyser.create(boards);
        AutoDetectParser parser = new AutoDetectParser();
        List<ReportAnalysisView> results = analyseAll(files, analyser, parser, sourceBoard, err);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        } else {
            results.forEach(r -> AnalysisPrinter.print(r, out));
        }
        out.flush();
        return results.stream().anyMatch(r -> r.error() != null) ? 1 : 0;
    }

    private List<ReportAnalysisView> analyseAll(List<Path> files, ReportAnalyser analyser, AutoDetectParser parser,
            Optional<Board> sourceBoard, PrintWriter err) throws InterruptedException {
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try (ProgressBar bar = json || files.size() < 5 ? null : new ProgressBarBuilder().setTaskName("Analysing")
                .setInitialMax(files.size()).setStyle(ProgressBarStyle.ASCII).setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            List<Future<ReportAnalysisView>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    ReportAnalysisView v = analyseOne(f, analyser, parser, sourceBoard);
                    if (bar != null) {
                        bar.step();
                    }
                    return v;
                }));
            }
            List<ReportAnalysisView> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    results.add(ReportAnalysisView.failed(files.get(i).toString(), "analysis failed: " + e.getCause()));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static ReportAnalysisView analyseOne(Path file, ReportAnalyser analyser, AutoDetectParser parser,
            Optional<Board> sourceBoard) {
        String name = file.getFileName().toString();
        try {
            var extracted = TextExtractor.parseInProcess(parser, file, name, MAX_TEXT_CHARS);
            return AnalysisViews.of(file.toString(), analyser.analyse(extracted, name, sourceBoard), analyser.taxonomy());
        } catch (ExtractionException e) {
            return ReportAnalysisView.failed(file.toString(), e.getMessage());
        } catch (IOException e) {
            return ReportAnalysisView.failed(file.toString(), "cannot read the file: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return ReportAnalysisView.failed(file.toString(), "analysis failed: " + e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Files as given, and every regular, non-hidden file under each folder, in name order. */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !hidden(p.relativize(f))).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
        }
        return files;
    }
}
