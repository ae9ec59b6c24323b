package workbook.engine.jvm;

import java.util.ArrayList;
import java.util.List;
import workbook.engine.protocol.TestStatus;

/**
 * What to do after one attempt at a run request, decided from how it stopped: the rules that
 * keep one bad test from costing a chapter more than that test. Pure and thread-safe, so the
 * rules are tested on their own.
 *
 * <ul>
 * <li>The request completed: nothing to do.
 * <li>A test timed out (the runner's watchdog ended the JVM): the test already has its
 *     result; a fresh JVM runs the chapter's remaining tests, unless the chapter's JVMs
 *     stopped {@link #MAX_DEATHS} times.
 * <li>A chapter left threads running: the runner ended the JVM after that chapter; the next
 *     chapters run in a fresh JVM.
 * <li>The JVM died during a test (System.exit, halt, out of memory, an output flood, a stall
 *     the runner could not report): that test fails with the cause, as timed out when it
 *     stalled, else as crashed; the rest of the chapter runs in a fresh JVM, up to
 *     {@link #MAX_DEATHS} times per chapter.
 * <li>The JVM died inside a chapter but outside any test (class initialisation of a test
 *     class, discovery): the chapter's remaining tests are not run.
 * </ul>
 */
public final class RestartPolicy {

    /** JVM deaths per chapter after which its remaining tests are given up. */
    public static final int MAX_DEATHS = 5;

    private RestartPolicy() {}

    /** How an attempt ended. */
    public enum Ending { COMPLETED, THREADS_LEFT, TEST_TIMED_OUT, DIED }

    /** Why the parent killed a JVM, if it did. */
    public enum Kill { STALLED, FLOODED, BUDGET }

    /**
     * How one attempt stopped.
     *
     * @param ending   how
     * @param chapter  the chapter running when it stopped (null between chapters)
     * @param test     the test running when it stopped (null outside a test)
     * @param kill     why the parent killed the JVM, or null
     * @param cause    the cause in words, for {@link Ending#DIED}
     * @param finished chapters that ended in this attempt
     */
    public record Stop(Ending ending, String chapter, String test, Kill kill, String cause, List<String> finished) {
        public Stop {
            finished = finished == null ? List.of() : List.copyOf(finished);
        }
    }

    /**
     * What to do.
     *
     * @param failedTest  the test to record as not passed (null for none)
     * @param status      its status
     * @param message     its message
     * @param notes       chapter ID and note, in order
     * @param dropChapter true when the chapter's remaining tests are given up
     * @param countsDeath true when this attempt counts as one of the chapter's deaths
     */
    public record Decision(String failedTest, TestStatus status, String message, List<Note> notes,
            boolean dropChapter, boolean countsDeath) {
        public Decision {
            notes = List.copyOf(notes);
        }
    }

    /** A note for one chapter's feedback. */
    public record Note(String chapter, String text) {}

    /**
     * @param stop           how the attempt stopped
     * @param deathsSoFar    the stopped chapter's deaths before this one
     */
    public static Decision decide(Stop stop, int deathsSoFar) {
        List<Note> notes = new ArrayList<>();
        switch (stop.ending()) {
            case COMPLETED -> {
                return new Decision(null, null, null, notes, false, false);
            }
            case THREADS_LEFT -> {
                for (String chapter : stop.finished()) {
                    notes.add(new Note(chapter, "the code left threads running, so the next chapter ran in a fresh"
                            + " test JVM"));
                }
                return new Decision(null, null, null, notes, false, false);
            }
            case TEST_TIMED_OUT -> {
                notes.add(new Note(stop.chapter(), "a test timed out, so the test JVM was restarted for the tests"
                        + " after it"));
                boolean drop = deathsSoFar + 1 >= MAX_DEATHS;
                if (drop) {
                    notes.add(new Note(stop.chapter(), "the test JVM stopped " + MAX_DEATHS + " times in this"
                            + " chapter; the remaining tests did not run"));
                }
                return new Decision(null, null, null, notes, drop, true);
            }
            case DIED -> {
                if (stop.chapter() == null) {
                    return new Decision(null, null, null, notes, false, false);
                }
                int died = deathsSoFar + 1;
                String failed = null;
                TestStatus status = null;
                if (stop.test() != null) {
                    failed = stop.test();
                    status = stop.kill() == Kill.STALLED ? TestStatus.TIMED_OUT : TestStatus.CRASHED;
                    notes.add(new Note(stop.chapter(), "the test JVM stopped during a test and was restarted: "
                            + stop.cause()));
                }
                boolean drop = stop.test() == null || died >= MAX_DEATHS;
                if (drop) {
                    notes.add(new Note(stop.chapter(), stop.test() == null
                            ? "the chapter's tests stopped outside any test, so the rest did not run: " + stop.cause()
                            : "the test JVM stopped " + died + " times in this chapter; the remaining tests did not"
                                    + " run"));
                }
                return new Decision(failed, status, stop.cause(), notes, drop, true);
            }
            default -> throw new IllegalStateException("unknown ending " + stop.ending());
        }
    }

    /**
     * The cause of a JVM's death in words, from what is known about it.
     *
     * @param kill       why the parent killed it, or null
     * @param diagnostics what the JVM printed outside the event channel (stderr and stray stdout)
     * @param exitStatus its exit status
     */
    public static String cause(Kill kill, String diagnostics, int exitStatus, TestJvmSettings settings) {
        if (kill == Kill.FLOODED) {
            return "the test printed more than " + settings.outputLimitBytes()
                    + " bytes straight to the process output (output flood), so the test JVM was stopped";
        }
        if (kill == Kill.STALLED) {
            return "did not finish within " + settings.wallTimeoutSeconds() + " s, so the test JVM was stopped";
        }
        if (kill == Kill.BUDGET) {
            return "the submission used up its time budget of " + settings.budgetSeconds() + " s";
        }
        if (diagnostics.contains("OutOfMemoryError")) {
            return "ran out of memory (the heap is capped at " + settings.heapMegabytes() + " MB),"
                    + " so the test JVM stopped";
        }
        if (diagnostics.contains("StackOverflowError")) {
            return "overflowed the stack, so the test JVM stopped";
        }
        return "the test JVM exited with status " + exitStatus
                + " during this test: does the code call System.exit or Runtime.halt?";
    }
}
