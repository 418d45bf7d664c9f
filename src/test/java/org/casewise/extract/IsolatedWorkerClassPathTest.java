package org.casewise.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsolatedWorkerClassPathTest {

    @TempDir
    Path dir;

    @Test
    void ordinaryClassPathIsPassedThrough() {
        String cp = String.join(File.pathSeparator, "/a/classes", "/m2/tika-core.jar");
        assertEquals(cp, WorkerClassPath.resolve(cp));
    }

    @Test
    void fastJarIsExpandedToItsJars() throws IOException {
        Path app = dir.resolve("quarkus-app");
        for (String f : List.of("quarkus-run.jar", "app/casewise-1.0.jar", "lib/boot/b.jar", "lib/boot/a.jar",
                "lib/main/tika-core.jar", "lib/main/notes.txt", "quarkus/generated-bytecode.jar")) {
            Files.createDirectories(app.resolve(f).getParent());
            Files.createFile(app.resolve(f));
        }
        String resolved = WorkerClassPath.resolve(app.resolve("quarkus-run.jar").toString());
        assertEquals(List.of(app.resolve("app/casewise-1.0.jar").toString(), app.resolve("lib/boot/a.jar").toString(),
                        app.resolve("lib/boot/b.jar").toString(), app.resolve("lib/main/tika-core.jar").toString()),
                List.of(resolved.split(File.pathSeparator)));
    }

    @Test
    void fastJarWithoutLibrariesIsAnError() throws IOException {
        Files.createFile(dir.resolve("quarkus-run.jar"));
        assertThrows(IllegalStateException.class, () -> WorkerClassPath.resolve(dir.resolve("quarkus-run.jar").toString()));
    }
}
