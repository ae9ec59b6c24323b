package workbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.engine.compile.Compilation;
import workbook.engine.compile.SourceTree;
import workbook.engine.jvm.TestJvmSettings;
import workbook.engine.protocol.RunRequest;
import workbook.engine.protocol.TestStatus;

/**
 * The learner tool's use of the engine, end to end on chapter 01 of the built workbook: one
 * warm JVM, several compile-and-run rounds (reference, skeleton, code that calls System.exit).
 */
class EngineTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root", "../..")).toAbsolutePath().normalize();
    private static final Path SOLUTION = ROOT.resolve("solutions/ch01-data-types");

    @TempDir
    static Path work;

    private static Engine engine;
    private static List<Path> libraries;
    private static List<Path> testLibraries;

    @BeforeAll
    static void start() throws IOException {
        libraries = classPath(SOLUTION.resolve("target/workbook-classpath/runtime.txt"));
        testLibraries = classPath(SOLUTION.resolve("target/workbook-classpath/test.txt"));
        engine = Engine.start(TestJvmSettings.defaults(), work);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void referencePassesEveryVisibleTest() {
        ChapterRun run = compileAndRun(SOLUTION.resolve("src/main/java"));

        assertThat(run.outcomes()).isNotEmpty();
        assertThat(run.outcomes().values()).allSatisfy(outcome -> assertThat(outcome.status())
                .as(outcome.displayName() + ": " + outcome.message()).isEqualTo(TestStatus.PASSED));
        assertThat(run.outcomes().values()).allSatisfy(outcome -> assertThat(outcome.tags()).isNotEmpty());
    }

    @Test
    void skeletonFailsOnItsTodoStubsAtTheLearnersLine() {
        ChapterRun run = compileAndRun(ROOT.resolve("chapters/ch01-data-types/src/main/java"));

        assertThat(run.outcomes().values()).noneMatch(TestOutcome::passed);
        assertThat(run.outcomes().values()).anySatisfy(outcome -> {
            assertThat(outcome.todoStub()).isTrue();
            assertThat(outcome.learnerFrame()).matches("\\w+\\.java:\\d+");
            assertThat(outcome.message()).contains("TODO ch01.");
        });
    }

    @Test
    void codeThatExitsTheJvmFailsItsTestsAndTheNextRunStillWorks() throws IOException {
        Path sources = work.resolve("exits");
        copy(SOLUTION.resolve("src/main/java"), sources);
        Path traceId = sources.resolve("workbook/trace/TraceId.java");
        Files.writeString(traceId, Files.readString(traceId).replaceFirst(
                "(public static boolean isValid\\(CharSequence id\\) \\{)", "$1 if (id != null) System.exit(3);"));

        ChapterRun exits = compileAndRun(sources);
        ChapterRun after = compileAndRun(SOLUTION.resolve("src/main/java"));

        assertThat(exits.outcomes().values()).anySatisfy(outcome ->
                assertThat(outcome.status()).isEqualTo(TestStatus.CRASHED));
        assertThat(after.outcomes().values()).allMatch(TestOutcome::passed);
    }

    /**
     * The learner's watch runs chapter after chapter in one warm JVM. Chapter 02 runs against
     * chapter 01's reference jar; checking chapter 01 afterwards must still run the learner's
     * own chapter 01 code, never that jar's classes of the same names.
     */
    @Test
    void aLaterChaptersReferenceJarNeverStandsInForTheLearnersEarlierChapter() throws IOException {
        Path later = ROOT.resolve("solutions/ch02-tracer");
        List<Path> laterLibraries = classPath(later.resolve("target/workbook-classpath/runtime.txt"));
        assertThat(laterLibraries).as("chapter 02 runs against chapter 01's reference jar")
                .anyMatch(library -> library.getFileName().toString().startsWith("ch01-data-types-reference"));
        ChapterRun laterRun = compileAndRun("ch02", later.resolve("src/main/java"), later, laterLibraries,
                classPath(later.resolve("target/workbook-classpath/test.txt")));
        assertThat(laterRun.outcomes().values()).isNotEmpty().allMatch(TestOutcome::passed);

        ChapterRun skeleton = compileAndRun(ROOT.resolve("chapters/ch01-data-types/src/main/java"));

        assertThat(skeleton.outcomes().values()).isNotEmpty().noneMatch(TestOutcome::passed);
    }

    private static ChapterRun compileAndRun(Path mainSources) {
        return compileAndRun("ch01", mainSources, SOLUTION, libraries, testLibraries);
    }

    private static ChapterRun compileAndRun(String id, Path mainSources, Path solution, List<Path> libraries,
            List<Path> testLibraries) {
        Compilation main = engine.compile(mainSources, libraries);
        assertThat(main.succeeded()).as(main.describe("src/main/java/")).isTrue();
        Compilation tests = engine.compile(solution.resolve("src/test/java"), testLibraries, main.classes());
        assertThat(tests.succeeded()).as(tests.describe("src/test/java/")).isTrue();
        return engine.run(RunRequest.ChapterRequest.of(id, main.classes(), tests.classes(), libraries,
                testLibraries));
    }

    private static void copy(Path from, Path to) throws IOException {
        Map<String, String> sources = new TreeMap<>(SourceTree.read(from));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path target = to.resolve(source.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, source.getValue());
        }
    }

    private static List<Path> classPath(Path file) throws IOException {
        return Arrays.stream(Files.readString(file).strip().split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList();
    }
}
