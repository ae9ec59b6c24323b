package workbook.learner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.learner.Fixtures.fail;
import static workbook.learner.Fixtures.pass;
import static workbook.learner.Fixtures.stub;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.learner.Fixtures;
import workbook.learner.check.CheckReport;
import workbook.learner.check.CompileProblem;
import workbook.learner.check.TestOutcome;

class ChapterProgressTest {

    @TempDir
    Path root;

    private ChapterProgress progress(TestOutcome... tests) {
        return ChapterProgress.of(Fixtures.answers(root), CheckReport.ran(List.of(tests), 10));
    }

    private static TodoState state(ChapterProgress progress, String id) {
        return progress.todo(id).orElseThrow().state();
    }

    @Test
    void theSkeletonIsNotStartedEverywhereAndTheFirstTodoIsNext() {
        ChapterProgress progress = progress(stub("ch09.1", "a", "ch09.1", "Answer.java:5"),
                stub("ch09.2", "b", "ch09.2", "Answer.java:9"), stub("ch09.3", "c", "ch09.3", "Answer.java:13"));

        assertThat(progress.todos()).extracting(TodoProgress::state).containsOnly(TodoState.NOT_STARTED);
        assertThat(progress.next()).map(TodoProgress::id).contains("ch09.1");
        assertThat(progress.done()).isZero();
    }

    @Test
    void aTodoIsDoneWhenAllItsTestsPassAndTheNextOneInManifestOrderIsShown() {
        ChapterProgress progress = progress(pass("ch09.1", "a"), pass("ch09.1", "b"),
                fail("ch09.3", "c", "expected: \"42\" but was: \"41\"", "Answer.java:14"),
                stub("ch09.2", "b", "ch09.2", "Answer.java:9"));

        assertThat(state(progress, "ch09.1")).isEqualTo(TodoState.DONE);
        assertThat(state(progress, "ch09.2")).isEqualTo(TodoState.NOT_STARTED);
        assertThat(state(progress, "ch09.3")).isEqualTo(TodoState.FAILING);
        assertThat(progress.next()).map(TodoProgress::id).contains("ch09.2");
    }

    @Test
    void aTestFailingOnAnotherTodosStubIsWaitingForThatTodo() {
        ChapterProgress progress = progress(stub("ch09.1", "a", "ch09.1", "Answer.java:5"),
                pass("ch09.3", "c"), stub("ch09.3", "d", "ch09.1", "Answer.java:5"));

        TodoProgress named = progress.todo("ch09.3").orElseThrow();
        assertThat(named.state()).isEqualTo(TodoState.WAITING);
        assertThat(named.waitingFor()).containsExactly("ch09.1");
    }

    @Test
    void aFailureWhileANeededTodoIsUnfinishedIsWaitingNotFailing() {
        ChapterProgress progress = progress(fail("ch09.1", "a", "expected 42 but was 41", "Answer.java:6"),
                fail("ch09.2", "b", "expected 84 but was 82", "Answer.java:10"), pass("ch09.3", "c"));

        assertThat(state(progress, "ch09.1")).isEqualTo(TodoState.FAILING);
        assertThat(progress.todo("ch09.2").orElseThrow().waitingFor()).containsExactly("ch09.1");
        assertThat(state(progress, "ch09.2")).isEqualTo(TodoState.WAITING);
    }

    @Test
    void onceTheNeededTodoIsDoneTheSameFailureCountsAsFailing() {
        ChapterProgress progress = progress(pass("ch09.1", "a"),
                fail("ch09.2", "b", "expected 84 but was 82", "Answer.java:10"), pass("ch09.3", "c"));

        assertThat(state(progress, "ch09.2")).isEqualTo(TodoState.FAILING);
        assertThat(progress.next()).map(TodoProgress::id).contains("ch09.2");
    }

    @Test
    void aTodoWaitingOnALaterOneIsSkippedForTheLaterOne() {
        ChapterProgress progress = progress(stub("ch09.1", "a", "ch09.3", "Answer.java:13"), pass("ch09.2", "b"),
                stub("ch09.3", "c", "ch09.3", "Answer.java:13"));

        assertThat(state(progress, "ch09.1")).isEqualTo(TodoState.WAITING);
        assertThat(progress.next()).map(TodoProgress::id).contains("ch09.3");
    }

    @Test
    void aTimeoutIsAFailureOfTheTodo() {
        ChapterProgress progress = progress(new TestOutcome("ch09.1 a", List.of("ch09.1"), TestOutcome.Status.TIMED_OUT,
                "your code did not return within 5 s in Answer.answer", "Answer.java:6", null));

        assertThat(state(progress, "ch09.1")).isEqualTo(TodoState.FAILING);
    }

    @Test
    void aTodoWhoseTestsDidNotRunIsNotCheckedAndTheChapterIsNotDone() {
        ChapterProgress progress = progress(pass("ch09.1", "a"), pass("ch09.2", "b"),
                new TestOutcome("ch09.3 c", List.of("ch09.3"), TestOutcome.Status.NOT_RUN, null, null, null));

        assertThat(state(progress, "ch09.3")).isEqualTo(TodoState.UNKNOWN);
        assertThat(progress.complete()).isFalse();
        assertThat(progress.next()).map(TodoProgress::id).contains("ch09.3");
    }

    @Test
    void aStubCaughtByATestOfAnotherTodoMakesItWaitNotFail() {
        ChapterProgress progress = progress(stub("ch09.1", "a", "ch09.1", "Answer.java:5"),
                new TestOutcome("ch09.2 b", List.of("ch09.2"), TestOutcome.Status.FAILED,
                        "Expecting IllegalArgumentException but was UnsupportedOperationException: TODO ch09.1: ...",
                        null, "ch09.1"));

        assertThat(progress.todo("ch09.2").orElseThrow().waitingFor()).containsExactly("ch09.1");
    }

    @Test
    void allPassingIsComplete() {
        ChapterProgress progress = progress(pass("ch09.1", "a"), pass("ch09.2", "b"), pass("ch09.3", "c"));

        assertThat(progress.complete()).isTrue();
        assertThat(progress.next()).isEmpty();
    }

    @Test
    void aCompileErrorLeavesEveryTodoUnknownAndNothingNext() {
        ChapterProgress progress = ChapterProgress.of(Fixtures.answers(root), CheckReport.compileFailed(
                List.of(new CompileProblem("src/main/java/workbook/answers/Answer.java", 7, "';' expected")), 10));

        assertThat(progress.todos()).extracting(TodoProgress::state).containsOnly(TodoState.UNKNOWN);
        assertThat(progress.next()).isEmpty();
        assertThat(progress.complete()).isFalse();
    }
}
