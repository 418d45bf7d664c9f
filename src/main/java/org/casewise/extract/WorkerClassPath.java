package org.casewise.extract;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class path for a worker JVM. Usually the current JVM's own. But a Quarkus fast-jar runs as
 * {@code java -jar quarkus-app/quarkus-run.jar}, whose class path is that one jar and whose
 * dependencies are loaded by Quarkus' own class loader from {@code app/}, {@code lib/boot/} and
 * {@code lib/main/}: the worker gets those jars listed explicitly.
 */
final class WorkerClassPath {

    static final String FAST_JAR_RUNNER = "quarkus-run.jar";

    private WorkerClassPath() {
    }

    /** @param javaClassPath the value of {@code java.class.path} in the running JVM */
    static String resolve(String javaClassPath) {
        for (String entry : javaClassPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath();
            if (path.getFileName() != null && path.getFileName().toString().equals(FAST_JAR_RUNNER)) {
                return fastJar(path.getParent());
            }
        }
        return javaClassPath;
    }

    /** The jars of a fast-jar layout, the application's first, each directory in name order. */
    static String fastJar(Path appRoot) {
        List<String> jars = new ArrayList<>();
        for (String dir : List.of("app", "lib/boot", "lib/main")) {
            Path d = appRoot.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                        .sorted()
                        .forEach(f -> jars.add(f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + d, e);
            }
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no jars under " + appRoot + "/{app,lib/boot,lib/main}");
        }
        return String.join(File.pathSeparator, jars);
    }
}
