package workbook.harness.grade;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import workbook.harness.generate.Chapter;

/**
 * Everything the grader needs about one chapter of the workbook, read once per run from
 * the built {@code solutions/<slug>} module. Immutable.
 *
 * @param chapter          the chapter and its manifest
 * @param testClasses      {@code target/test-classes}: visible and hidden tests, relocated reference
 * @param libraries        what the learner's code compiles and runs against
 * @param testLibraries    what only the tests use
 * @param tests            the scored tests, from discovery on the reference
 * @param skeletonSources  the skeleton's {@code src/main/java} files (relative path to content):
 *                         the stand-in for a file a submission lacks
 * @param fingerprint      digest of all of the above: a change regrades resumed submissions
 */
public record GradedChapter(Chapter chapter, Path testClasses, List<Path> libraries, List<Path> testLibraries,
        List<TestCase> tests, SortedMap<String, byte[]> skeletonSources, String fingerprint) {

    public GradedChapter {
        libraries = List.copyOf(libraries);
        testLibraries = List.copyOf(testLibraries);
        tests = List.copyOf(tests);
    }

    public String id() {
        return chapter.id();
    }

    public String javaPackage() {
        return chapter.manifest().javaPackage();
    }
}
