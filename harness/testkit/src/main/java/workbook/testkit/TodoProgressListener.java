package workbook.testkit;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the learner's progress per TODO at the end of a test run, from the tests'
 * {@code @Tag("ch01.3")} tags: which TODOs are done, and for the first open one the
 * failure to look at first.
 *
 * <p>Registered through {@code META-INF/services}, so Surefire, IDEs and the grader pick it
 * up without configuration. Set {@code -Dworkbook.progress=false} to silence it.
 */
public final class TodoProgressListener implements TestExecutionListener {

    private static final Pattern TODO_TAG = Pattern.compile("ch\\d\\d\\.\\d+");

    /** Per TODO ID: tests run, tests passed, first failure message. */
    private final Map<String, Tally> tallies = new TreeMap<>(TodoProgressListener::compareIds);

    private static final class Tally {
        int run;
        int passed;
        String firstFailure;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        for (TestTag tag : test.getTags()) {
            if (!TODO_TAG.matcher(tag.getName()).matches()) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(tag.getName(), id -> new Tally());
            tally.run++;
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                tally.passed++;
            } else if (tally.firstFailure == null) {
                tally.firstFailure = test.getDisplayName() + ": " + firstLine(result.getThrowable());
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (tallies.isEmpty() || "false".equals(System.getProperty("workbook.progress"))) {
            return;
        }
        PrintStream out = System.out;
        long done = tallies.values().stream().filter(t -> t.passed == t.run).count();
        out.println();
        out.println("Workbook progress: " + done + " of " + tallies.size() + " TODOs done");
        String next = null;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            boolean complete = tally.passed == tally.run;
            out.printf("  [%s] %-7s %d/%d tests pass%n", complete ? "x" : " ", entry.getKey(), tally.passed, tally.run);
            if (!complete && next == null) {
                next = entry.getKey() + " - " + tally.firstFailure;
            }
        }
        if (next != null) {
            out.println("Next: " + next);
        }
        out.println();
        tallies.clear();
    }

    /** The line of the failure that names a TODO, else its first line. */
    private static String firstLine(Optional<Throwable> failure) {
        return failure.map(t -> {
            List<String> lines = String.valueOf(t.getMessage()).strip().lines().toList();
            return lines.stream().filter(line -> line.contains("TODO ch")).findFirst()
                    .orElse(lines.isEmpty() ? t.getClass().getSimpleName() : lines.get(0)).strip();
        }).orElse("did not pass");
    }

    /** ch01.2 before ch01.10. */
    private static int compareIds(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int chapter = x[0].compareTo(y[0]);
        return chapter != 0 ? chapter : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }
}
