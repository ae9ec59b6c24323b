package workbook.harness.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbook.engine.protocol.TestStatus;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.ChapterManifest;

class ScoringTest {

    private static final ChapterManifest.Todo ONE = new ChapterManifest.Todo("ch03.1", "receive", 4, List.of("h1"));
    private static final ChapterManifest.Todo TWO = new ChapterManifest.Todo("ch03.2", "complete", 2, List.of("h2"));
    private static final Chapter CHAPTER = new Chapter("ch03-collector", Path.of("s"), Path.of("c"),
            new ChapterManifest("ch03", "Collector", "workbook.collector", "docs/ch03.md", List.of(ONE, TWO)));
    private static final TestCase A = test("a", "ch03.1");
    private static final TestCase B = test("b", "ch03.1");
    private static final TestCase C = test("c", "ch03.2");

    @Test
    void aTodoEarnsTheBetterOfAsSubmittedAndItsOwnRunAndNamesWhatBlockedIt() {
        Map<TestCase, TestResult> submitted = results(
                failed("UnsupportedOperationException: TODO ch03.2: complete"), failed("expected 1"),
                new TestResult(TestStatus.FAILED, "UnsupportedOperationException: TODO ch03.2: complete", null, true));
        Map<TestCase, TestResult> oneAlone = new LinkedHashMap<>();
        oneAlone.put(A, passed());
        oneAlone.put(B, failed("expected 1"));

        ChapterGrade grade = Scoring.graded(CHAPTER, submitted, Map.of("ch03.1", oneAlone), List.of());

        assertThat(grade.todos()).extracting(TodoGrade::score).containsExactly(2.0, 0.0);
        assertThat(grade.todos().get(0).blockedBy()).containsExactly("ch03.2");
        assertThat(grade.todos().get(1).blockedBy()).isEmpty();
    }

    @Test
    void aWorseOwnRunNeverLowersTheScore() {
        Map<TestCase, TestResult> submitted = results(passed(), failed("x"), passed());
        Map<TestCase, TestResult> oneAlone = new LinkedHashMap<>();
        oneAlone.put(A, failed("y"));
        oneAlone.put(B, failed("x"));

        ChapterGrade grade = Scoring.graded(CHAPTER, submitted, Map.of("ch03.1", oneAlone), List.of());

        assertThat(grade.todos().get(0).score()).isEqualTo(2.0);
        assertThat(grade.todos().get(0).outcomes()).extracting(outcome -> outcome.result().passed())
                .containsExactly(true, false);
        assertThat(grade.todos().get(0).blockedBy()).isEmpty();
    }

    @Test
    void withoutANamedStubTheUnfinishedOtherTodosAreTheCause() {
        Map<TestCase, TestResult> submitted = results(failed("expected 3 spans"), failed("x"), failed("y"));
        Map<TestCase, TestResult> oneAlone = new LinkedHashMap<>();
        oneAlone.put(A, passed());
        oneAlone.put(B, passed());

        ChapterGrade grade = Scoring.graded(CHAPTER, submitted, Map.of("ch03.1", oneAlone), List.of());

        assertThat(grade.todos().get(0).complete()).isTrue();
        assertThat(grade.todos().get(0).blockedBy()).containsExactly("ch03.2");
    }

    private static Map<TestCase, TestResult> results(TestResult a, TestResult b, TestResult c) {
        Map<TestCase, TestResult> results = new LinkedHashMap<>();
        results.put(A, a);
        results.put(B, b);
        results.put(C, c);
        return results;
    }

    private static TestCase test(String name, String todo) {
        return new TestCase("[engine:x]/[method:" + name + "()]", "workbook.collector.CollectorTest", name,
                List.of(todo), true);
    }

    private static TestResult passed() {
        return new TestResult(TestStatus.PASSED, null, null, false);
    }

    private static TestResult failed(String message) {
        return new TestResult(TestStatus.FAILED, message, null, false);
    }
}
