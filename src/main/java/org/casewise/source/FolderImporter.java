package org.casewise.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.casewise.index.IndexReconciler;
import org.casewise.pipeline.IncomingFile;
import org.casewise.pipeline.IngestOutcome;
import org.casewise.pipeline.IngestService;
import org.casewise.store.DocumentStatus;
import org.casewise.store.Source;
import org.casewise.store.SourceKind;
import org.jboss.logging.Logger;

/** Ingests every report file in a folder tree, one by one; a bad file never stops the rest. */
@ApplicationScoped
public class FolderImporter {

    private static final Logger LOG = Logger.getLogger(FolderImporter.class);

    /**
     * Report formats looked at. Ground-truth JSON, CSV and READMEs that sit beside reports are not
     * reports. The content type is then detected from the bytes, whatever the extension says.
     */
    static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "rtf", "odt", "htm", "html", "txt");

    @Inject
    SourceService sources;

    @Inject
    IngestService ingest;

    @Inject
    IndexReconciler reconciler;

    /** Counts of what happened to a folder's files. */
    public record FolderReport(int files, int analysed, int failed, int duplicates) {
    }

    public FolderReport importFolder(Path folder, String sourceCode, String sourceName) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + root);
        }
        Source source = sources.ensure(sourceCode, sourceName, SourceKind.FOLDER, root.toString());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(FolderImporter::isReportFile).sorted().toList();
        }
        FolderManifest manifest = new FolderManifest();
        LOG.infof("Importing %d file(s) from %s", files.size(), root);
        int analysed = 0;
        int failed = 0;
        int duplicates = 0;
        int done = 0;
        for (Path file : files) {
            try {
                FolderManifest.Entry entry = manifest.entryFor(file);
                IngestOutcome outcome = ingest.ingest(new IncomingFile(file, file.getFileName().toString(),
                        entry.url() != null ? entry.url() : file.toUri().toString(), null, entry.board()), source, false);
                if (outcome.duplicate()) {
                    duplicates++;
                } else if (outcome.status() == DocumentStatus.FAILED || outcome.status() == DocumentStatus.NEEDS_OCR) {
                    failed++;
                } else {
                    analysed++;
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                LOG.errorf(e, "Could not ingest %s", file);
            }
            done++;
            if (done % 10 == 0 || done == files.size()) {
                LOG.infof("  %d/%d files (%d analysed, %d failed, %d duplicates)",
                        done, files.size(), analysed, failed, duplicates);
            }
        }
        reconciler.reconcile();
        return new FolderReport(files.size(), analysed, failed, duplicates);
    }

    static boolean isReportFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }
}
