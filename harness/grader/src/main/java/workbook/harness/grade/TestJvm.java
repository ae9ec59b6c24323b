package workbook.harness.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import workbook.harness.runner.RunPlan;
import workbook.harness.runner.RunnerEvent;
import workbook.harness.runner.RunnerMain;

/**
 * Runs a submission's tests in separate JVMs (one for all its chapters while nothing goes
 * wrong) and collects what they report. The JVM is a sandbox of limits, not of permissions:
 * a capped heap, a per-test watchdog inside and a hard kill outside, capped output, a private
 * temporary folder, an emptied environment. When the JVM dies (System.exit, halt, out of
 * memory, a timeout, an output flood) the test that was running fails with the cause and a
 * fresh JVM goes on with the tests not yet reported, up to {@link #MAX_DEATHS} times per
 * chapter. Thread-safe: each call uses its own processes and state.
 */
final class TestJvm {

    static final int MAX_DEATHS = 5;
    private static final int MAX_LINE = 1 << 20;
    private static final int KEPT_STDERR = 16 * 1024;
    private static final long STALL_GRACE_SECONDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One chapter to run: the reference's tests and the learner's compiled classes. */
    record Input(GradedChapter chapter, Path learnerClasses) {}

    private final TestJvmSettings settings;

    TestJvm(TestJvmSettings settings) {
        this.settings = settings;
    }

    /** Runs every chapter's tests; returns what was reported, per chapter ID. */
    Map<String, ChapterRun> run(List<Input> inputs, Path work) {
        Map<String, ChapterRun> runs = new LinkedHashMap<>();
        Map<String, Input> pending = new LinkedHashMap<>();
        Map<String, Integer> deaths = new LinkedHashMap<>();
        for (Input input : inputs) {
            runs.put(input.chapter().id(), new ChapterRun());
            pending.put(input.chapter().id(), input);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.budgetSeconds());
        int launches = 0;
        while (!pending.isEmpty()) {
            long left = TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime());
            if (left <= 0) {
                for (String id : pending.keySet()) {
                    runs.get(id).note("some tests did not run: the submission used up its time budget of "
                            + settings.budgetSeconds() + " s");
                }
                break;
            }
            Path jvmWork = work.resolve("jvm-" + (++launches));
            Launch launch = launch(List.copyOf(pending.values()), runs, jvmWork, left);
            if (System.getenv("WORKBOOK_DEBUG") != null) {
                System.err.printf("launch %s exit=%d kill=%s completed=%s chapter=%s test=%s timedOut=%s stderr=%s junk=%s%n",
                        jvmWork, launch.exitStatus, launch.killReason, launch.completed, launch.chapter, launch.test,
                        launch.timedOut, launch.stderr.strip(), launch.junkTail.toString().strip());
            }
            for (String finished : launch.finishedChapters) {
                pending.remove(finished);
            }
            if (launch.timedOut != null && pending.containsKey(launch.timedOut)) {
                ChapterRun run = runs.get(launch.timedOut);
                run.note("a test timed out, so the test JVM was restarted for the tests after it");
                if (deaths.merge(launch.timedOut, 1, Integer::sum) >= MAX_DEATHS) {
                    run.note("the test JVM stopped " + MAX_DEATHS + " times in this chapter; the remaining tests did"
                            + " not run");
                    pending.remove(launch.timedOut);
                }
            }
            if (launch.completed) {
                continue;
            }
            if (!launch.anyEvent) {
                throw new IllegalStateException("the test JVM did not start (exit status " + launch.exitStatus
                        + "): " + launch.stderr.strip());
            }
            if (launch.chapter == null) {
                continue;
            }
            ChapterRun run = runs.get(launch.chapter);
            String cause = launch.cause();
            int died = deaths.merge(launch.chapter, 1, Integer::sum);
            if (launch.test != null) {
                run.results.put(launch.test, new TestResult(
                        launch.killReason == Kill.STALLED ? TestResult.TIMED_OUT : TestResult.CRASHED, cause, null));
                run.note("the test JVM stopped during a test and was restarted: " + cause);
            }
            if (launch.test == null || died >= MAX_DEATHS) {
                run.note(launch.test == null
                        ? "the chapter's tests stopped outside any test, so the rest did not run: " + cause
                        : "the test JVM stopped " + died + " times in this chapter; the remaining tests did not run");
                pending.remove(launch.chapter);
            }
        }
        return runs;
    }

    private enum Kill { STALLED, FLOODED, BUDGET }

    /** The state of one test JVM, from its events. */
    private final class Launch {
        final List<String> finishedChapters = new ArrayList<>();
        String chapter;
        String test;
        boolean completed;
        boolean anyEvent;
        String timedOut;
        final StringBuilder junkTail = new StringBuilder();
        volatile Kill killReason;
        int exitStatus;
        String stderr = "";
        volatile long lastProgress = System.nanoTime();

        String cause() {
            if (killReason == Kill.FLOODED) {
                return "the test printed more than " + settings.outputLimitBytes()
                        + " bytes straight to the process output (output flood), so the test JVM was stopped";
            }
            if (killReason == Kill.STALLED) {
                return "did not finish within " + settings.testTimeoutSeconds() + " s, so the test JVM was stopped";
            }
            if (killReason == Kill.BUDGET) {
                return "the submission used up its time budget of " + settings.budgetSeconds() + " s";
            }
            if (stderr.contains("OutOfMemoryError") || junkTail.indexOf("OutOfMemoryError") >= 0) {
                return "ran out of memory (the heap is capped at " + settings.heapMegabytes() + " MB),"
                        + " so the test JVM stopped";
            }
            if (stderr.contains("StackOverflowError")) {
                return "overflowed the stack, so the test JVM stopped";
            }
            return "the test JVM exited with status " + exitStatus
                    + " during this test: does the code call System.exit or Runtime.halt?";
        }
    }

    private Launch launch(List<Input> inputs, Map<String, ChapterRun> runs, Path jvmWork, long budgetSeconds) {
        String nonce = HexFormat.of().formatHex(randomBytes(16));
        List<RunPlan.ChapterPlan> chapters = new ArrayList<>();
        for (Input input : inputs) {
            GradedChapter chapter = input.chapter();
            chapters.add(new RunPlan.ChapterPlan(chapter.id(), input.learnerClasses().toString(),
                    chapter.testClasses().toString(), chapter.libraries().stream().map(Path::toString).toList(),
                    chapter.testLibraries().stream().map(Path::toString).toList(),
                    List.copyOf(runs.get(chapter.id()).results.keySet())));
        }
        RunPlan plan = new RunPlan(nonce, jvmWork.toString(), settings.testTimeoutSeconds(),
                settings.outputLimitBytes(), settings.keptOutputBytes(), chapters);
        Launch launch = new Launch();
        Process process;
        try {
            Files.createDirectories(jvmWork);
            ProcessBuilder builder = new ProcessBuilder(command(jvmWork)).directory(jvmWork.toFile());
            Map<String, String> environment = builder.environment();
            String path = environment.getOrDefault("PATH", "/usr/bin:/bin");
            environment.clear();
            environment.put("PATH", path);
            environment.put("LANG", "C.UTF-8");
            environment.put("TZ", "UTC");
            environment.put("HOME", jvmWork.toString());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test JVM " + settings.java() + ": " + e.getMessage(), e);
        }
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        long[] junk = {0};
        Thread errors = new Thread(() -> drain(process.getErrorStream(), stderr, junk, process, launch),
                "workbook-stderr");
        errors.setDaemon(true);
        errors.start();
        long hardDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(budgetSeconds);
        Thread guard = new Thread(() -> guard(process, launch, hardDeadline), "workbook-guard");
        guard.setDaemon(true);
        guard.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(JSON.writeValueAsBytes(plan));
        } catch (IOException e) {
            // the JVM died before reading its plan: reported below from its exit status
        }
        try (InputStream stdout = process.getInputStream()) {
            readEvents(stdout, nonce, runs, launch, junk, process);
        } catch (IOException e) {
            // the stream breaks when the process is killed
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill(process);
            }
            process.waitFor();
            errors.join(2_000);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
        }
        kill(process);
        guard.interrupt();
        launch.exitStatus = process.exitValue();
        synchronized (stderr) {
            launch.stderr = stderr.toString(StandardCharsets.UTF_8);
        }
        return launch;
    }

    private List<String> command(Path jvmWork) {
        List<String> command = new ArrayList<>(List.of(
                settings.java().toString(),
                "-Xmx" + settings.heapMegabytes() + "m",
                "-XX:MaxMetaspaceSize=256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-XX:-UsePerfData",
                "-XX:ActiveProcessorCount=2",
                "-XX:ErrorFile=" + jvmWork.resolve("hs_err.log"),
                "-Djava.io.tmpdir=" + jvmWork,
                "-Duser.home=" + jvmWork,
                "-Dfile.encoding=UTF-8",
                "-Duser.language=en",
                "-Duser.country=US",
                "-Duser.timezone=UTC",
                // Log lines without a timestamp: the same submission gives the same feedback.
                "-Djava.util.logging.SimpleFormatter.format=%4$s %3$s: %5$s%6$s%n",
                "-Djava.awt.headless=true",
                "-cp", settings.classPath(),
                RunnerMain.class.getName()));
        return command;
    }

    private void readEvents(InputStream stdout, String nonce, Map<String, ChapterRun> runs, Launch launch,
            long[] junk, Process process) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean overlong = false;
        byte[] buffer = new byte[8192];
        int read;
        while ((read = stdout.read(buffer)) > 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    if (!overlong) {
                        handleLine(line.toString(StandardCharsets.UTF_8), nonce, runs, launch, junk);
                    }
                    line.reset();
                    overlong = false;
                } else if (overlong) {
                    countJunk(junk, 1, process, launch);
                } else {
                    line.write(b);
                    if (line.size() > MAX_LINE) {
                        countJunk(junk, line.size(), process, launch);
                        line.reset();
                        overlong = true;
                    }
                }
            }
            if (junk[0] > settings.outputLimitBytes()) {
                flood(process, launch);
            }
        }
    }

    private void handleLine(String line, String nonce, Map<String, ChapterRun> runs, Launch launch, long[] junk) {
        int at = line.indexOf(nonce);
        if (at < 0) {
            synchronized (junk) {
                junk[0] += line.length();
            }
            if (!line.isBlank()) {
                launch.junkTail.append(line, 0, Math.min(line.length(), 500)).append('\n');
                if (launch.junkTail.length() > 2_000) {
                    launch.junkTail.delete(0, launch.junkTail.length() - 2_000);
                }
            }
            return;
        }
        RunnerEvent event;
        try {
            event = JSON.readValue(line.substring(at + nonce.length()).strip(), RunnerEvent.class);
        } catch (IOException e) {
            return;
        }
        launch.lastProgress = System.nanoTime();
        launch.anyEvent = true;
        if (System.getenv("WORKBOOK_DEBUG") != null) {
            System.err.printf("%.3f %s %s %s %s%n", System.nanoTime() / 1e9 % 1000, event.type(), event.test(), event.status(), nonce.substring(0, 6));
        }
        switch (event.type()) {
            case RunnerEvent.CHAPTER -> {
                launch.chapter = event.chapter();
                launch.test = null;
            }
            case RunnerEvent.START -> launch.test = event.test();
            case RunnerEvent.END -> {
                ChapterRun run = runs.get(event.chapter());
                if (run != null && event.test() != null) {
                    run.results.put(event.test(), new TestResult(event.status(), event.message(), event.output()));
                }
                launch.test = null;
            }
            case RunnerEvent.CONTAINER -> {
                ChapterRun run = runs.get(event.chapter());
                if (run != null) {
                    run.classFailures.putIfAbsent(event.test() == null ? "" : event.test(), event.message());
                }
            }
            case RunnerEvent.CHAPTER_END -> {
                launch.finishedChapters.add(event.chapter());
                launch.chapter = null;
            }
            case RunnerEvent.RESTART -> {
                if (event.chapter() != null) {
                    launch.timedOut = event.chapter();
                } else {
                    for (String id : launch.finishedChapters) {
                        runs.get(id).note("the code left threads running, so the next chapter ran in a fresh test JVM");
                    }
                }
                launch.completed = true;
            }
            case RunnerEvent.DONE -> launch.completed = true;
            default -> {
                // an event this grader does not know: ignore
            }
        }
    }

    private void countJunk(long[] junk, long bytes, Process process, Launch launch) {
        synchronized (junk) {
            junk[0] += bytes;
            if (junk[0] > settings.outputLimitBytes()) {
                flood(process, launch);
            }
        }
    }

    private void flood(Process process, Launch launch) {
        if (launch.killReason == null) {
            launch.killReason = Kill.FLOODED;
        }
        kill(process);
    }

    private void drain(InputStream in, ByteArrayOutputStream kept, long[] junk, Process process, Launch launch) {
        byte[] buffer = new byte[8192];
        int read;
        try (in) {
            while ((read = in.read(buffer)) > 0) {
                synchronized (kept) {
                    int room = Math.max(0, KEPT_STDERR - kept.size());
                    kept.write(buffer, 0, Math.min(room, read));
                }
                countJunk(junk, read, process, launch);
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private void guard(Process process, Launch launch, long hardDeadline) {
        long stall = TimeUnit.SECONDS.toNanos(settings.testTimeoutSeconds() + STALL_GRACE_SECONDS);
        while (process.isAlive()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            if (now - launch.lastProgress > stall) {
                launch.killReason = Kill.STALLED;
                kill(process);
            } else if (now - hardDeadline > 0) {
                launch.killReason = Kill.BUDGET;
                kill(process);
            }
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Unpredictable bytes; never {@code generateSeed}, which may block on /dev/random. */
    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
