package workbook.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The learner's progress per TODO at the end of a test run, from the tests'
 * {@code @Tag("ch01.3")} tags: one line per TODO, then the next TODO's first failure in full
 * and the section of the chapter doc that explains it.
 *
 * <p>Registered through {@code META-INF/services}, so Surefire, IDEs and the grader pick it
 * up without configuration. It prints to standard output at the end of the run, unless the
 * system property {@value #FILE_PROPERTY} names a file: then it writes the report there, and
 * {@link ProgressReport} prints it after Maven's test summary, as the last thing before
 * Maven's own verdict. Set {@code -Dworkbook.progress=false} to silence it.
 */
public final class TodoProgressListener implements TestExecutionListener {

    /** Where to write the report instead of printing it (set by the chapters' Surefire configuration). */
    public static final String FILE_PROPERTY = "workbook.progress.file";

    /** Per TODO: tests run, tests passed, the first failure. */
    private final Map<TodoId, Tally> tallies = new TreeMap<>();
    private int failures;

    private static final class Tally {
        int run;
        int passed;
        int ownStubs;
        /** The earlier TODO whose stub every failure so far hit, if all did. */
        TodoId blockedBy;
        boolean otherFailures;
        String firstFailedTest;
        Throwable firstFailure;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            failures++;
        }
        if (!test.isTest()) {
            return;
        }
        for (TestTag tag : test.getTags()) {
            Optional<TodoId> id = TodoId.tryParse(tag.getName());
            if (id.isEmpty()) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(id.get(), todo -> new Tally());
            tally.run++;
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                tally.passed++;
            } else {
                Throwable failure = result.getThrowable().orElse(null);
                Optional<TodoId> stub = failure == null ? Optional.empty() : TodoFailures.isStub(failure);
                if (stub.equals(id)) {
                    tally.ownStubs++;
                } else if (stub.isPresent() && stub.get().compareTo(id.get()) < 0) {
                    tally.blockedBy = tally.blockedBy == null || stub.get().compareTo(tally.blockedBy) < 0
                            ? stub.get() : tally.blockedBy;
                } else {
                    tally.otherFailures = true;
                }
                if (tally.firstFailedTest == null) {
                    tally.firstFailedTest = TodoFailures.testName(id.get(), test.getDisplayName());
                    tally.firstFailure = failure;
                }
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if ("false".equals(System.getProperty("workbook.progress"))) {
            return;
        }
        String report = tallies.isEmpty() ? "" : report();
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            PrintStream out = System.out;
            out.print(report);
            out.flush();
        } else {
            ProgressReport.write(Path.of(file), failures, report);
        }
        tallies.clear();
        failures = 0;
    }

    private String report() {
        List<String> lines = new ArrayList<>();
        long done = tallies.values().stream().filter(t -> t.passed == t.run).count();
        lines.add("");
        lines.add("Workbook progress: " + done + " of " + tallies.size() + " TODOs done");
        Map.Entry<TodoId, Tally> next = null;
        for (Map.Entry<TodoId, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            boolean complete = tally.passed == tally.run;
            lines.add("  [%s] %-7s %d/%d tests pass%s".formatted(complete ? "x" : " ", entry.getKey(), tally.passed,
                    tally.run, complete ? "" : state(tally)));
            if (!complete && next == null) {
                next = entry;
            }
        }
        if (next == null) {
            lines.add("All done: every TODO of this run passes its tests.");
        } else {
            TodoId id = next.getKey();
            Tally tally = next.getValue();
            lines.add("Next: " + id + state(tally).replace("  ", ", ") + "; first failing test: \"" + tally.firstFailedTest + "\"");
            Optional<String> stub = tally.firstFailure == null ? Optional.empty()
                    : TodoFailures.stubMessage(tally.firstFailure);
            stub.orElseGet(() -> message(tally.firstFailure)).lines().forEach(line -> lines.add("    " + line));
            docLink(id).ifPresent(link -> lines.add("Read: " + link));
        }
        lines.add("");
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /** Why an open TODO is open: its stub is untouched, it waits for an earlier one, or its code fails. */
    private static String state(Tally tally) {
        if (tally.otherFailures) {
            return "";
        }
        if (tally.blockedBy != null) {
            return "  needs " + tally.blockedBy + " first";
        }
        return tally.passed == 0 ? "  not started" : "";
    }

    /** The whole message of a failure, never "null". */
    private static String message(Throwable failure) {
        if (failure == null) {
            return "(the test did not pass, without an exception)";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message.strip();
    }

    /**
     * The TODO's section in the chapter doc, relative to the chapter folder the tests run in:
     * {@code ../../docs/ch01-data-types.md#ch014}, when that file exists.
     */
    static Optional<String> docLink(TodoId id) {
        Path chapter = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path name = chapter.getFileName();
        if (name == null || !name.toString().startsWith(id.chapterId() + "-")) {
            return Optional.empty();
        }
        Path doc = chapter.resolve("../../docs/" + name + ".md").normalize();
        return Files.isRegularFile(doc)
                ? Optional.of("../../docs/" + name + ".md#" + id.anchor())
                : Optional.empty();
    }

    static void writeAtomically(Path file, String content) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, ".progress-", ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the progress report " + file + ": " + e.getMessage(), e);
        }
    }
}
