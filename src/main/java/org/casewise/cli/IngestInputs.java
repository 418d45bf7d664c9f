package org.casewise.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the arguments of {@code casewise ingest} into the files and URLs to send, in a stable order. */
final class IngestInputs {

    /** One thing to send: a URL to fetch, a file to upload, or an argument that is neither. */
    record Input(String label, String url, Path file, String problem) {
    }

    private IngestInputs() {
    }

    static List<Input> expand(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            String lower = argument.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                // Sent as written: the service checks it and names the parameter at fault if it is bad.
                inputs.add(new Input(argument, argument.strip(), null, null));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                inputs.addAll(walk(path));
            } else if (Files.isRegularFile(path)) {
                inputs.add(new Input(argument, null, path, null));
            } else {
                inputs.add(new Input(argument, null, null, "no such file or directory (nor an http(s) URL)"));
            }
        }
        return inputs;
    }

    /**
     * Every regular file under a folder, sorted by path so runs are repeatable. Hidden files and
     * folders (".git", ".DS_Store", editor swap files) are skipped: they are never reports.
     */
    static List<Input> walk(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    files.add(file); // reported as unreadable when it is sent, rather than silently dropped
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return List.of(new Input(root.toString(), null, null, "cannot read the folder: " + e.getMessage()));
        }
        files.sort(null);
        return files.stream().map(f -> new Input(f.toString(), null, f, null)).toList();
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
