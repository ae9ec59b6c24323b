package workbook.engine.protocol;

import java.util.Locale;

/** What happened to one scored test. Only {@link #PASSED} earns points. */
public enum TestStatus {
    PASSED,
    FAILED,
    TIMED_OUT,
    SKIPPED,
    /** The test JVM stopped during the test: System.exit, halt, out of memory, flood. */
    CRASHED,
    NOT_RUN;

    /** Lower case with underscores, as in results.json: {@code timed_out}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
