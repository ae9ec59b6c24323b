package workbook.engine.jvm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import workbook.engine.ChapterRun;
import workbook.engine.TestOutcome;
import workbook.engine.protocol.EventParser;
import workbook.engine.protocol.EventType;
import workbook.engine.protocol.RunRequest;
import workbook.engine.protocol.RunnerEvent;
import workbook.engine.protocol.RunnerSetup;
import workbook.engine.runner.RunnerMain;

/**
 * A warm test JVM, seen from the process that owns it: started once, it takes one run
 * request after another over its standard input, and is restarted, transparently to the
 * caller, whenever learner code kills or hangs it (a timeout, System.exit, out of memory, an
 * output flood, threads left running); {@link RestartPolicy} says what a restart costs.
 * Bounds: a capped heap, a per-test watchdog inside and a stall kill outside, capped output,
 * a private working folder, an emptied environment, and on Linux, with bubblewrap, a sandbox
 * (see {@link Sandbox}). Not thread-safe: one run at a time; use one instance per thread.
 */
public final class TestJvm implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TestJvm.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long STALL_GRACE_SECONDS = 20;
    private static final long STARTUP_SECONDS = 60;

    private final TestJvmSettings settings;
    private final Path workDir;
    private final Optional<ProcessorPinning> pinning;
    private ProcessorPinning.Lease processor;
    private JvmProcess process;
    private EventParser parser;
    private int launches;
    private int requests;
    private long startupNanos;

    /**
     * A test JVM that will run in {@code workDir} (created; the caller deletes it). It starts
     * on the first run, or now with {@link #start()}.
     */
    public TestJvm(TestJvmSettings settings, Path workDir) {
        this(settings, workDir, Optional.empty());
    }

    /**
     * A test JVM as above that, with {@code pinning}, runs on one processor taken from it for
     * its whole life, restarts included (see {@link ProcessorPinning} for why).
     */
    public TestJvm(TestJvmSettings settings, Path workDir, Optional<ProcessorPinning> pinning) {
        this.settings = settings;
        this.workDir = workDir;
        this.pinning = pinning;
    }

    /** Starts the JVM now rather than on the first run, so the first run is fast. */
    public TestJvm start() {
        ensureStarted();
        return this;
    }

    /**
     * Runs the chapters' tests, restarting the JVM as needed, within {@code budgetSeconds} for
     * all of them.
     *
     * @return what was reported, per chapter ID, in the order given
     * @throws IllegalStateException when the test JVM cannot start at all
     */
    public Map<String, ChapterRun> run(List<RunRequest.ChapterRequest> chapters, long budgetSeconds) {
        Map<String, ChapterRun.Builder> runs = new LinkedHashMap<>();
        Map<String, RunRequest.ChapterRequest> pending = new LinkedHashMap<>();
        Map<String, Integer> deaths = new LinkedHashMap<>();
        for (RunRequest.ChapterRequest chapter : chapters) {
            runs.put(chapter.id(), new ChapterRun.Builder(chapter.id()));
            pending.put(chapter.id(), chapter);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(budgetSeconds);
        int fruitless = 0;
        while (!pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                for (String id : pending.keySet()) {
                    runs.get(id).note("some tests did not run: the submission used up its time budget of "
                            + budgetSeconds + " s");
                }
                break;
            }
            ensureStarted();
            List<RunRequest.ChapterRequest> asked = pending.values().stream()
                    .map(chapter -> chapter.skipping(runs.get(chapter.id()).reported()))
                    .toList();
            Attempt attempt = attempt(new RunRequest(++requests, asked), runs, deadline, budgetSeconds);
            LOG.log(Level.DEBUG, () -> "test JVM request " + requests + ": " + attempt.stop + " exit="
                    + attempt.exitStatus + " diagnostics=" + attempt.diagnostics.strip());
            attempt.stop.finished().forEach(pending::remove);
            RestartPolicy.Stop stop = attempt.stop;
            String chapter = stop.chapter();
            RestartPolicy.Decision decision = RestartPolicy.decide(stop,
                    chapter == null ? 0 : deaths.getOrDefault(chapter, 0));
            if (decision.countsDeath() && chapter != null) {
                deaths.merge(chapter, 1, Integer::sum);
            }
            if (decision.failedTest() != null && pending.containsKey(chapter)) {
                runs.get(chapter).outcome(TestOutcome.stopped(decision.failedTest(), decision.status(),
                        decision.message()));
            }
            decision.notes().forEach(note -> runs.get(note.chapter()).note(note.text()));
            if (decision.dropChapter() && chapter != null) {
                pending.remove(chapter);
            }
            // A JVM that keeps dying between chapters makes no progress: give up on what is left.
            fruitless = stop.finished().isEmpty() && decision.failedTest() == null && !decision.dropChapter()
                    && stop.ending() == RestartPolicy.Ending.DIED ? fruitless + 1 : 0;
            if (fruitless >= RestartPolicy.MAX_DEATHS) {
                for (String id : pending.keySet()) {
                    runs.get(id).note("the test JVM stopped between chapters " + fruitless + " times; the"
                            + " remaining tests did not run: " + stop.cause());
                }
                break;
            }
        }
        Map<String, ChapterRun> result = new LinkedHashMap<>();
        runs.forEach((id, builder) -> result.put(id, builder.build()));
        return result;
    }

    /**
     * Wall time spent starting JVMs so far (from launch to the runner's READY), restarts
     * included: what a front end reports as "JVM start" next to the time its tests took.
     */
    public Duration startupTime() {
        return Duration.ofNanos(startupNanos);
    }

    /** How many JVMs were started so far (1 for a run where nothing killed or hung one). */
    public int launches() {
        return launches;
    }

    /**
     * Ends the JVM the gentle way: closes its input and waits up to {@code waitSeconds} for it
     * to exit, then stops it as {@link #close()} does. A training JVM writes its
     * {@link AotCache} meanwhile. Returns its exit status (a killed JVM's is not 0), or -1 when
     * it was not running.
     */
    public int finish(long waitSeconds) {
        int status = -1;
        if (process != null && process.isAlive()) {
            process.endInput();
            status = process.stop(TimeUnit.SECONDS.toMillis(waitSeconds));
            process = null;
        }
        close();
        return status;
    }

    /** Stops the JVM and everything it started. */
    @Override
    public void close() {
        if (process != null) {
            process.kill();
            process.stop(0);
            process = null;
        }
        if (processor != null) {
            processor.close();
            processor = null;
        }
    }

    private void ensureStarted() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (process != null) {
            process.stop(0);
        }
        long launched = System.nanoTime();
        String nonce = HexFormat.of().formatHex(randomBytes(16));
        parser = new EventParser(nonce);
        Path jvmWork = workDir.resolve("jvm-" + (++launches));
        try {
            java.nio.file.Files.createDirectories(jvmWork);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + jvmWork + ": " + e.getMessage(), e);
        }
        List<String> command = Sandbox.command(settings, jvmWork, RunnerMain.class.getName());
        if (pinning.isPresent()) {
            if (processor == null) {
                processor = pinning.get().take();
            }
            command = processor.pin(command);
        }
        JvmProcess started = JvmProcess.start(command, jvmWork, parser);
        boolean training = settings.aotCache().map(AotCache::writing).orElse(false);
        RunnerSetup setup = new RunnerSetup(nonce, Sandbox.childWorkDir(settings, jvmWork).toString(),
                settings.testTimeoutSeconds(), settings.wallTimeoutSeconds(), settings.outputLimitBytes(),
                settings.keptOutputBytes(), training);
        started.send(toJson(setup));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        try {
            while (System.nanoTime() < deadline) {
                Optional<RunnerEvent> event = started.next(100);
                if (event == null) {
                    continue;
                }
                if (event.isEmpty()) {
                    break;
                }
                if (event.get().type() == EventType.READY) {
                    process = started;
                    startupNanos += System.nanoTime() - launched;
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        startupNanos += System.nanoTime() - launched;
        started.kill();
        int status = started.stop(0);
        throw new IllegalStateException("the test JVM did not start (exit status " + status + "): "
                + started.diagnostics().strip());
    }

    /** What happened to one request. */
    private static final class Attempt {
        RestartPolicy.Stop stop;
        int exitStatus;
        String diagnostics = "";
    }

    private Attempt attempt(RunRequest request, Map<String, ChapterRun.Builder> runs, long budgetDeadline,
            long budgetSeconds) {
        JvmProcess jvm = process;
        jvm.resetJunk();
        List<String> finished = new ArrayList<>();
        String chapter = null;
        long chapterStarted = 0;
        long testStarted = 0;
        String test = null;
        RestartPolicy.Kill kill = null;
        RestartPolicy.Ending ending = null;
        Attempt attempt = new Attempt();
        long stall = TimeUnit.SECONDS.toNanos(settings.wallTimeoutSeconds() + STALL_GRACE_SECONDS);
        long lastProgress = System.nanoTime();
        boolean sent = jvm.send(toJson(request));
        try {
            while (sent) {
                Optional<RunnerEvent> next = jvm.next(100);
                long now = System.nanoTime();
                if (jvm.junkBytes() > settings.outputLimitBytes()) {
                    kill = RestartPolicy.Kill.FLOODED;
                    jvm.kill();
                } else if (next == null && now - lastProgress > stall) {
                    kill = RestartPolicy.Kill.STALLED;
                    jvm.kill();
                } else if (next == null && now - budgetDeadline > 0) {
                    kill = RestartPolicy.Kill.BUDGET;
                    jvm.kill();
                }
                if (next == null) {
                    continue;
                }
                if (next.isEmpty()) {
                    break;
                }
                RunnerEvent event = next.get();
                if (event.request() != request.id() && event.type() != EventType.READY) {
                    continue;
                }
                lastProgress = now;
                switch (event.type()) {
                    case CHAPTER -> {
                        chapter = event.chapter();
                        chapterStarted = now;
                        test = null;
                    }
                    case START -> {
                        test = event.test();
                        testStarted = now;
                    }
                    case END -> {
                        ChapterRun.Builder run = runs.get(event.chapter());
                        if (run != null && event.test() != null) {
                            run.outcome(new TestOutcome(event.test(), event.displayName(), event.tags(),
                                    event.status(), event.message(), event.output(), event.learnerFrame(),
                                    event.todoStub()));
                            if (event.test().equals(test)) {
                                run.timed(test, now - testStarted);
                            }
                        }
                        test = null;
                    }
                    case CONTAINER -> {
                        ChapterRun.Builder run = runs.get(event.chapter());
                        if (run != null) {
                            run.classFailure(event.test(), event.message());
                        }
                    }
                    case CHAPTER_END -> {
                        finished.add(event.chapter());
                        ChapterRun.Builder run = runs.get(event.chapter());
                        if (run != null) {
                            run.ran(now - chapterStarted);
                        }
                        chapter = null;
                    }
                    case RESTART -> ending = event.chapter() != null
                            ? RestartPolicy.Ending.TEST_TIMED_OUT : RestartPolicy.Ending.THREADS_LEFT;
                    case DONE -> ending = RestartPolicy.Ending.COMPLETED;
                    default -> {
                        // READY or an event this side does not know: nothing to do
                    }
                }
                if (ending != null) {
                    if (ending == RestartPolicy.Ending.TEST_TIMED_OUT) {
                        chapter = event.chapter();
                    }
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jvm.kill();
        }
        if (chapter != null && chapterStarted != 0 && runs.containsKey(chapter)) {
            runs.get(chapter).ran(System.nanoTime() - chapterStarted); // the part before the JVM stopped
        }
        if (ending == RestartPolicy.Ending.COMPLETED && jvm.junkBytes() <= settings.outputLimitBytes()) {
            attempt.stop = new RestartPolicy.Stop(ending, null, null, null, null, finished);
            return attempt;
        }
        // The JVM ends (it halts itself after RESTART) or has ended: never reuse it.
        process = null;
        attempt.exitStatus = jvm.stop(ending != null ? 10_000 : 2_000);
        attempt.diagnostics = jvm.diagnostics();
        if (ending == null || ending == RestartPolicy.Ending.COMPLETED) {
            if (kill == null && jvm.junkBytes() > settings.outputLimitBytes()) {
                kill = RestartPolicy.Kill.FLOODED;
            }
            String cause = RestartPolicy.cause(kill, attempt.diagnostics, attempt.exitStatus, settings,
                    budgetSeconds);
            attempt.stop = new RestartPolicy.Stop(RestartPolicy.Ending.DIED, chapter, test, kill, cause, finished);
        } else {
            attempt.stop = new RestartPolicy.Stop(ending, chapter, test, null, null, finished);
        }
        return attempt;
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpredictable bytes; never {@code generateSeed}, which may block on /dev/random. */
    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
