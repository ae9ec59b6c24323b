package workbook.harness.grade;

/**
 * What happened to one scored test. Only {@link #PASSED} earns points: a test that timed
 * out, crashed the JVM or never ran earns nothing. Immutable.
 *
 * @param status  {@link #PASSED}, {@link #FAILED}, {@link #TIMED_OUT}, {@link #SKIPPED},
 *                {@link #CRASHED} or {@link #NOT_RUN}
 * @param message why it did not pass (expected versus actual), or null
 * @param output  what it printed (capped), or null
 */
public record TestResult(String status, String message, String output) {

    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String TIMED_OUT = "timed_out";
    public static final String SKIPPED = "skipped";
    /** The test JVM stopped during the test: System.exit, halt, out of memory, flood. */
    public static final String CRASHED = "crashed";
    public static final String NOT_RUN = "not_run";

    public boolean passed() {
        return PASSED.equals(status);
    }

    static TestResult notRun(String why) {
        return new TestResult(NOT_RUN, why, null);
    }
}
