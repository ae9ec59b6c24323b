package workbook.harness.runner;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reports one chapter's results, one per scored test. A scored test is the topmost node
 * with a method as its source: a test, a property, or a parameterized test or test factory,
 * which passes only when all its invocations pass. Around each scored test it arms the
 * watchdog, captures output, and afterwards fails the test when it flooded the output or
 * left the learner's threads running. Confined to the thread that runs the tests.
 */
final class ScoringListener implements TestExecutionListener {

    private final String chapter;
    private final EventChannel events;
    private final OutputCapture capture;
    private final Watchdog watchdog;
    private final RunPlan plan;
    private final Set<String> learnerClasses;

    private TestPlan testPlan;
    private TestIdentifier current;
    private String firstFailure;
    private String statusOfFirstFailure;
    private String report;
    private Set<Thread> threadsBefore;
    private boolean threadsLeft;

    ScoringListener(String chapter, EventChannel events, OutputCapture capture, Watchdog watchdog, RunPlan plan,
            Set<String> learnerClasses) {
        this.chapter = chapter;
        this.events = events;
        this.capture = capture;
        this.watchdog = watchdog;
        this.plan = plan;
        this.learnerClasses = learnerClasses;
    }

    /** True when a learner thread was left running by some test of this chapter. */
    boolean threadsLeft() {
        return threadsLeft;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.testPlan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (current != null || !isScored(test)) {
            return;
        }
        current = test;
        firstFailure = null;
        report = null;
        threadsBefore = ThreadCensus.live();
        events.send(new RunnerEvent(RunnerEvent.START, chapter, test.getUniqueId(), null, null, null));
        capture.begin();
        String uniqueId = test.getUniqueId();
        watchdog.arm(plan.testTimeoutSeconds() + 2L, () -> {
            OutputCapture.Captured output = capture.end();
            events.send(new RunnerEvent(RunnerEvent.END, chapter, uniqueId, RunnerEvent.TIMED_OUT,
                    "did not finish within " + plan.testTimeoutSeconds() + " s: an endless loop, or a wait"
                            + " that never ends?", Failures.normalize(output.text())));
            events.send(new RunnerEvent(RunnerEvent.RESTART, chapter, uniqueId, RunnerEvent.TIMED_OUT, null, null));
        });
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (current == null && isScored(test)) {
            events.send(new RunnerEvent(RunnerEvent.END, chapter, test.getUniqueId(), RunnerEvent.SKIPPED,
                    "not run: " + reason, null));
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        if (current != null && report == null) {
            StringBuilder text = new StringBuilder();
            entry.getKeyValuePairs().forEach((key, value) -> text.append(value).append('\n'));
            report = text.toString().strip();
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (current == null) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && isClass(test)) {
                events.send(new RunnerEvent(RunnerEvent.CONTAINER, chapter, className(test), RunnerEvent.FAILED,
                        describe(result.getThrowable()), null));
            }
            return;
        }
        if (!test.equals(current)) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && firstFailure == null) {
                firstFailure = test.getDisplayName() + ": " + describe(result.getThrowable());
                statusOfFirstFailure = statusOf(result);
            }
            return;
        }
        watchdog.disarm();
        OutputCapture.Captured output = capture.end();
        String status = statusOf(result);
        String message = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL
                ? null : describe(result.getThrowable());
        if (status.equals(RunnerEvent.PASSED) && firstFailure != null) {
            status = statusOfFirstFailure;
            message = firstFailure;
        }
        if (message != null && report != null) {
            message = message + "\n" + Failures.cap(report, 1_000);
        }
        if (output.totalBytes() > plan.outputLimitBytes()) {
            status = RunnerEvent.FAILED;
            message = "printed " + output.totalBytes() + " bytes, more than the limit of " + plan.outputLimitBytes()
                    + " bytes (output flood)" + (message == null ? "" : "\n" + message);
        }
        List<Thread> strays = ThreadCensus.strays(threadsBefore, learnerClasses);
        if (!strays.isEmpty()) {
            threadsLeft = true;
            status = RunnerEvent.FAILED;
            String left = ThreadCensus.describe(strays, learnerClasses);
            message = message == null ? left : left + "\n" + message;
        }
        events.send(new RunnerEvent(RunnerEvent.END, chapter, current.getUniqueId(), status,
                Failures.normalize(message), Failures.normalize(output.text())));
        current = null;
    }

    private static String statusOf(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> RunnerEvent.PASSED;
            case ABORTED -> RunnerEvent.SKIPPED;
            case FAILED -> result.getThrowable().filter(TimeoutException.class::isInstance).isPresent()
                    ? RunnerEvent.TIMED_OUT : RunnerEvent.FAILED;
        };
    }

    private String describe(Optional<Throwable> failure) {
        return failure.map(t -> Failures.describe(t, learnerClasses)).orElse("failed");
    }

    private boolean isScored(TestIdentifier test) {
        return ScoredTests.isScored(test, testPlan);
    }

    private static boolean isClass(TestIdentifier test) {
        return test.getSource().orElse(null) instanceof ClassSource;
    }

    private static String className(TestIdentifier test) {
        TestSource source = test.getSource().orElseThrow();
        return ((ClassSource) source).getClassName();
    }
}
