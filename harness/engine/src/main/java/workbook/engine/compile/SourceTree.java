package workbook.engine.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import workbook.engine.files.FileTrees;

/** Reads a source folder ({@code src/main/java}) into memory. Stateless. */
public final class SourceTree {

    private SourceTree() {}

    /** Every {@code .java} file under {@code root}: path relative to it ({@code a/b/C.java}) to its text. */
    public static Map<String, String> read(Path root) {
        Map<String, String> sources = new TreeMap<>();
        for (Path file : FileTrees.filesUnder(root, ".java")) {
            try {
                sources.put(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return sources;
    }

    /** Every file under {@code root} (class files, resources): path relative to it to its bytes. */
    public static Map<String, byte[]> readBytes(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path file : FileTrees.filesUnder(root, "")) {
            try {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return files;
    }
}
