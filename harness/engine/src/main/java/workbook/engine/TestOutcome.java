package workbook.engine;

import java.util.List;
import workbook.engine.protocol.TestStatus;

/**
 * What happened to one scored test in one run. Immutable.
 *
 * @param uniqueId     the JUnit Platform unique ID, stable across runs
 * @param displayName  what the test checks, in words (null when the test never started)
 * @param tags         its tags, sorted: the TODO IDs it checks ({@code ch03.2})
 * @param status       the outcome; only {@link TestStatus#PASSED} earns points
 * @param message      why it did not pass (expected versus actual, the learner's stack frames), or null
 * @param output       what it printed (capped), or null
 * @param learnerFrame where in the learner's code the failure was thrown, {@code Span.java:87}, or null
 * @param todoStub     true when it failed on an untouched TODO stub (the skeleton's
 *                     {@code UnsupportedOperationException("TODO chNN.k ...")} thrown from a learner
 *                     class), as opposed to an exception the learner's own code threw
 */
public record TestOutcome(String uniqueId, String displayName, List<String> tags, TestStatus status,
        String message, String output, String learnerFrame, boolean todoStub) {

    public TestOutcome {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean passed() {
        return status == TestStatus.PASSED;
    }

    /** A test that did not complete, with why (a crash, a timeout), from outside the test JVM. */
    public static TestOutcome stopped(String uniqueId, TestStatus status, String why) {
        return new TestOutcome(uniqueId, null, List.of(), status, why, null, null, false);
    }
}
