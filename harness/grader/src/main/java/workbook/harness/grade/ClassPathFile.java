package workbook.harness.grade;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class path file the build wrote ({@code solutions/<slug>/target/workbook-classpath/*.txt}),
 * read so that the built workbook works from any folder and on any machine.
 *
 * <p>Maven writes absolute paths of the machine and folder that built the workbook. Each entry
 * is resolved here at run time instead: an entry inside the workbook
 * ({@code .../solutions/<module>/target/...} or {@code .../harness/<module>/target/...}) is
 * taken from the workbook being graded, wherever it now is; a jar from a Maven repository is
 * looked up by its repository path in the workbook's own {@code repository/} folder (the
 * Gradescope autograder ships one), in the repository it was built with, in
 * {@code -Dmaven.repo.local} and in {@code ~/.m2/repository}. Each entry also has a
 * {@link Entry#portableName() portable name} without any absolute path, for fingerprints, so
 * that results graded on another machine or in another folder are resumed. Stateless.
 */
public final class ClassPathFile {

    /** An entry inside the workbook: group 2 is its path from the workbook root. */
    private static final Pattern IN_WORKBOOK = Pattern.compile(
            "^(.*)[/\\\\]((?:solutions|harness)[/\\\\][^/\\\\]+[/\\\\]target[/\\\\].+)$");

    /**
     * One resolved entry.
     *
     * @param path         where it is on this machine
     * @param portableName what it is, without absolute paths: {@code workbook:solutions/...} or
     *                     {@code maven:<artifact>/<version>/<file>}
     */
    public record Entry(Path path, String portableName) {}

    private ClassPathFile() {}

    /**
     * Reads and resolves {@code file}, written for the workbook now at {@code root}.
     *
     * @throws IllegalStateException naming the first entry that cannot be found and the fix
     */
    public static List<Entry> read(Path root, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        if (text.isEmpty()) {
            return entries;
        }
        for (String raw : text.split(File.pathSeparator)) {
            String recorded = raw.strip();
            if (!recorded.isEmpty()) {
                entries.add(resolve(root, file, recorded));
            }
        }
        return entries;
    }

    static Entry resolve(Path root, Path file, String recorded) {
        Matcher inWorkbook = IN_WORKBOOK.matcher(recorded);
        if (inWorkbook.matches()) {
            String relative = inWorkbook.group(2).replace('\\', '/');
            Path local = root.resolve(relative);
            if (!Files.exists(local)) {
                throw new IllegalStateException(root.relativize(file) + " needs " + relative
                        + ", which is missing: build the workbook (./mvnw -q install -DskipTests in " + root + ")");
            }
            return new Entry(local, "workbook:" + relative);
        }
        List<String> segments = segments(recorded);
        int n = segments.size();
        if (n >= 4 && segments.get(n - 1).startsWith(segments.get(n - 3) + "-" + segments.get(n - 2))) {
            String portable = "maven:" + String.join("/", segments.subList(n - 3, n));
            Set<Path> searched = new LinkedHashSet<>();
            List<Path> repositories = repositories(root);
            // The workbook's own repository first, then the jar where it was built, then the
            // repositories of this machine.
            Path asRecorded = Path.of(recorded);
            for (int i = 0; i < repositories.size(); i++) {
                if (i == 1 && Files.isRegularFile(asRecorded)) {
                    return new Entry(asRecorded, portable);
                }
                Path repository = repositories.get(i);
                // The longest tail of the recorded path that exists in the repository is its
                // repository path (group folders, artifact, version, file).
                for (int start = 1; start <= n - 3; start++) {
                    Path candidate = repository.resolve(String.join("/", segments.subList(start, n)));
                    if (Files.isRegularFile(candidate)) {
                        return new Entry(candidate, portable);
                    }
                }
                if (Files.isDirectory(repository)) {
                    searched.add(repository);
                }
            }
            if (Files.isRegularFile(asRecorded)) {
                return new Entry(asRecorded, portable);
            }
            throw new IllegalStateException(root.relativize(file) + " needs " + segments.get(n - 1)
                    + ", found neither at " + recorded + " nor in " + (searched.isEmpty()
                            ? "a Maven repository here (there is none at ~/.m2/repository)" : searched.toString())
                    + ": the workbook was built with"
                    + " another Maven repository; rebuild it here (./mvnw -q install -DskipTests in " + root
                    + ") or run the harness with -Dmaven.repo.local=<that repository>");
        }
        Path asRecorded = Path.of(recorded);
        if (!Files.exists(asRecorded)) {
            throw new IllegalStateException(root.relativize(file) + " needs " + recorded
                    + ", which does not exist here: rebuild the workbook (./mvnw -q install -DskipTests in " + root
                    + ")");
        }
        return new Entry(asRecorded, "path:" + recorded);
    }

    /** Where Maven repositories are looked for, most specific first. */
    private static List<Path> repositories(Path root) {
        List<Path> repositories = new ArrayList<>();
        repositories.add(root.resolve("repository")); // may be absent: kept first for the order above
        String property = System.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) {
            repositories.add(Path.of(property));
        }
        String userHome = System.getProperty("user.home");
        if (userHome != null) {
            repositories.add(Path.of(userHome, ".m2", "repository"));
        }
        return repositories;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("[/\\\\]")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
