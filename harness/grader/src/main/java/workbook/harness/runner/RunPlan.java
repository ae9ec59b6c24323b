package workbook.harness.runner;

import java.util.List;

/**
 * What one test JVM is asked to run, sent by the grader on the JVM's standard input (never
 * on its command line, which any code in the JVM can read back). Immutable.
 *
 * @param nonce              per-run secret that starts every result line the runner writes
 * @param workDir            the JVM's private temporary folder
 * @param testTimeoutSeconds how long one test may run before it fails as timed out
 * @param outputLimitBytes   a test that prints more than this fails (output flood)
 * @param keptOutputBytes    how much of a test's output is kept for feedback
 * @param chapters           the chapters to run, in order
 */
public record RunPlan(String nonce, String workDir, int testTimeoutSeconds, long outputLimitBytes,
        int keptOutputBytes, List<ChapterPlan> chapters) {

    public RunPlan {
        chapters = List.copyOf(chapters);
    }

    /**
     * One chapter: the learner's compiled classes and the reference's compiled tests.
     *
     * @param id             {@code ch01}
     * @param learnerClasses the learner's compiled classes (a folder)
     * @param testClasses    the reference module's {@code target/test-classes}: visible and
     *                       hidden tests and the relocated reference
     * @param libraries      earlier chapters' references and the chapter's libraries
     * @param testLibraries  libraries only the tests use
     * @param skip           unique IDs of tests already reported by an earlier JVM
     */
    public record ChapterPlan(String id, String learnerClasses, String testClasses, List<String> libraries,
            List<String> testLibraries, List<String> skip) {

        public ChapterPlan {
            libraries = List.copyOf(libraries);
            testLibraries = List.copyOf(testLibraries);
            skip = List.copyOf(skip);
        }
    }
}
