package workbook.harness.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workbook.engine.ChapterRun;
import workbook.engine.TestOutcome;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.ChapterManifest;

/**
 * Turns test results into a chapter grade: each TODO earns its points times the share of its
 * tests that passed (a test tagged with several TODOs counts for each). Stateless.
 */
public final class Scoring {

    private Scoring() {}

    /** A chapter's results per test: what the run reported, or why a test did not run. */
    public static Map<TestCase, TestResult> results(List<TestCase> tests, ChapterRun run) {
        Map<TestCase, TestResult> results = new java.util.LinkedHashMap<>();
        for (TestCase test : tests) {
            results.put(test, resultOf(test, run));
        }
        return results;
    }

    /** Grades a chapter from each test's result. */
    public static ChapterGrade graded(Chapter chapter, Map<TestCase, TestResult> results, List<String> notes) {
        List<TodoGrade> todos = new ArrayList<>();
        for (ChapterManifest.Todo todo : chapter.manifest().todos()) {
            List<TodoGrade.Outcome> outcomes = results.entrySet().stream()
                    .filter(entry -> entry.getKey().todos().contains(todo.id()))
                    .map(entry -> new TodoGrade.Outcome(entry.getKey(), entry.getValue()))
                    .toList();
            todos.add(new TodoGrade(todo, outcomes));
        }
        List<TodoGrade.Outcome> tests = results.entrySet().stream()
                .map(entry -> new TodoGrade.Outcome(entry.getKey(), entry.getValue()))
                .toList();
        return new ChapterGrade(chapter, ChapterStatus.GRADED, null, todos, notes, tests);
    }

    /** A chapter that was not run: every test of every TODO counts as not passed. */
    public static ChapterGrade notGraded(Chapter chapter, List<TestCase> tests, ChapterStatus status, String problem,
            List<String> notes) {
        TestResult notRun = TestResult.notRun("not run: the chapter was not graded (" + status.label() + ")");
        List<TodoGrade> todos = new ArrayList<>();
        for (ChapterManifest.Todo todo : chapter.manifest().todos()) {
            todos.add(new TodoGrade(todo, tests.stream()
                    .filter(test -> test.todos().contains(todo.id()))
                    .map(test -> new TodoGrade.Outcome(test, notRun))
                    .toList()));
        }
        List<TodoGrade.Outcome> outcomes = tests.stream()
                .map(test -> new TodoGrade.Outcome(test, notRun))
                .toList();
        return new ChapterGrade(chapter, status, problem, todos, notes, outcomes);
    }

    /** The result of a test; a test with none did not run, with the reason if one is known. */
    static TestResult resultOf(TestCase test, ChapterRun run) {
        TestOutcome outcome = run.outcomes().get(test.uniqueId());
        if (outcome != null) {
            return TestResult.of(outcome);
        }
        String classFailure = run.classFailures().getOrDefault(test.className(), run.classFailures().get(""));
        return TestResult.notRun(classFailure != null ? "not run: " + classFailure
                : "not run: the test could not start (does the class under test still have the methods the"
                        + " tests call?)");
    }
}
