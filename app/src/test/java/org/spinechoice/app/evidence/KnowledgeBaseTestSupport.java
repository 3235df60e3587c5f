package org.spinechoice.app.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.spinechoice.app.TestApp;

/** Copies the repository's evidence folder, so a test can break a file without touching the real one. */
public final class KnowledgeBaseTestSupport {

    private KnowledgeBaseTestSupport() {}

    public static void copyKnowledge(Path target) throws IOException {
        Path source = TestApp.knowledgeFolder();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
    }
}
