package workbook.harness.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workbook.engine.ChapterRun;
import workbook.engine.TestOutcome;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.ChapterManifest;
import workbook.testkit.TodoId;

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
        return graded(chapter, results, Map.of(), notes);
    }

    /**
     * Grades a chapter fairly: each TODO earns the better of its tests' results as submitted
     * and, where there is one, in its own run with the reference standing in for the chapter's
     * other TODOs ({@code alone}: TODO ID to the results of the tests tagged with it).
     */
    public static ChapterGrade graded(Chapter chapter, Map<TestCase, TestResult> results,
            Map<String, Map<TestCase, TestResult>> alone, List<String> notes) {
        List<TodoGrade> todos = new ArrayList<>();
        List<Boolean> blocked = new ArrayList<>();
        for (ChapterManifest.Todo todo : chapter.manifest().todos()) {
            TodoGrade submitted = new TodoGrade(todo, outcomes(results, todo.id(), Map.of()));
            Map<TestCase, TestResult> own = alone.get(todo.id());
            TodoGrade fair = own == null ? submitted : new TodoGrade(todo, outcomes(results, todo.id(), own));
            boolean better = fair.passed() > submitted.passed();
            todos.add(better ? fair : submitted);
            blocked.add(better);
        }
        // Second pass: a blocked TODO names the other TODOs still unfinished after fair grading.
        for (int i = 0; i < todos.size(); i++) {
            if (blocked.get(i)) {
                TodoGrade todo = todos.get(i);
                todos.set(i, new TodoGrade(todo.todo(), todo.outcomes(),
                        blockers(chapter, todo.todo().id(), results, alone.get(todo.todo().id()), todos)));
            }
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

    private static List<TodoGrade.Outcome> outcomes(Map<TestCase, TestResult> results, String todoId,
            Map<TestCase, TestResult> instead) {
        return results.entrySet().stream()
                .filter(entry -> entry.getKey().todos().contains(todoId))
                .map(entry -> new TodoGrade.Outcome(entry.getKey(), instead.getOrDefault(entry.getKey(), entry.getValue())))
                .toList();
    }

    /**
     * Which other TODOs made a TODO's tests fail as submitted: those whose stub the failures
     * name ("TODO ch03.2: ..."), else every other TODO that is not complete even when graded
     * fairly.
     */
    static List<String> blockers(Chapter chapter, String todoId, Map<TestCase, TestResult> results,
            Map<TestCase, TestResult> alone, List<TodoGrade> graded) {
        java.util.Set<String> named = new java.util.TreeSet<>();
        results.forEach((test, result) -> {
            TestResult fair = alone.get(test);
            if (test.todos().contains(todoId) && !result.passed() && fair != null && fair.passed()
                    && result.message() != null) {
                java.util.regex.Matcher stub = STUB.matcher(result.message());
                while (stub.find()) {
                    if (!stub.group(1).equals(todoId) && chapter.manifest().todo(stub.group(1)).isPresent()) {
                        named.add(stub.group(1));
                    }
                }
            }
        });
        if (!named.isEmpty()) {
            return List.copyOf(named);
        }
        List<String> unfinished = new ArrayList<>();
        for (TodoGrade other : graded) {
            if (!other.todo().id().equals(todoId) && !other.complete()) {
                unfinished.add(other.todo().id());
            }
        }
        return unfinished;
    }

    private static final java.util.regex.Pattern STUB = java.util.regex.Pattern.compile("TODO (" + TodoId.PATTERN.pattern() + ")\\b");

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
