package workbook.harness.grade;

import java.util.ArrayList;
import java.util.List;
import workbook.harness.generate.ChapterManifest;

/**
 * Turns test results into a chapter grade: each TODO earns its points times the share of its
 * tests that passed (a test tagged with several TODOs counts for each). Stateless.
 */
final class Scoring {

    private Scoring() {}

    static ChapterGrade graded(GradedChapter chapter, ChapterRun run, List<String> notes) {
        List<TodoGrade> todos = new ArrayList<>();
        for (ChapterManifest.Todo todo : chapter.chapter().manifest().todos()) {
            List<TodoGrade.Outcome> outcomes = chapter.tests().stream()
                    .filter(test -> test.todos().contains(todo.id()))
                    .map(test -> new TodoGrade.Outcome(test, run.resultOf(test)))
                    .toList();
            todos.add(new TodoGrade(todo, outcomes));
        }
        List<String> all = new ArrayList<>(notes);
        run.notes.forEach(note -> {
            if (!all.contains(note)) {
                all.add(note);
            }
        });
        List<TodoGrade.Outcome> tests = chapter.tests().stream()
                .map(test -> new TodoGrade.Outcome(test, run.resultOf(test)))
                .toList();
        return new ChapterGrade(chapter.chapter(), ChapterStatus.GRADED, null, todos, all, tests);
    }

    /** A chapter that was not run: every test of every TODO counts as not passed. */
    static ChapterGrade notGraded(GradedChapter chapter, ChapterStatus status, String problem, List<String> notes) {
        TestResult notRun = TestResult.notRun("not run: the chapter was not graded (" + status.label() + ")");
        List<TodoGrade> todos = new ArrayList<>();
        for (ChapterManifest.Todo todo : chapter.chapter().manifest().todos()) {
            todos.add(new TodoGrade(todo, chapter.tests().stream()
                    .filter(test -> test.todos().contains(todo.id()))
                    .map(test -> new TodoGrade.Outcome(test, notRun))
                    .toList()));
        }
        List<TodoGrade.Outcome> tests = chapter.tests().stream()
                .map(test -> new TodoGrade.Outcome(test, notRun))
                .toList();
        return new ChapterGrade(chapter.chapter(), status, problem, todos, notes, tests);
    }
}
