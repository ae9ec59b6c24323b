package workbook.learner.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.learner.Fixtures.fail;
import static workbook.learner.Fixtures.pass;
import static workbook.learner.Fixtures.stub;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.learner.Fixtures;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.check.CheckReport;
import workbook.learner.check.CompileProblem;
import workbook.learner.check.TestOutcome;
import workbook.learner.hint.HintLevels;
import workbook.learner.progress.ChapterProgress;

class FeedbackViewTest {

    @TempDir
    Path root;

    private final FeedbackView view = new FeedbackView(Style.PLAIN);

    private String render(LearnerBook book, Optional<ChapterProgress> before, TestOutcome... tests) {
        ChapterProgress now = ChapterProgress.of(book.chapter("ch09"), CheckReport.ran(List.of(tests), 312));
        return view.render(now, before, HintLevels.in(book.stateDir()), Optional.of(book.chapter("ch00")));
    }

    @Test
    void theScreenShowsTheStatusLineThenOnlyTheFirstUnfinishedTodo() {
        LearnerBook book = Fixtures.book(root);

        String screen = render(book, Optional.empty(), pass("ch09.1", "a"),
                fail("ch09.2", "doubles the answer", "expected: 84\n but was: 82", "Answer.java:10"),
                fail("ch09.3", "names the answer", "expected: \"forty-two\"", "Answer.java:14"));

        assertThat(screen).startsWith("ch09 Answers  |  1 of 3 TODOs  |  312 ms\n");
        assertThat(screen).contains("x ch09.2  Double the answer\n  0 of 1 behaviours pass\n")
                .contains("  x doubles the answer\n      expected: 84\n       but was: 82\n      at Answer.java:10\n")
                .contains("Hint 1/1: Use answer().")
                .contains("Read: docs/ch09-answers.md#ch092")
                .doesNotContain("ch09.3")
                .contains("h hint  l list  n next chapter  r rerun  q quit");
    }

    @Test
    void anUntouchedStubSaysNotStartedAndWhereToStart() {
        LearnerBook book = Fixtures.book(root);

        String screen = render(book, Optional.empty(), stub("ch09.1", "returns 42", "ch09.1", "Answer.java:5"));

        assertThat(screen).contains(". ch09.1  Return the answer\n  0 of 1 behaviours pass; not started yet\n"
                + "  Start at Answer.java:5, where it says // TODO ch09.1\n")
                .contains("  x returns 42\n")
                .doesNotContain("UnsupportedOperationException")
                .contains("Hint 1/3: It is 42.\n  (h: next hint)  Read: docs/ch09-answers.md#ch091");
    }

    @Test
    void aTodoThatTurnedGreenIsAnnouncedAndTheNextOneShown() {
        LearnerBook book = Fixtures.book(root);
        ChapterProgress before = ChapterProgress.of(book.chapter("ch09"), CheckReport.ran(List.of(
                stub("ch09.1", "returns 42", "ch09.1", "Answer.java:5"),
                stub("ch09.2", "doubles", "ch09.2", "Answer.java:9")), 300));

        String screen = render(book, Optional.of(before), pass("ch09.1", "returns 42"),
                stub("ch09.2", "doubles", "ch09.2", "Answer.java:9"));

        assertThat(screen).contains("+ ch09.1 is done: Return the answer\n").contains(". ch09.2  Double the answer");
    }

    @Test
    void revealedHintsAreShownInOrder() {
        LearnerBook book = Fixtures.book(root);
        HintLevels.in(book.stateDir()).revealNext(Fixtures.ANSWERS.todos().get(0));

        String screen = render(book, Optional.empty(), stub("ch09.1", "returns 42", "ch09.1", "Answer.java:5"));

        assertThat(screen).contains("Hint 1/3: It is 42.\n  Hint 2/3: Return 42;\n  (h: next hint)");
    }

    @Test
    void compileErrorsComeFirstWithFileAndLine() {
        LearnerBook book = Fixtures.book(root);
        ChapterProgress now = ChapterProgress.of(book.chapter("ch09"), CheckReport.compileFailed(List.of(
                new CompileProblem("src/main/java/workbook/answers/Answer.java", 7, "';' expected")), 90));

        String screen = view.render(now, Optional.empty(), HintLevels.in(book.stateDir()), Optional.empty());

        assertThat(screen).contains("does not compile").contains("Your code does not compile (1 error):\n\n"
                + "  Answer.java:7  ';' expected\n");
    }

    @Test
    void aDoneChapterNamesTheNextChapterAndItsDoc() {
        LearnerBook book = Fixtures.book(root);

        String screen = render(book, Optional.empty(), pass("ch09.1", "a"), pass("ch09.2", "b"), pass("ch09.3", "c"));

        assertThat(screen).contains("+ Chapter ch09 is done").contains("Next: ch00 Provided. Read docs/ch00-provided.md, then press n.");
    }

    @Test
    void aTimeoutShowsWhereTheCodeWas() {
        LearnerBook book = Fixtures.book(root);

        String screen = render(book, Optional.empty(), new TestOutcome("ch09.1 returns 42", List.of("ch09.1"),
                TestOutcome.Status.TIMED_OUT, "your code did not return within 5 s in Answer.answer", "Answer.java:6", null));

        assertThat(screen).contains("  x returns 42\n      your code did not return within 5 s in Answer.answer\n"
                + "      at Answer.java:6\n");
    }

    @Test
    void theListShowsEveryTodoWithItsState() {
        LearnerBook book = Fixtures.book(root);
        ChapterProgress now = ChapterProgress.of(book.chapter("ch09"), CheckReport.ran(List.of(pass("ch09.1", "a"),
                fail("ch09.2", "b", "no", null), stub("ch09.3", "c", "ch09.3", null)), 5));

        assertThat(view.list(now)).contains("+ ch09.1  done          Return the answer\n")
                .contains("x ch09.2  0/1 pass      Double the answer\n")
                .contains(". ch09.3  not started   Name the answer");
    }

    @Test
    void theStatusTableHasOneLinePerChapterAndATotal() {
        LearnerBook book = Fixtures.book(root);
        LearnerChapter answers = book.chapter("ch09");
        List<ChapterProgress> all = List.of(
                ChapterProgress.of(book.chapter("ch00"), CheckReport.ran(List.of(), 0)),
                ChapterProgress.of(answers, CheckReport.ran(List.of(pass("ch09.1", "a"),
                        stub("ch09.2", "b", "ch09.2", null), stub("ch09.3", "c", "ch09.3", null)), 5)));

        String table = new StatusTable(Style.PLAIN).render(all, 1234);

        assertThat(table).contains("ch00 Provided  provided code, nothing to do\n")
                .contains("ch09 Answers   +..        1/3   next: ch09.2 Double the answer\n")
                .contains("[##########--------------------]  33%  1 of 3 TODOs, 2 of 4 points  (1234 ms)");
    }
}
