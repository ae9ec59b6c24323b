package workbook.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import workbook.engine.compile.Compilation;
import workbook.engine.compile.InMemoryCompiler;
import workbook.engine.compile.SourceTree;
import workbook.engine.jvm.TestJvm;
import workbook.engine.jvm.TestJvmSettings;
import workbook.engine.protocol.RunRequest;

/**
 * The engine for a long-lived front end (the learner's {@code ./workbook} tool, the grader):
 * compiles a chapter's folders in memory and runs its tests in a warm test JVM that is
 * restarted whenever learner code kills or hangs it. See harness/engine/README.md. Not
 * thread-safe: one run at a time.
 */
public final class Engine implements AutoCloseable {

    /** Time for all of one run's tests by default. */
    public static final Duration RUN_BUDGET = Duration.ofMinutes(15);

    private final InMemoryCompiler compiler;
    private final TestJvm jvm;

    private Engine(TestJvmSettings settings, Path workDir) {
        this.compiler = new InMemoryCompiler();
        this.jvm = new TestJvm(settings, workDir).start();
    }

    /**
     * Starts the warm test JVM.
     *
     * @param settings how test JVMs are started and bounded ({@link TestJvmSettings#defaults()})
     * @param workDir  a private scratch folder for the test JVM (created; the caller deletes it)
     */
    public static Engine start(TestJvmSettings settings, Path workDir) {
        return new Engine(settings, workDir);
    }

    /** Compiles every {@code .java} file under {@code sourceRoot} (e.g. {@code src/main/java}) in memory. */
    public Compilation compile(Path sourceRoot, List<Path> classPath) {
        return compiler.compile(SourceTree.read(sourceRoot), classPath, Map.of());
    }

    /** Compiles {@code sourceRoot} (e.g. {@code src/test/java}) against classes held in memory too. */
    public Compilation compile(Path sourceRoot, List<Path> classPath, Map<String, byte[]> against) {
        return compiler.compile(SourceTree.read(sourceRoot), classPath, against);
    }

    /** Runs one chapter's tests; the result holds an outcome per test that ended. */
    public ChapterRun run(RunRequest.ChapterRequest chapter) {
        return jvm.run(List.of(chapter), RUN_BUDGET.toSeconds()).get(chapter.id());
    }

    /** Runs several chapters' tests in one request; results per chapter ID. */
    public Map<String, ChapterRun> run(List<RunRequest.ChapterRequest> chapters, Duration budget) {
        return jvm.run(chapters, budget.toSeconds());
    }

    /** Stops the test JVM and everything it started. */
    @Override
    public void close() {
        jvm.close();
    }
}
