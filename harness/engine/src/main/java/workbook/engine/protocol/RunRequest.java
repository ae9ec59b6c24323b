package workbook.engine.protocol;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run asked of a warm test JVM, one JSON line on its standard input (never on its
 * command line, which any code in the JVM can read back). The learner's classes and the
 * test classes travel inside it as bytes, so the test JVM needs no path into the workbook.
 * Immutable.
 *
 * @param id       numbers the request; every event of its run carries it
 * @param chapters the chapters to run, in order
 */
public record RunRequest(int id, List<ChapterRequest> chapters) {

    public RunRequest {
        chapters = List.copyOf(chapters);
    }

    /**
     * One chapter's run.
     *
     * @param id             {@code ch01}
     * @param learnerClasses the learner's compiled classes: binary name to class file bytes
     * @param testFiles      the compiled tests, the relocated reference and test resources:
     *                       resource path ({@code workbook/trace/SpanTest.class}) to bytes
     * @param libraryFiles   library classes and resources held in memory (earlier chapters'
     *                       references): resource path to bytes, looked up before {@code libraries}
     * @param libraries      jars and folders the learner's code runs against (third-party libraries)
     * @param testLibraries  jars only the tests use
     * @param testClasses    the top-level test classes to run, or empty for every one in
     *                       {@code testFiles}
     * @param skip           unique IDs of tests already reported by an earlier JVM
     * @param includeTags    run only tests with one of these tags (a TODO ID); empty for all
     */
    public record ChapterRequest(String id, Map<String, byte[]> learnerClasses, Map<String, byte[]> testFiles,
            Map<String, byte[]> libraryFiles, List<String> libraries, List<String> testLibraries, List<String> testClasses, List<String> skip, List<String> includeTags) {

        public ChapterRequest {
            learnerClasses = new TreeMap<>(learnerClasses);
            testFiles = new TreeMap<>(testFiles);
            libraryFiles = libraryFiles == null ? new TreeMap<>() : new TreeMap<>(libraryFiles);
            libraries = List.copyOf(libraries);
            testLibraries = List.copyOf(testLibraries);
            testClasses = testClasses == null ? List.of() : List.copyOf(testClasses);
            skip = skip == null ? List.of() : List.copyOf(skip);
            includeTags = includeTags == null ? List.of() : List.copyOf(includeTags);
        }

        /**
         * A chapter's run from compiled classes held in memory.
         *
         * @param learnerClasses binary name to bytes: the code under test
         * @param testClasses    binary name to bytes: the tests (and, for the grader, the relocated reference)
         * @param libraries      jars and folders both run against
         * @param testLibraries  jars only the tests use
         */
        public static ChapterRequest of(String id, Map<String, byte[]> learnerClasses, Map<String, byte[]> testClasses,
                List<java.nio.file.Path> libraries, List<java.nio.file.Path> testLibraries) {
            Map<String, byte[]> testFiles = new TreeMap<>();
            testClasses.forEach((name, bytes) -> testFiles.put(name.replace('.', '/') + ".class", bytes));
            return new ChapterRequest(id, learnerClasses, testFiles, Map.of(),
                    libraries.stream().map(java.nio.file.Path::toString).toList(),
                    testLibraries.stream().map(java.nio.file.Path::toString).toList(), List.of(), List.of(), List.of());
        }

        /** The same chapter with only these top-level test classes run (e.g. the visible ones). */
        public ChapterRequest selecting(List<String> classNames) {
            return new ChapterRequest(id, learnerClasses, testFiles, libraryFiles, libraries, testLibraries, classNames,
                    skip, includeTags);
        }

        /** The same chapter, running only the tests tagged with one of {@code tags}. */
        public ChapterRequest taggedWith(List<String> tags) {
            return new ChapterRequest(id, learnerClasses, testFiles, libraryFiles, libraries, testLibraries, testClasses,
                    skip, tags);
        }

        /** The same chapter under another ID (a variant of it, run beside it). */
        public ChapterRequest as(String otherId) {
            return new ChapterRequest(otherId, learnerClasses, testFiles, libraryFiles, libraries, testLibraries,
                    testClasses, skip, includeTags);
        }

        /** The same chapter without the tests already reported. */
        public ChapterRequest skipping(List<String> reported) {
            return new ChapterRequest(id, learnerClasses, testFiles, libraryFiles, libraries, testLibraries, testClasses, reported,
                    includeTags);
        }
    }
}
