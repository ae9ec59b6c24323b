package workbook.harness.score;

import workbook.engine.TestOutcome;
import workbook.engine.protocol.TestStatus;

/**
 * What happened to one scored test, as scored. Only {@link TestStatus#PASSED} earns points: a
 * test that timed out, crashed the JVM or never ran earns nothing. Immutable.
 *
 * @param status   the outcome
 * @param message  why it did not pass (expected versus actual), or null
 * @param output   what it printed (capped), or null
 * @param todoStub true when it failed on an untouched TODO stub thrown from learner code
 */
public record TestResult(TestStatus status, String message, String output, boolean todoStub) {

    public boolean passed() {
        return status == TestStatus.PASSED;
    }

    public static TestResult notRun(String why) {
        return new TestResult(TestStatus.NOT_RUN, why, null, false);
    }

    public static TestResult of(TestOutcome outcome) {
        return new TestResult(outcome.status(), outcome.message(), outcome.output(), outcome.todoStub());
    }
}
