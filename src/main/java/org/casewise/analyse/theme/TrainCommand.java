package org.casewise.analyse.theme;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casewise train}: trains the theme model from the labelled passages (offline, no service). */
@Command(name = "train", sortOptions = false,
        description = {"Train the theme model on datasets/labelled/train.jsonl, choose each theme's threshold",
            "on dev.jsonl and write index-config/themes-model.json. Same inputs and date give the same bytes."})
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--labelled", description = "directory with train.jsonl and dev.jsonl (default: ${DEFAULT-VALUE})")
    Path labelled = Path.of("datasets/labelled");

    @Option(names = "--themes", description = "taxonomy with rules (default: ${DEFAULT-VALUE})")
    Path themes = Path.of("index-config/themes.json");

    @Option(names = "--reports", paramLabel = "TEXTS[:TRUTH]", description = {
        "extracted development reports (<id>.<ext>.txt) and the directory of their ground truth <id>.json",
        "(default: TEXTS) to fit the report stage on; repeatable. Without it the model has no report stage",
        "and reports are decided by a fixed rule (see index-config/README.md)"})
    List<String> reports = new ArrayList<>();

    @Option(names = "--out", description = "model file to write (default: ${DEFAULT-VALUE})")
    Path out = Path.of("index-config/themes-model.json");

    @Option(names = "--date", description = "training date recorded in the model (default: today, UTC)")
    LocalDate date;

    @Override
    public Integer call() throws Exception {
        List<ThemeTrainer.Reports> sources = new ArrayList<>();
        for (String r : reports) {
            int colon = r.indexOf(':');
            sources.add(colon < 0 ? new ThemeTrainer.Reports(Path.of(r), Path.of(r))
                    : new ThemeTrainer.Reports(Path.of(r.substring(0, colon)), Path.of(r.substring(colon + 1))));
        }
        ThemeTrainer.train(labelled, themes, sources, out, date == null ? LocalDate.now(ZoneOffset.UTC) : date,
                System.out);
        return 0;
    }
}
