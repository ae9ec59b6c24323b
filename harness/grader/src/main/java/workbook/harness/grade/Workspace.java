package workbook.harness.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import workbook.engine.compile.SourceTree;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.SkeletonGenerator;
import workbook.harness.generate.Workbook;
import workbook.harness.score.TestCase;

/**
 * The workbook as the grader sees it: the chapters that have TODOs (chapter 00 is provided
 * code and is not graded), each with its built reference module. Opening it fails with a
 * message that says which build step is missing. Immutable after opening; thread-safe.
 */
public final class Workspace {

    private final Workbook workbook;
    private final List<GradedChapter> chapters;

    private Workspace(Workbook workbook, List<GradedChapter> chapters) {
        this.workbook = workbook;
        this.chapters = List.copyOf(chapters);
    }

    /**
     * Opens the workbook at {@code root}.
     *
     * @param only chapter IDs or slugs to grade; empty for every chapter with TODOs
     */
    public static Workspace open(Path root, List<String> only) {
        Workbook workbook = Workbook.at(root);
        List<Chapter> selected = new ArrayList<>();
        if (only.isEmpty()) {
            workbook.chapters().stream().filter(c -> !c.manifest().todos().isEmpty()).forEach(selected::add);
        } else {
            for (String id : only) {
                Chapter chapter = workbook.chapter(id);
                if (chapter.manifest().todos().isEmpty()) {
                    throw new IllegalArgumentException("chapter " + chapter.id() + " has no TODOs: nothing to grade");
                }
                if (!selected.contains(chapter)) {
                    selected.add(chapter);
                }
            }
            selected.sort((a, b) -> a.slug().compareTo(b.slug()));
        }
        List<GradedChapter> chapters = new ArrayList<>();
        for (Chapter chapter : selected) {
            chapters.add(load(chapter));
        }
        return new Workspace(workbook, chapters);
    }

    public Workbook workbook() {
        return workbook;
    }

    public List<GradedChapter> chapters() {
        return chapters;
    }

    private static GradedChapter load(Chapter chapter) {
        Path target = chapter.solutionDir().resolve("target");
        Path classes = target.resolve("classes");
        Path testClasses = target.resolve("test-classes");
        Path runtime = target.resolve("workbook-classpath/runtime.txt");
        Path test = target.resolve("workbook-classpath/test.txt");
        for (Path needed : List.of(classes, testClasses, runtime, test)) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException("solutions/" + chapter.slug() + " is not built (missing "
                        + chapter.solutionDir().getParent().getParent().relativize(needed)
                        + "): run ./mvnw -q install -DskipTests from the workbook root first");
            }
        }
        Path root = chapter.solutionDir().getParent().getParent();
        List<ClassPathFile.Entry> runtimeEntries = ClassPathFile.read(root, runtime);
        List<ClassPathFile.Entry> testEntries = ClassPathFile.read(root, test);
        List<Path> libraries = runtimeEntries.stream().map(ClassPathFile.Entry::path).toList();
        Set<Path> testOnly = new LinkedHashSet<>(testEntries.stream().map(ClassPathFile.Entry::path).toList());
        testOnly.removeAll(libraries);
        SortedMap<String, byte[]> testFiles = new TreeMap<>(SourceTree.readBytes(testClasses));
        // A workbook shipped without reference sources (the Gradescope autograder) has none to splice.
        SortedMap<String, String> reference = Files.isDirectory(chapter.mainSources())
                ? new TreeMap<>(SourceTree.read(chapter.mainSources())) : new TreeMap<>();
        List<TestCase> tests = Inventory.discover(chapter, SourceTree.readBytes(classes), testFiles, libraries,
                List.copyOf(testOnly));
        SortedMap<String, byte[]> skeleton = skeleton(chapter);
        // Portable names only: results graded in another folder or on another machine resume.
        Fingerprint fingerprint = new Fingerprint()
                .add("manifest", read(chapter.solutionDir().resolve("chapter.json")))
                .addTree("tests", testClasses)
                .add("runtime", portable(runtimeEntries))
                .add("test", portable(testEntries));
        skeleton.forEach((path, content) -> fingerprint.add(path, content));
        Path workbookRoot = root.toAbsolutePath().normalize();
        SortedMap<String, byte[]> libraryFiles = new TreeMap<>();
        for (Path library : libraries) {
            if (library.toAbsolutePath().normalize().startsWith(workbookRoot)) {
                readLibrary(library).forEach(libraryFiles::putIfAbsent);
            }
        }
        return new GradedChapter(chapter, testFiles, libraries, libraryFiles, List.copyOf(testOnly), tests, skeleton,
                reference, fingerprint.hex());
    }

    /** A library of the workbook (a jar or a folder of classes) in memory: resource path to bytes. */
    private static SortedMap<String, byte[]> readLibrary(Path library) {
        if (Files.isDirectory(library)) {
            return new TreeMap<>(SourceTree.readBytes(library));
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(library.toFile())) {
            for (var entries = jar.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
                    try (var in = jar.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + library + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static String portable(List<ClassPathFile.Entry> entries) {
        return String.join("\n", entries.stream().map(ClassPathFile.Entry::portableName).toList());
    }

    /**
     * The skeleton's {@code src/main/java} files: generated from the reference, or, in a
     * workbook shipped without reference sources (the Gradescope autograder), read from
     * {@code chapters/}, which generation keeps identical.
     */
    private static SortedMap<String, byte[]> skeleton(Chapter chapter) {
        SortedMap<String, byte[]> skeleton = new TreeMap<>();
        if (Files.isDirectory(chapter.mainSources())) {
            SkeletonGenerator.generate(chapter).forEach((path, content) -> {
                if (path.startsWith("src/main/java/")) {
                    skeleton.put(path.substring("src/main/java/".length()), content);
                }
            });
            return skeleton;
        }
        Path sources = chapter.skeletonDir().resolve("src/main/java");
        try (var files = Files.walk(sources)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                skeleton.put(sources.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the skeleton of " + chapter.slug() + ": " + e.getMessage(), e);
        }
        return skeleton;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
