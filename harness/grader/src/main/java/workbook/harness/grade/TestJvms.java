package workbook.harness.grade;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import workbook.engine.jvm.TestJvm;
import workbook.engine.jvm.TestJvmSettings;

/**
 * The test JVMs of one submission, started ahead: they launch while the submission compiles,
 * so that the tests find them ready, and they serve both the run as submitted and the
 * fair-grading hybrids. Never shared with another submission (each has its own sandbox and
 * scratch folder). Not thread-safe: used by the thread grading the submission.
 */
final class TestJvms implements AutoCloseable {

    private final List<CompletableFuture<TestJvm>> starting = new ArrayList<>();
    private final TestJvmSettings settings;
    private final Path dir;
    private long waitedNanos;

    private TestJvms(TestJvmSettings settings, Path dir, int count) {
        this.settings = settings;
        this.dir = dir;
        for (int i = 0; i < count; i++) {
            TestJvm jvm = new TestJvm(settings, dir.resolve("jvm-" + i));
            starting.add(CompletableFuture.supplyAsync(jvm::start, task -> {
                Thread thread = new Thread(task, "workbook-test-jvm-start");
                thread.setDaemon(true);
                thread.start();
            }));
        }
    }

    /**
     * Starts {@code count} test JVMs now, in the background, each in its own folder under
     * {@code dir}; none when nothing will run (one then starts if {@link #ready} is asked anyway).
     */
    static TestJvms startAhead(TestJvmSettings settings, Path dir, int count) {
        return new TestJvms(settings, dir, Math.max(0, count));
    }

    /**
     * The started JVMs, waiting for any still starting.
     *
     * @throws IllegalStateException when a test JVM cannot start at all
     */
    List<TestJvm> ready() {
        if (starting.isEmpty()) {
            starting.add(CompletableFuture.completedFuture(new TestJvm(settings, dir.resolve("jvm-0"))));
        }
        long started = System.nanoTime();
        try {
            return starting.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            waitedNanos += System.nanoTime() - started;
        }
    }

    /** How long the grading waited in {@link #ready} for JVMs still starting. */
    Duration waited() {
        return Duration.ofNanos(waitedNanos);
    }

    /** Time spent starting JVMs, restarts included, over every JVM that started. */
    Duration startupTime() {
        return starting.stream().filter(future -> future.isDone() && !future.isCompletedExceptionally())
                .map(CompletableFuture::join).map(TestJvm::startupTime).reduce(Duration.ZERO, Duration::plus);
    }

    /** Waits for JVMs still starting, then stops every one and everything it started. */
    @Override
    public void close() {
        for (CompletableFuture<TestJvm> future : starting) {
            try {
                future.join().close();
            } catch (CompletionException e) {
                // it never started: nothing to stop
            }
        }
    }
}
