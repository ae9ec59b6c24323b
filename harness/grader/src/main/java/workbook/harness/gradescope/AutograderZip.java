package workbook.harness.gradescope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.SkeletonGenerator;
import workbook.harness.grade.ClassPathFile;
import workbook.harness.grade.GradedChapter;
import workbook.harness.grade.Workspace;

/**
 * The Gradescope autograder zip: {@code setup.sh} and {@code run_autograder} at its root, and
 * in {@code workbook/} what grading needs, compiled: the harness jar; per graded chapter its
 * manifest, compiled reference and tests, class path files, visible tests and skeleton (both
 * already in the learner kit); the workbook jars those class paths name; and the third-party
 * jars in {@code workbook/repository/<artifact>/<version>/}, so that grading needs no network.
 * No hidden-test source, and no reference source unless asked for (fair grading splices the
 * reference's members into a submission): {@link #problems} proves it. Stateless.
 */
final class AutograderZip {

    /** Zip entries get this time, so that the same workbook gives the same zip. */
    private static final FileTime EPOCH = FileTime.fromMillis(315_532_800_000L); // 1980-01-01

    private AutograderZip() {}

    /**
     * The zip's content, by entry name.
     *
     * @param setup            the {@code setup.sh} script, with the chosen chapters
     * @param runAutograder    the {@code run_autograder} script, with the chosen options
     * @param referenceSources whether the graded chapters' reference sources go in too
     */
    static SortedMap<String, byte[]> contents(Workspace workspace, Path harnessJar, String setup, String runAutograder,
            boolean referenceSources) {
        Path root = workspace.workbook().root();
        SortedMap<String, byte[]> zip = new TreeMap<>();
        zip.put("setup.sh", setup.getBytes(StandardCharsets.UTF_8));
        zip.put("run_autograder", runAutograder.getBytes(StandardCharsets.UTF_8));
        zip.put("workbook/harness/target/workbook-harness.jar", bytes(harnessJar));
        Map<String, Path> repository = new HashMap<>();
        for (Chapter chapter : workspace.workbook().chapters()) {
            zip.put("workbook/solutions/" + chapter.slug() + "/chapter.json",
                    bytes(chapter.solutionDir().resolve("chapter.json")));
        }
        for (GradedChapter graded : workspace.chapters()) {
            Chapter chapter = graded.chapter();
            String solution = "workbook/solutions/" + chapter.slug() + "/";
            Path target = chapter.solutionDir().resolve("target");
            addTree(zip, solution + "target/classes/", target.resolve("classes"));
            addTree(zip, solution + "target/test-classes/", target.resolve("test-classes"));
            addTree(zip, solution + "target/workbook-classpath/", target.resolve("workbook-classpath"));
            addTree(zip, solution + "src/test/java/", chapter.visibleTests());
            if (referenceSources) {
                addTree(zip, solution + "src/main/java/", chapter.mainSources());
                zip.put(solution + "pom.xml", bytes(chapter.solutionDir().resolve("pom.xml")));
            }
            SkeletonGenerator.generate(chapter).forEach((path, content) -> {
                if (path.startsWith("src/main/java/")) {
                    zip.put("workbook/chapters/" + chapter.slug() + "/" + path, content);
                }
            });
            for (String file : List.of("runtime.txt", "test.txt")) {
                for (ClassPathFile.Entry entry : ClassPathFile.read(root, target.resolve("workbook-classpath/" + file))) {
                    String name = entry.portableName();
                    if (name.startsWith("workbook:")) {
                        String relative = name.substring("workbook:".length());
                        if (Files.isDirectory(entry.path())) {
                            addTree(zip, "workbook/" + relative + "/", entry.path());
                        } else {
                            zip.put("workbook/" + relative, bytes(entry.path()));
                        }
                    } else if (name.startsWith("maven:")) {
                        String relative = name.substring("maven:".length());
                        Path other = repository.putIfAbsent(relative, entry.path());
                        if (other != null && !other.equals(entry.path()) && !Arrays.equals(bytes(other), bytes(entry.path()))) {
                            throw new IllegalStateException("two different jars would be shipped as " + relative + ": "
                                    + other + " and " + entry.path());
                        }
                        zip.put("workbook/repository/" + relative, bytes(entry.path()));
                    } else {
                        throw new IllegalStateException(chapter.slug() + " needs " + entry.path()
                                + ", neither in the workbook nor in a Maven repository: it cannot be shipped");
                    }
                }
            }
        }
        return zip;
    }

    /** Writes the zip atomically; {@code setup.sh} and {@code run_autograder} are executable (mode 755). */
    static void write(SortedMap<String, byte[]> contents, Path zipFile) {
        try {
            Path parent = zipFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = parent.resolve(".tmp-" + zipFile.getFileName() + "-" + ProcessHandle.current().pid());
            Files.deleteIfExists(temporary);
            Map<String, Object> env = Map.of("create", "true", "enablePosixFileAttributes", "true");
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + temporary.toUri()), env)) {
                for (Map.Entry<String, byte[]> file : contents.entrySet()) {
                    Path entry = zip.getPath(file.getKey());
                    if (entry.getParent() != null) {
                        Files.createDirectories(entry.getParent());
                    }
                    Files.write(entry, file.getValue());
                    boolean script = file.getKey().equals("setup.sh") || file.getKey().equals("run_autograder");
                    Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString(script ? "rwxr-xr-x" : "rw-r--r--"));
                    Files.setLastModifiedTime(entry, EPOCH);
                }
            }
            Files.move(temporary, zipFile, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + zipFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * What must not be in the zip, found: a {@code .java} file that is not a skeleton or a
     * visible test byte for byte (so no reference or hidden-test source), an author-only
     * folder, or the scripts missing. Empty when the zip is clean.
     */
    static List<String> problems(Workspace workspace, Path zipFile, boolean referenceSources) {
        Map<String, byte[]> allowedSources = new HashMap<>();
        for (Chapter chapter : workspace.workbook().chapters()) {
            SkeletonGenerator.generate(chapter).forEach((path, content) ->
                    allowedSources.put("workbook/chapters/" + chapter.slug() + "/" + path, content));
            if (referenceSources) {
                for (Path main : files(chapter.mainSources())) {
                    allowedSources.put("workbook/solutions/" + chapter.slug() + "/src/main/java/"
                            + chapter.mainSources().relativize(main).toString().replace('\\', '/'), bytes(main));
                }
            }
            for (Path visible : files(chapter.visibleTests())) {
                allowedSources.put("workbook/solutions/" + chapter.slug() + "/src/test/java/"
                        + chapter.visibleTests().relativize(visible).toString().replace('\\', '/'), bytes(visible));
            }
        }
        List<String> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                names.add(name);
                if (name.contains("src/hidden/") || name.contains("generated-test-sources")
                        || !referenceSources && name.contains("src/main/java") && name.startsWith("workbook/solutions/")) {
                    problems.add(name + ": author-only source in the autograder");
                }
                if (name.endsWith(".java")) {
                    byte[] allowed = allowedSources.get(name);
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (allowed == null || !Arrays.equals(allowed, in.readAllBytes())) {
                            problems.add(name + ": Java source that is neither a skeleton nor a visible test"
                                    + (referenceSources ? " nor the reference" : ""));
                        }
                    }
                }
            }
        } catch (IOException e) {
            problems.add(zipFile + ": not a readable zip (" + e.getMessage() + ")");
        }
        for (String required : List.of("setup.sh", "run_autograder", "workbook/harness/target/workbook-harness.jar")) {
            if (!names.contains(required)) {
                problems.add(required + ": missing");
            }
        }
        return problems;
    }

    private static void addTree(SortedMap<String, byte[]> zip, String prefix, Path dir) {
        for (Path file : files(dir)) {
            zip.put(prefix + dir.relativize(file).toString().replace('\\', '/'), bytes(file));
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = AutograderZip.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the harness jar lacks its Gradescope script " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
