package workbook.harness.grade;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import workbook.engine.protocol.RunRequest;
import workbook.harness.generate.Chapter;
import workbook.harness.score.TestCase;

/**
 * Everything the grader needs about one chapter of the workbook, read once per run from
 * the built {@code solutions/<slug>} module. Immutable (the maps are copies that cannot be
 * changed; byte arrays are shared and never written).
 *
 * @param chapter          the chapter and its manifest
 * @param testFiles        {@code target/test-classes} in memory: visible and hidden tests,
 *                         relocated reference, test resources (resource path to bytes)
 * @param libraries        what the learner's code compiles and runs against
 * @param libraryFiles     the libraries that are the workbook's own (earlier chapters' references),
 *                         read into memory: a test JVM gets them as bytes, never as a path into
 *                         the workbook
 * @param testLibraries    what only the tests use
 * @param tests            the scored tests, from discovery on the reference
 * @param skeletonSources  the skeleton's {@code src/main/java} files (relative path to content):
 *                         the stand-in for a file a submission lacks
 * @param referenceSources the reference's {@code src/main/java} files (relative path to text),
 *                         with their solution regions: the stand-in for other TODOs in fair grading
 * @param fingerprint      digest of all of the above: a change regrades resumed submissions
 */
public record GradedChapter(Chapter chapter, SortedMap<String, byte[]> testFiles, List<Path> libraries,
        SortedMap<String, byte[]> libraryFiles, List<Path> testLibraries, List<TestCase> tests, SortedMap<String, byte[]> skeletonSources,
        SortedMap<String, String> referenceSources, String fingerprint) {

    public GradedChapter {
        testFiles = Collections.unmodifiableSortedMap(new TreeMap<>(testFiles));
        libraries = List.copyOf(libraries);
        libraryFiles = Collections.unmodifiableSortedMap(new TreeMap<>(libraryFiles));
        testLibraries = List.copyOf(testLibraries);
        tests = List.copyOf(tests);
        skeletonSources = Collections.unmodifiableSortedMap(new TreeMap<>(skeletonSources));
        referenceSources = Collections.unmodifiableSortedMap(new TreeMap<>(referenceSources));
    }

    public String id() {
        return chapter.id();
    }

    public String javaPackage() {
        return chapter.manifest().javaPackage();
    }

    /**
     * Whether {@code sources} (path to text) are the skeleton as handed out, the same files with
     * the same text, line endings aside (a Windows checkout writes CRLF).
     */
    public boolean isSkeleton(Map<String, String> sources) {
        if (!sources.keySet().equals(skeletonSources.keySet())) {
            return false;
        }
        return sources.entrySet().stream().allMatch(source -> lines(source.getValue())
                .equals(lines(new String(skeletonSources.get(source.getKey()), StandardCharsets.UTF_8))));
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    /** The libraries a test JVM opens from disk: the third-party ones, outside the workbook. */
    public List<Path> libraryJars(Path workbookRoot) {
        return libraries.stream().filter(library -> !library.toAbsolutePath().normalize().startsWith(workbookRoot))
                .toList();
    }

    /** What a test JVM needs to run this chapter's tests against {@code learnerClasses}. */
    public RunRequest.ChapterRequest request(Map<String, byte[]> learnerClasses) {
        Path root = chapter.solutionDir().getParent().getParent().toAbsolutePath().normalize();
        return new RunRequest.ChapterRequest(id(), learnerClasses, testFiles, libraryFiles,
                libraryJars(root).stream().map(Path::toString).toList(),
                testLibraries.stream().map(Path::toString).toList(), List.of(), List.of(), List.of());
    }
}
