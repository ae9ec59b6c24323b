package workbook.learner.reset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the learner's files taken before the tool changes any of them, in
 * {@code .workbook/backup/<time>/}, keeping their paths relative to the workbook root. A
 * backup folder is never reused or deleted by the tool.
 */
public final class Backup {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private Backup() {}

    /** Copies every file below {@code dir} (inside {@code root}); returns the backup folder. */
    public static Path of(Path root, Path stateDir, Path dir, LocalDateTime now) {
        try {
            Path backups = stateDir.resolve("backup");
            Files.createDirectories(backups);
            String name = FOLDER.format(now);
            Path target = backups.resolve(name);
            for (int i = 2; Files.exists(target); i++) {
                target = backups.resolve(name + "-" + i);
            }
            Files.createDirectories(target);
            for (Path file : files(dir)) {
                Path copy = target.resolve(root.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot back up " + dir + ": " + e.getMessage()
                    + "; nothing was changed", e);
        }
    }

    static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
