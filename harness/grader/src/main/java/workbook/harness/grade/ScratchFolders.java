package workbook.harness.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workbook.engine.files.FileTrees;

/**
 * The grader's scratch folders, one per submission being graded, in the system's temporary
 * folder (far from the output and the workbook: code walking up from its working folder finds
 * nothing of ours). Each is named after the process that made it
 * ({@code workbook-grade-<pid>-<random>}), so that a later run deletes the folders of runs that
 * have ended (killed, say) and never those of a run still going. Stateless.
 */
final class ScratchFolders {

    static final String PREFIX = "workbook-grade-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");

    private ScratchFolders() {}

    /** A new, empty scratch folder owned by this process. */
    static Path create() {
        try {
            return Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    /** Deletes the scratch folders whose process has ended; returns how many. */
    static int deleteEnded() {
        return deleteEnded(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static int deleteEnded(Path temporary) {
        int deleted = 0;
        try (Stream<Path> entries = Files.list(temporary)) {
            for (Path dir : entries.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Matcher name = NAME.matcher(dir.getFileName().toString());
                if (name.matches() && ended(Long.parseLong(name.group(1)), dir)) {
                    FileTrees.deleteTree(dir);
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: an unreadable temporary folder must not stop grading
        }
        return deleted;
    }

    /**
     * Whether the process that made {@code dir} has ended: no process has its ID, or the one
     * that has it started after the folder was last changed (the ID was reused).
     */
    private static boolean ended(long pid, Path dir) throws IOException {
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (owner.isEmpty()) {
            return true;
        }
        Instant changed = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant();
        return owner.get().info().startInstant().map(started -> started.isAfter(changed)).orElse(false);
    }
}
