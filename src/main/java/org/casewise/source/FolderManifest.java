package org.casewise.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Optional {@code provenance.csv} files in an imported folder tree, one per directory: where each
 * file of that directory was downloaded from and which board published it ({@code file,url,board},
 * file names relative to the directory). Reports do not always name their board in the text; the
 * page that linked them did, and this keeps that knowledge with the files.
 */
final class FolderManifest {

    static final String FILE_NAME = "provenance.csv";
    private static final Entry NONE = new Entry(null, null);

    record Entry(String url, String board) {
    }

    private final Map<Path, Map<String, Entry>> byDirectory = new HashMap<>();

    /** The entry for a file, from the provenance.csv of its own directory. */
    Entry entryFor(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Map<String, Entry> entries = byDirectory.get(dir);
        if (entries == null) {
            entries = read(dir);
            byDirectory.put(dir, entries);
        }
        return entries.getOrDefault(file.getFileName().toString(), NONE);
    }

    private static Map<String, Entry> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Map<String, Entry> entries = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setCommentMarker('#').setTrim(true).get();
                for (CSVRecord row : format.parse(r)) {
                    entries.put(row.get("file"), new Entry(blankToNull(row.get("url")), blankToNull(row.get("board"))));
                }
            }
        }
        return entries;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
