package workbook.learner.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.engine.ChapterRun;
import workbook.engine.Engine;
import workbook.engine.compile.Compilation;
import workbook.engine.compile.CompileError;
import workbook.engine.jvm.TestJvmSettings;
import workbook.engine.protocol.RunRequest;
import workbook.learner.book.LearnerChapter;

/**
 * The tool's {@link ChapterCheck} on the shared engine ({@code harness/engine}): compiles the
 * chapter's {@code src/main/java} and its visible tests in memory and runs the tests in the
 * engine's warm test JVM, which the engine restarts when the learner's code kills or hangs
 * it. The class paths are the ones the chapter's own build wrote (chapters/pom.xml). Not
 * thread-safe: one check at a time.
 */
public final class EngineCheck implements ChapterCheck {

    /**
     * JUnit's timeout of a test that waits; the engine's watchdog stops a busy test 2 s later,
     * so the learner hears after {@link #RETURN_SECONDS} that their code did not return.
     */
    static final int TEST_TIMEOUT_SECONDS = 3;
    public static final int RETURN_SECONDS = TEST_TIMEOUT_SECONDS + 2;
    /**
     * The time one check may take. A run normally takes well under a second; after a test that
     * did not return, the tests left are not worth another wait: they show as not checked.
     */
    static final Duration BUDGET = Duration.ofSeconds(RETURN_SECONDS + 3);
    static final int HEAP_MEGABYTES = 256;
    private static final Pattern STUB = Pattern.compile("TODO (ch\\d\\d\\.\\d+)");
    private static final Pattern THROWN_STUB = Pattern.compile(
            "UnsupportedOperationException: TODO (ch\\d\\d\\.\\d+)");

    private final Path workDir;
    private Engine engine;

    public EngineCheck(Path workDir) {
        this.workDir = workDir;
    }

    @Override
    public CheckReport check(LearnerChapter chapter) {
        long start = System.nanoTime();
        Optional<List<Path>> runtime = chapter.classPath("runtime");
        Optional<List<Path>> test = chapter.classPath("test");
        if (runtime.isEmpty() || test.isEmpty()) {
            return CheckReport.broken(chapter.slug() + " is not set up yet: run the one-time setup,"
                    + " ./mvnw install -DskipTests, from the workbook's folder (it writes "
                    + chapter.dir().getFileName() + "/target/workbook-classpath/)", millis(start));
        }
        Engine engine = engine();
        Compilation main = engine.compile(chapter.mainSources(), runtime.get());
        if (!main.succeeded()) {
            return compileFailed(main, "src/main/java/", start);
        }
        Compilation tests = engine.compile(chapter.testSources(), test.get(), main.classes());
        if (!tests.succeeded()) {
            return compileFailed(tests, "src/test/java/", start);
        }
        List<Path> testOnly = test.get().stream().filter(entry -> !runtime.get().contains(entry)).toList();
        RunRequest.ChapterRequest request = RunRequest.ChapterRequest.of(chapter.id(), main.classes(),
                tests.classes(), runtime.get(), testOnly).selecting(TestOrder.of(chapter, tests.classes().keySet()));
        ChapterRun run = engine.run(List.of(request), BUDGET).get(chapter.id());
        List<TestOutcome> outcomes = new ArrayList<>();
        for (workbook.engine.TestOutcome outcome : run.outcomes().values()) {
            outcomes.add(outcome(outcome));
        }
        List<String> notes = new ArrayList<>(run.notes());
        run.classFailures().forEach((className, message) -> notes.add(
                (className.isEmpty() ? "the tests" : simpleName(className)) + " could not run: " + message));
        return new CheckReport(List.of(), outcomes, null, notes, millis(start));
    }

    /** Starts the engine's test JVM on first use, so a command that needs no check starts none. */
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

    static TestOutcome outcome(workbook.engine.TestOutcome outcome) {
        List<String> todos = outcome.tags().stream().filter(tag -> tag.matches("ch\\d\\d\\.\\d+")).toList();
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
        for (CompileError error : compilation.errors()) {
            problems.add(new CompileProblem(error.file() == null ? null : sourceRoot + error.file(),
                    Math.max(0, error.line()), error.message()));
        }
        if (sourceRoot.startsWith("src/test")) {
            problems.add(0, new CompileProblem(null, 0, "The chapter's tests do not compile against your code:"
                    + " did you rename a class or method, or change its parameters? Keep the skeleton's signatures."));
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
