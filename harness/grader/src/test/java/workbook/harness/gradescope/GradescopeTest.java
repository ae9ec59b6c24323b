package workbook.harness.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.engine.protocol.TestStatus;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.ChapterManifest;
import workbook.harness.generate.Workbook;
import workbook.harness.score.ChapterGrade;
import workbook.harness.score.ChapterStatus;
import workbook.harness.score.SubmissionGrade;
import workbook.harness.score.TestCase;
import workbook.harness.score.TestResult;
import workbook.harness.score.TodoGrade;

/** What Gradescope receives, and what a Gradescope upload may look like. */
class GradescopeTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root", "../..")).toAbsolutePath().normalize();
    private static final Workbook WORKBOOK = Workbook.at(ROOT);

    @TempDir
    Path dir;

    @Test
    void hiddenOutcomesWaitWhileTheVisiblePartAndTheTotalStayExact() throws Exception {
        Chapter ch01 = WORKBOOK.chapter("ch01");
        ChapterManifest.Todo todo = ch01.manifest().todos().get(0);
        TestResult passed = new TestResult(TestStatus.PASSED, null, null, false);
        TestResult failed = new TestResult(TestStatus.FAILED, "expected: 1 but was: 2", null, false);
        List<TodoGrade.Outcome> outcomes = List.of(
                new TodoGrade.Outcome(test("visibleOne", todo, true), passed),
                new TodoGrade.Outcome(test("visibleTwo", todo, true), failed),
                new TodoGrade.Outcome(test("hiddenOne", todo, false), passed));
        List<TodoGrade> todos = new ArrayList<>(List.of(new TodoGrade(todo, outcomes)));
        ch01.manifest().todos().stream().skip(1).forEach(other -> todos.add(new TodoGrade(other, List.of())));
        ChapterGrade chapter = new ChapterGrade(ch01, ChapterStatus.GRADED, null, todos, List.of(), outcomes);
        SubmissionGrade grade = new SubmissionGrade("learner", SubmissionGrade.Status.GRADED, null, List.of(chapter),
                12.6);

        JsonNode results = new ObjectMapper().readTree(GradescopeResults.render(grade, "f", Visibility.AFTER_DUE_DATE));

        JsonNode visible = results.path("tests").get(0);
        JsonNode hidden = results.path("tests").get(1);
        double points = todo.points();
        assertThat(visible.path("name").asText()).endsWith("(tests in your kit)");
        assertThat(visible.path("visibility").asText()).isEqualTo("visible");
        assertThat(visible.path("max_score").asDouble()).isEqualTo(Math.round(points * 2 / 3 * 100) / 100.0);
        assertThat(visible.path("score").asDouble()).isEqualTo(Math.round(points / 3 * 100) / 100.0);
        assertThat(visible.path("output").asText()).contains("1 of 2 checks pass").doesNotContain("hidden check");
        assertThat(hidden.path("name").asText()).endsWith("(hidden tests)");
        assertThat(hidden.path("visibility").asText()).isEqualTo("after_due_date");
        assertThat(visible.path("score").asDouble() + hidden.path("score").asDouble())
                .isCloseTo(new TodoGrade(todo, outcomes).score(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(visible.path("max_score").asDouble() + hidden.path("max_score").asDouble())
                .isCloseTo(points, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(results.path("score").asDouble()).isEqualTo(grade.score());
        assertThat(results.path("execution_time").isIntegralNumber()).isTrue();
        assertThat(results.path("execution_time").asLong()).isEqualTo(13);
        assertThat(results.path("output").asText()).contains("shown after the due date")
                .doesNotContain(" / ");
    }

    @Test
    void uploadsAreFoundInEveryShapeGradescopeUnpacksAndAnythingElseIsExplained() throws Exception {
        Path kit = Files.createDirectories(dir.resolve("kit/chapters/ch01-data-types/src/main/java"));
        assertThat(UploadedSubmission.locate(dir.resolve("kit"), WORKBOOK, dir.resolve("s1")).submission().path())
                .isEqualTo(dir.resolve("kit"));

        Files.createDirectories(dir.resolve("wrapped/tracing-kit/chapters/ch02-tracer"));
        assertThat(UploadedSubmission.locate(dir.resolve("wrapped"), WORKBOOK, dir.resolve("s2")).submission().path())
                .isEqualTo(dir.resolve("wrapped/tracing-kit"));

        Path loose = Files.createDirectories(dir.resolve("loose/ch03-collector/src/main/java/workbook/collector"));
        Files.writeString(loose.resolve("TraceCollector.java"), "package workbook.collector; class TraceCollector {}");
        UploadedSubmission.Located located = UploadedSubmission.locate(dir.resolve("loose"), WORKBOOK, dir.resolve("s3"));
        assertThat(located.submission().path().resolve(
                "chapters/ch03-collector/src/main/java/workbook/collector/TraceCollector.java")).exists();

        Files.createDirectories(dir.resolve("zipped"));
        Files.write(dir.resolve("zipped/my-kit.zip"), new byte[] {'P', 'K'});
        assertThat(UploadedSubmission.locate(dir.resolve("zipped"), WORKBOOK, dir.resolve("s4")).submission().path())
                .isEqualTo(dir.resolve("zipped/my-kit.zip"));

        Files.createDirectories(dir.resolve("files"));
        Files.writeString(dir.resolve("files/Span.java"), "class Span {}");
        assertThat(UploadedSubmission.locate(dir.resolve("files"), WORKBOOK, dir.resolve("s5")).problem())
                .contains("Span.java").contains("loose .java files").contains(UploadedSubmission.EXPECTED);

        Files.createDirectories(dir.resolve("empty"));
        assertThat(UploadedSubmission.locate(dir.resolve("empty"), WORKBOOK, dir.resolve("s6")).problem())
                .startsWith("the submission is empty");
        assertThat(kit).exists();
    }

    private static TestCase test(String name, ChapterManifest.Todo todo, boolean visible) {
        return new TestCase("[method:" + name + "]", "workbook.trace.SomeTest", name + "()", List.of(todo.id()), visible);
    }
}
