package workbook.learner.check;

import java.util.List;

/**
 * One visible test's result, as the learner is shown it. Immutable.
 *
 * @param name         the test's display name, a claim: {@code ch01.3 a child keeps the trace ID}
 * @param todoIds      the TODOs the test is tagged with
 * @param status       what happened
 * @param message      for a failure: expected versus actual, or the exception and its message; else null
 * @param learnerFrame the learner's own top stack frame, {@code Span.java:87}, or null
 * @param stubOf       the TODO whose untouched stub threw ({@code UnsupportedOperationException("TODO ch01.3: ...")}), or null
 */
public record TestOutcome(String name, List<String> todoIds, Status status, String message, String learnerFrame,
        String stubOf) {

    public TestOutcome {
        todoIds = List.copyOf(todoIds);
    }

    public enum Status {
        PASSED,
        FAILED,
        /** The learner's code did not return in time; the message says where it was. */
        TIMED_OUT,
        /** The learner's code ended or broke the test JVM (System.exit, out of memory). */
        CRASHED,
        /** Not run: an earlier test used up the check's time, or the test JVM kept stopping. */
        NOT_RUN
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    public boolean belongsTo(String todoId) {
        return todoIds.contains(todoId);
    }
}
