package workbook.harness.runner;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the runner's report to the grader. Immutable.
 *
 * @param type    {@link #CHAPTER}, {@link #START}, {@link #END}, {@link #CONTAINER},
 *                {@link #CHAPTER_END}, {@link #RESTART} or {@link #DONE}
 * @param chapter the chapter ID
 * @param test    a test's unique ID, or for {@link #CONTAINER} the failed class
 * @param status  for {@link #END}: {@link #PASSED}, {@link #FAILED}, {@link #TIMED_OUT} or {@link #SKIPPED}
 * @param message what failed: expected versus actual, the learner's stack frames
 * @param output  what the test printed (capped)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunnerEvent(String type, String chapter, String test, String status, String message, String output) {

    public static final String CHAPTER = "chapter";
    public static final String START = "start";
    public static final String END = "end";
    public static final String CONTAINER = "container";
    public static final String CHAPTER_END = "chapter-end";
    /**
     * The runner stops: after a chapter that left threads running, or (with a chapter and a
     * test) after a test that timed out. Start a fresh JVM for what is left.
     */
    public static final String RESTART = "restart";
    public static final String DONE = "done";

    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String TIMED_OUT = "timed_out";
    public static final String SKIPPED = "skipped";

    static RunnerEvent of(String type, String chapter) {
        return new RunnerEvent(type, chapter, null, null, null, null);
    }
}
