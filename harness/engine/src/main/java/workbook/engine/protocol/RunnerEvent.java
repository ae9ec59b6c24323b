package workbook.engine.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of the test JVM's report. Immutable.
 *
 * @param type         what happened
 * @param request      the run request it belongs to
 * @param chapter      the chapter ID
 * @param test         a test's unique ID, or for {@link EventType#CONTAINER} the failed class
 * @param displayName  for {@link EventType#START} and {@link EventType#END}: the test's display name
 * @param tags         for {@link EventType#END}: the test's tags ({@code ch01.3})
 * @param status       for {@link EventType#END}: the outcome
 * @param message      what failed: expected versus actual, the learner's own stack frames
 * @param output       what the test printed (capped)
 * @param learnerFrame the learner's top stack frame of the failure, {@code Span.java:87}, or null
 * @param todoStub     true when the failure is an untouched TODO stub thrown from learner code
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record RunnerEvent(EventType type, int request, String chapter, String test, String displayName,
        List<String> tags, TestStatus status, String message, String output, String learnerFrame,
        boolean todoStub) {

    public RunnerEvent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static RunnerEvent of(EventType type, int request, String chapter) {
        return new RunnerEvent(type, request, chapter, null, null, List.of(), null, null, null, null, false);
    }

    public static RunnerEvent container(int request, String chapter, String className, String message) {
        return new RunnerEvent(EventType.CONTAINER, request, chapter, className, null, List.of(), TestStatus.FAILED,
                message, null, null, false);
    }
}
