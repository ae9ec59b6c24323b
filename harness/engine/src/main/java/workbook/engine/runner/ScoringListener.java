package workbook.engine.runner;

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
import workbook.engine.protocol.EventType;
import workbook.engine.protocol.RunnerEvent;
import workbook.engine.protocol.RunnerSetup;
import workbook.engine.protocol.TestStatus;

/**
 * Reports one chapter's results, one per scored test. A scored test is the topmost node
 * with a method as its source: a test, a property, or a parameterized test or test factory,
 * which passes only when all its invocations pass. Around each scored test it arms the
 * watchdog, captures output, and afterwards fails the test when it flooded the output or
 * left the learner's threads running. Confined to the thread that runs the tests.
 */
final class ScoringListener implements TestExecutionListener {

    private final int request;
    private final String chapter;
    private final EventChannel events;
    private final OutputCapture capture;
    private final Watchdog watchdog;
    private final RunnerSetup plan;
    private final Set<String> learnerClasses;

    private TestPlan testPlan;
    private TestIdentifier current;
    private String firstFailure;
    private TestStatus statusOfFirstFailure;
    private Throwable firstThrowable;
    private String report;
    /** Threads that were there when the chapter started, or that were already reported as left running. */
    private final Set<Thread> accounted = new java.util.HashSet<>();
    private boolean threadsLeft;

    ScoringListener(int request, String chapter, EventChannel events, OutputCapture capture, Watchdog watchdog,
            RunnerSetup plan, Set<String> learnerClasses) {
        this.request = request;
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
        accounted.addAll(ThreadCensus.live());
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (current != null || !isScored(test)) {
            return;
        }
        current = test;
        firstFailure = null;
        firstThrowable = null;
        report = null;
        events.send(event(EventType.START, test, null, null, null, null, false));
        capture.begin();
        Thread testThread = Thread.currentThread();
        watchdog.arm(plan.testTimeoutSeconds() + 2L, plan.wallTimeoutSeconds(), () -> {
            OutputCapture.Captured output = capture.end();
            // Where the learner's code was when it was stopped: for the learner tool only, since
            // the exact line of a loop varies from run to run and feedback must not.
            String stoppedAt = Failures.learnerFrame(testThread.getStackTrace(), learnerClasses);
            events.send(event(EventType.END, test, TestStatus.TIMED_OUT,
                    "did not finish within " + plan.testTimeoutSeconds() + " s of CPU time (or "
                            + plan.wallTimeoutSeconds() + " s in all): an endless loop, or a wait that never ends?",
                    Failures.normalize(output.text()), stoppedAt, false));
            events.send(event(EventType.RESTART, test, TestStatus.TIMED_OUT, null, null, null, false));
        });
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (current == null && isScored(test)) {
            events.send(event(EventType.END, test, TestStatus.SKIPPED, "not run: " + reason, null, null, false));
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
                events.send(RunnerEvent.container(request, chapter, className(test), describe(result.getThrowable())));
            }
            return;
        }
        if (!test.equals(current)) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && firstFailure == null) {
                firstFailure = test.getDisplayName() + ": " + describe(result.getThrowable());
                statusOfFirstFailure = statusOf(result);
                firstThrowable = result.getThrowable().orElse(null);
            }
            return;
        }
        watchdog.disarm();
        OutputCapture.Captured output = capture.end();
        TestStatus status = statusOf(result);
        String message = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL
                ? null : describe(result.getThrowable());
        Throwable thrown = result.getThrowable().orElse(null);
        if (status == TestStatus.PASSED && firstFailure != null) {
            status = statusOfFirstFailure;
            message = firstFailure;
            thrown = firstThrowable;
        }
        if (message != null && report != null) {
            String kept = Failures.scrub(report, learnerClasses).strip();
            if (!kept.isEmpty()) {
                message = message + "\n" + Failures.cap(kept, 1_000);
            }
        }
        String learnerFrame = thrown == null ? null : Failures.learnerFrame(thrown, learnerClasses);
        boolean todoStub = thrown != null && Failures.isTodoStub(thrown, learnerClasses);
        if (output.totalBytes() > plan.outputLimitBytes()) {
            todoStub = false;
            status = TestStatus.FAILED;
            message = "printed " + output.totalBytes() + " bytes, more than the limit of " + plan.outputLimitBytes()
                    + " bytes (output flood)" + (message == null ? "" : "\n" + message);
        }
        // Threads started outside any test (a static block run while a test class loads) count
        // against the next test that ends: the baseline is the chapter's start, not the test's.
        List<Thread> strays = ThreadCensus.strays(accounted, learnerClasses);
        accounted.addAll(strays);
        List<String> processes = ProcessCensus.stopLeftovers();
        if (!processes.isEmpty()) {
            todoStub = false;
            status = TestStatus.FAILED;
            String left = String.join("\n", processes);
            message = message == null ? left : left + "\n" + message;
        }
        if (!strays.isEmpty()) {
            threadsLeft = true;
            todoStub = false;
            status = TestStatus.FAILED;
            String left = ThreadCensus.describe(strays, learnerClasses);
            message = message == null ? left : left + "\n" + message;
        }
        events.send(event(EventType.END, current, status, Failures.normalize(message),
                Failures.normalize(output.text()), learnerFrame, todoStub));
        current = null;
    }

    private RunnerEvent event(EventType type, TestIdentifier test, TestStatus status, String message, String output,
            String learnerFrame, boolean todoStub) {
        List<String> tags = test.getTags().stream().map(org.junit.platform.engine.TestTag::getName).sorted().toList();
        return new RunnerEvent(type, request, chapter, test.getUniqueId(), test.getDisplayName(), tags, status,
                message, output, learnerFrame, todoStub);
    }

    private static TestStatus statusOf(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> TestStatus.PASSED;
            case ABORTED -> TestStatus.SKIPPED;
            case FAILED -> result.getThrowable().filter(TimeoutException.class::isInstance).isPresent()
                    ? TestStatus.TIMED_OUT : TestStatus.FAILED;
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
