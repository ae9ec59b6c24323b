package workbook.learner.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.engine.ChapterRun;
import workbook.engine.Engine;
import workbook.engine.compile.Compilation;
import workbook.engine.compile.CompileError;
import workbook.engine.compile.InMemoryCompiler;
import workbook.engine.compile.SourceTree;
import workbook.engine.jvm.TestJvmSettings;
import workbook.engine.protocol.RunRequest;
import workbook.learner.book.LearnerChapter;
import workbook.learner.reset.JavaMembers;
import workbook.testkit.TodoId;

/**
 * The tool's {@link ChapterCheck} on the shared engine ({@code harness/engine}): compiles the
 * chapter's {@code src/main/java} and its visible tests in memory with the engine's compiler
 * and runs the tests in the engine's warm test JVM, which the engine restarts when the
 * learner's code kills or hangs it. The class paths are the ones the chapter's own build
 * wrote (chapters/pom.xml). Compiled classes are reused while what they were compiled from is
 * unchanged ({@link CompileCache}). Not thread-safe: one check at a time.
 */
public final class EngineCheck implements ChapterCheck {

    /**
     * JUnit's timeout of a test that waits; the engine's watchdog stops a busy test 2 s later,
     * so the learner hears after {@link #RETURN_SECONDS} that their code did not return.
     */
    static final int TEST_TIMEOUT_SECONDS = 3;
    public static final int RETURN_SECONDS = TEST_TIMEOUT_SECONDS + 2;
    /**
     * The time a chapter's tests may take in one check, a fresh test JVM's start included. A run
     * normally takes well under a second; after code that does not return, the tests left are
     * not worth a long wait: they show as not checked. Room for a restart on a busy machine.
     */
    static final Duration BUDGET = Duration.ofSeconds(15);
    static final int HEAP_MEGABYTES = 256;
    private static final Pattern STUB = Pattern.compile("TODO (" + TodoId.PATTERN.pattern() + ")");
    private static final Pattern THROWN_STUB = Pattern.compile("UnsupportedOperationException: TODO (" + TodoId.PATTERN.pattern() + ")");
    private static final boolean DEBUG = System.getenv("WORKBOOK_DEBUG") != null;

    private final Path workDir;
    private final CompileCache cache;
    private final InMemoryCompiler compiler = new InMemoryCompiler();
    private final TestTags tags = new TestTags();
    private Engine engine;

    /**
     * @param workDir a private scratch folder for the test JVM
     * @param cache   where compiled classes are kept between checks
     */
    public EngineCheck(Path workDir, CompileCache cache) {
        this.workDir = workDir;
        this.cache = cache;
    }

    @Override
    public CheckReport check(LearnerChapter chapter) {
        return checkAll(List.of(chapter)).get(0);
    }

    /** Compiles the chapters two at a time, then runs all their tests in one request to the test JVM. */
    @Override
    public List<CheckReport> checkAll(List<LearnerChapter> chapters) {
        long start = System.nanoTime();
        List<Prepared> prepared = new ArrayList<>();
        if (chapters.size() == 1) {
            prepared.add(prepare(chapters.get(0)));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Prepared>> futures = new ArrayList<>();
                for (LearnerChapter chapter : chapters) {
                    futures.add(pool.submit(() -> prepare(chapter)));
                }
                for (Future<Prepared> future : futures) {
                    prepared.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while compiling", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("compiling failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        long compiled = System.nanoTime();
        List<RunRequest.ChapterRequest> requests = prepared.stream().map(Prepared::request)
                .filter(request -> request != null).toList();
        Map<String, ChapterRun> runs = requests.isEmpty() ? Map.of()
                : engine().run(requests, BUDGET.multipliedBy(requests.size()));
        if (DEBUG) {
            System.err.printf("workbook: %d chapter(s) compiled in %d ms, ran in %d ms%n", chapters.size(),
                    (compiled - start) / 1_000_000, (System.nanoTime() - compiled) / 1_000_000);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<CheckReport> reports = new ArrayList<>();
        for (Prepared each : prepared) {
            reports.add(each.report() != null ? each.report()
                    : report(runs.get(each.request().id()), each.testSources(), millis));
        }
        return reports;
    }

    /** What compiling one chapter gave: a request to run, or a report that ends the check. */
    private record Prepared(RunRequest.ChapterRequest request, CheckReport report, Path testSources) {}

    private Prepared prepare(LearnerChapter chapter) {
        long start = System.nanoTime();
        Optional<List<Path>> runtime = chapter.classPath("runtime");
        Optional<List<Path>> test = chapter.classPath("test");
        if (runtime.isEmpty() || test.isEmpty()) {
            return new Prepared(null, CheckReport.broken(chapter.slug() + " is not set up yet: run the one-time"
                    + " setup, ./mvnw install -DskipTests, from the workbook's folder (it writes "
                    + chapter.dir().getFileName() + "/target/workbook-classpath/)", millis(start)), null);
        }
        Map<String, String> mainSources = SourceTree.read(chapter.mainSources());
        String mainKey = CompileCache.key(keyParts("main", mainSources, runtime.get()));
        Optional<Map<String, byte[]>> mainClasses = cache.get(chapter.slug() + "-main", mainKey);
        if (mainClasses.isEmpty()) {
            Compilation main = compiler.compile(mainSources, runtime.get(), Map.of());
            if (!main.succeeded()) {
                return new Prepared(null, compileFailed(main, "src/main/java/", start), null);
            }
            cache.put(chapter.slug() + "-main", mainKey, main.classes());
            mainClasses = Optional.of(main.classes());
        }
        Map<String, String> testSources = SourceTree.read(chapter.testSources());
        List<String> testKey = keyParts("tests", testSources, test.get());
        mainSources.forEach((path, text) -> {
            testKey.add(path);
            testKey.add(JavaMembers.outline(text));
        });
        String testsKey = CompileCache.key(testKey);
        Optional<Map<String, byte[]>> testClasses = cache.get(chapter.slug() + "-tests", testsKey);
        if (testClasses.isEmpty()) {
            Compilation tests = compiler.compile(testSources, test.get(), mainClasses.get());
            if (!tests.succeeded()) {
                return new Prepared(null, compileFailed(tests, "src/test/java/", start), null);
            }
            cache.put(chapter.slug() + "-tests", testsKey, tests.classes());
            testClasses = Optional.of(tests.classes());
        }
        List<Path> testOnly = test.get().stream().filter(entry -> !runtime.get().contains(entry)).toList();
        return new Prepared(RunRequest.ChapterRequest.of(chapter.id(), mainClasses.get(), testClasses.get(),
                runtime.get(), testOnly).selecting(TestOrder.of(chapter, testClasses.get().keySet())), null,
                chapter.testSources());
    }

    /** What a compilation read: its sources and its class path, each jar with its size and time. */
    private static List<String> keyParts(String what, Map<String, String> sources, List<Path> classPath) {
        List<String> parts = new ArrayList<>();
        parts.add(what);
        sources.forEach((path, text) -> {
            parts.add(path);
            parts.add(text);
        });
        for (Path entry : classPath) {
            parts.add(entry.toString());
            try {
                parts.add(Files.isRegularFile(entry) ? Files.size(entry) + "@" + Files.getLastModifiedTime(entry) : "dir");
            } catch (IOException e) {
                parts.add("unreadable");
            }
        }
        return parts;
    }

    private CheckReport report(ChapterRun run, Path testSources, long millis) {
        List<TestOutcome> outcomes = new ArrayList<>();
        for (workbook.engine.TestOutcome outcome : run.outcomes().values()) {
            tags.remember(outcome.uniqueId(), outcome.tags());
            outcomes.add(outcome(outcome, outcome.tags().isEmpty() ? tags.of(outcome.uniqueId(), testSources)
                    : outcome.tags()));
        }
        List<String> notes = new ArrayList<>();
        for (String note : run.notes()) {
            notes.add(note.contains("time budget") ? "the check stopped after " + BUDGET.toSeconds()
                    + " s, so some tests did not run; they run again on your next save" : note);
        }
        run.classFailures().forEach((className, message) -> notes.add(
                (className.isEmpty() ? "the tests" : simpleName(className)) + " could not run: " + message));
        return new CheckReport(List.of(), outcomes, null, notes, millis);
    }

    /** Starts the engine's test JVM on first use, so a command that needs no run starts none. */
    private Engine engine() {
        if (engine == null) {
            try {
                Files.createDirectories(workDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + workDir + ": " + e.getMessage(), e);
            }
            engine = Engine.start(TestJvmSettings.of(Path.of(System.getProperty("java.home"), "bin", "java"),
                    TEST_TIMEOUT_SECONDS, HEAP_MEGABYTES), workDir);
        }
        return engine;
    }

    static TestOutcome outcome(workbook.engine.TestOutcome outcome, List<String> tags) {
        List<String> todos = tags.stream().filter(tag -> TodoId.PATTERN.matcher(tag).matches()).toList();
        String stubOf = null;
        if (outcome.message() != null) {
            // The stub itself, or a test that expected another exception and got the stub's.
            Matcher matcher = (outcome.todoStub() ? STUB : THROWN_STUB).matcher(outcome.message());
            if (matcher.find()) {
                stubOf = matcher.group(1);
            }
        }
        TestOutcome.Status status = switch (outcome.status()) {
            case PASSED -> TestOutcome.Status.PASSED;
            case TIMED_OUT -> TestOutcome.Status.TIMED_OUT;
            case CRASHED -> TestOutcome.Status.CRASHED;
            case FAILED, SKIPPED -> TestOutcome.Status.FAILED;
            case NOT_RUN -> TestOutcome.Status.NOT_RUN;
        };
        String message = outcome.message();
        if (status == TestOutcome.Status.TIMED_OUT) {
            message = "your code did not return within " + RETURN_SECONDS + " s"
                    + (outcome.learnerFrame() != null ? " in " + outcome.learnerFrame() : "")
                    + " (an endless loop, or a wait that never ends?); it was stopped, and your next save"
                    + " checks again";
        }
        String name = outcome.displayName() != null ? outcome.displayName() : outcome.uniqueId();
        return new TestOutcome(name, todos, status, message, outcome.learnerFrame(), stubOf);
    }

    private static CheckReport compileFailed(Compilation compilation, String sourceRoot, long start) {
        if (compilation.failure() != null) {
            return CheckReport.broken("the compiler did not finish: " + compilation.failure(), millis(start));
        }
        List<CompileProblem> problems = new ArrayList<>();
        if (sourceRoot.startsWith("src/test")) {
            problems.add(new CompileProblem(null, 0, "The chapter's tests do not compile against your code:"
                    + " did you rename a class or method, or change its parameters? Keep the skeleton's signatures."));
        }
        for (CompileError error : compilation.errors()) {
            problems.add(new CompileProblem(error.file() == null ? null : sourceRoot + error.file(),
                    Math.max(0, error.line()), error.message()));
        }
        return CheckReport.compileFailed(problems, millis(start));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    /** For the engine's scratch files: a fresh folder under the system's temporary folder. */
    public static Path scratch() {
        try {
            return Files.createTempDirectory("workbook-tool-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }
}
