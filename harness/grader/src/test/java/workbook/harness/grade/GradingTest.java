package workbook.harness.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.engine.jvm.TestJvmSettings;
import workbook.harness.report.GradeRow;
import workbook.harness.report.OutputsTest;
import workbook.harness.examples.ExampleSubmissions;

/**
 * End to end on chapter 01 (built in the workbook): a real batch, graded twice for
 * determinism, then "killed" (one result removed, a torn temporary file left) and resumed.
 */
class GradingTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root", "../..")).toAbsolutePath().normalize();
    private static Workspace workspace;
    private static Path examples;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void openWorkbook() {
        workspace = Workspace.open(ROOT, List.of("ch01"));
        examples = shared.resolve("examples");
        ExampleSubmissions.materialize(workspace.workbook(), examples);
    }

    @Test
    void sameSubmissionsGiveTheSameScoresAndFeedbackAndAKillResumes() throws Exception {
        List<Submission> batch = List.of(
                Submission.of(examples.resolve("partial")),
                Submission.of(examples.resolve("corrupt.zip")),
                Submission.of(examples.resolve("compile-error")));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        List<GradeRow> rows = grader(first, true).gradeAll(batch, quiet(new ArrayList<>()), grade -> {});
        grader(second, true).gradeAll(batch, quiet(new ArrayList<>()), grade -> {});

        assertThat(rows).extracting(GradeRow::name, GradeRow::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partial", 5.0),
                        org.assertj.core.groups.Tuple.tuple("corrupt", 0.0),
                        org.assertj.core.groups.Tuple.tuple("compile-error", 0.0));
        for (String name : List.of("partial", "corrupt", "compile-error")) {
            assertThat(Files.readString(second.resolve(name).resolve("feedback.md")))
                    .isEqualTo(Files.readString(first.resolve(name).resolve("feedback.md")));
            assertThat(withoutTime(second.resolve(name).resolve("results.json")))
                    .isEqualTo(withoutTime(first.resolve(name).resolve("results.json")));
        }
        assertThat(Files.readString(first.resolve("grades.csv"))).isEqualTo(Files.readString(second.resolve("grades.csv")));

        Files.delete(first.resolve("partial/results.json"));
        Files.writeString(first.resolve("partial/.tmp-results.json42"), "{\"torn");
        List<String> resumed = new ArrayList<>();
        grader(first, false).gradeAll(batch, quiet(resumed), grade -> {});

        assertThat(resumed).containsExactlyInAnyOrder("corrupt", "compile-error");
        assertThat(first.resolve("partial/results.json")).exists();
        assertThat(first.resolve("partial/.tmp-results.json42")).doesNotExist();
        assertThat(OutputsTest.json(first.resolve("partial/results.json")).path("score").asDouble()).isEqualTo(5.0);
    }

    @Test
    void resultsJsonHasTheGradescopeFields() throws Exception {
        grader(dir, true).gradeAll(List.of(Submission.of(examples.resolve("partial"))),
                quiet(new ArrayList<>()), grade -> {});

        var json = OutputsTest.json(dir.resolve("partial/results.json"));
        assertThat(json.path("score").asDouble()).isEqualTo(5.0);
        assertThat(json.has("execution_time")).isTrue();
        int todos = workspace.chapters().get(0).chapter().manifest().todos().size();
        assertThat(json.path("tests")).as("one entry per TODO of ch01").hasSize(todos);
        var first = json.path("tests").get(0);
        for (String field : List.of("name", "score", "max_score", "status", "output", "visibility")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.path("status").asText()).isEqualTo("passed");
        var last = json.path("tests").get(todos - 1);
        assertThat(last.path("output").asText()).as("the last TODO, untouched in partial")
                .contains("Hint:").doesNotContain("assertThat(");
    }

    @Test
    void aChapterLeftAsTheSkeletonScoresZeroUnrunAndNamesItsFirstTodo() throws Exception {
        Path kit = dir.resolve("untouched");
        GradedChapter ch01 = workspace.chapters().get(0);
        Path sources = kit.resolve("chapters").resolve(ch01.chapter().slug()).resolve("src/main/java");
        for (var file : ch01.skeletonSources().entrySet()) {
            Path target = sources.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            // CRLF, as a Windows checkout writes it: still the skeleton
            Files.writeString(target, new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\n", "\r\n"));
        }

        Grader grader = grader(dir.resolve("out"), true);
        grader.gradeAll(List.of(Submission.of(kit)), quiet(new ArrayList<>()), grade -> {});

        assertThat(Files.readString(dir.resolve("out/untouched/feedback.md")))
                .contains("| not started |", "is the skeleton as handed out", "Start with ch01.1");
        assertThat(OutputsTest.json(dir.resolve("out/untouched/results.json")).path("score").asDouble()).isZero();
        assertThat(grader.timeSpent().jvmStart()).as("no test JVM started").isEqualTo(java.time.Duration.ZERO);
    }

    private Grader grader(Path out, boolean force) {
        return new Grader(workspace, new Grader.Options(out, 2, force,
                TestJvmSettings.of(Path.of(System.getProperty("java.home"), "bin", "java"), 10, 256)));
    }

    private static Grader.Progress quiet(List<String> resumed) {
        return new Grader.Progress() {
            @Override
            public void started(int total) {}

            @Override
            public synchronized void finished(GradeRow row, boolean wasResumed) {
                if (wasResumed) {
                    resumed.add(row.name());
                }
            }
        };
    }

    private static String withoutTime(Path file) throws Exception {
        return Files.readString(file).replaceAll("\"execution_time\" : [0-9.]+", "");
    }
}
