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
 * Optional {@code provenance.csv} in an imported folder: where each file was downloaded from and
 * which board published it ({@code file,url,board}). Reports do not always name their board in
 * the text; the page that linked them did, and this keeps that knowledge with the files.
 */
final class FolderManifest {

    static final String FILE_NAME = "provenance.csv";
    private static final Entry NONE = new Entry(null, null);

    record Entry(String url, String board) {
    }

    private final Map<String, Entry> entries;

    private FolderManifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static FolderManifest read(Path folder) throws IOException {
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
        return new FolderManifest(entries);
    }

    /** The entry for a file, by its path relative to the folder (with '/' separators). */
    Entry entryFor(Path relative) {
        return entries.getOrDefault(relative.toString().replace('\\', '/'), NONE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
