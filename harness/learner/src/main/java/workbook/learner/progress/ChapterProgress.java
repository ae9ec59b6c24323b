package workbook.learner.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import workbook.harness.generate.ChapterManifest;
import workbook.learner.book.LearnerChapter;
import workbook.learner.check.CheckReport;
import workbook.learner.check.TestOutcome;

/**
 * A chapter's TODOs after one run, in manifest order, each with a {@link TodoState}. The rules:
 * <ol>
 *   <li>all of a TODO's tests pass: {@code DONE};</li>
 *   <li>a test fails on the TODO's own untouched stub: {@code NOT_STARTED};</li>
 *   <li>every failing test fails on the stub of another TODO: {@code WAITING} for those;</li>
 *   <li>otherwise, when a TODO it {@code needs} (manifest) is not done: {@code WAITING} for them,
 *       since its failures may well come from there;</li>
 *   <li>otherwise {@code FAILING};</li>
 *   <li>and {@code UNKNOWN} when none of its tests ran (the chapter does not compile, or the
 *       check's time ran out before them).</li>
 * </ol>
 * The TODO to show next is the first one in manifest order that the learner can act on.
 * Immutable.
 */
public record ChapterProgress(LearnerChapter chapter, CheckReport report, List<TodoProgress> todos) {

    public ChapterProgress {
        todos = List.copyOf(todos);
    }

    public static ChapterProgress of(LearnerChapter chapter, CheckReport report) {
        List<TodoProgress> todos = new ArrayList<>();
        Map<String, TodoState> states = new LinkedHashMap<>();
        for (ChapterManifest.Todo todo : chapter.todos()) {
            TodoProgress progress = report.compiled() ? judge(todo, report.tests(), states)
                    : new TodoProgress(todo, TodoState.UNKNOWN, List.of(), List.of());
            states.put(todo.id(), progress.state());
            todos.add(progress);
        }
        return new ChapterProgress(chapter, report, todos);
    }

    private static TodoProgress judge(ChapterManifest.Todo todo, List<TestOutcome> all, Map<String, TodoState> earlier) {
        List<TestOutcome> tests = all.stream().filter(test -> test.belongsTo(todo.id())).toList();
        List<TestOutcome> failing = tests.stream().filter(test -> !test.passed())
                .filter(test -> test.status() != TestOutcome.Status.NOT_RUN).toList();
        boolean someNotRun = tests.stream().anyMatch(test -> test.status() == TestOutcome.Status.NOT_RUN);
        if (tests.isEmpty() || failing.isEmpty() && someNotRun) {
            // Every TODO has visible tests (the build's contract): none ran, so nothing is known.
            return new TodoProgress(todo, TodoState.UNKNOWN, tests, List.of());
        }
        if (failing.isEmpty()) {
            return new TodoProgress(todo, TodoState.DONE, tests, List.of());
        }
        if (failing.stream().anyMatch(test -> todo.id().equals(test.stubOf()))) {
            return new TodoProgress(todo, TodoState.NOT_STARTED, tests, List.of());
        }
        Set<String> stubs = new LinkedHashSet<>();
        boolean allOnOtherStubs = true;
        for (TestOutcome test : failing) {
            if (test.stubOf() != null) {
                stubs.add(test.stubOf());
            } else {
                allOnOtherStubs = false;
            }
        }
        if (allOnOtherStubs) {
            return new TodoProgress(todo, TodoState.WAITING, tests, List.copyOf(stubs));
        }
        List<String> unfinishedNeeds = todo.needs().stream()
                .filter(need -> earlier.getOrDefault(need, TodoState.DONE) != TodoState.DONE)
                .toList();
        if (!unfinishedNeeds.isEmpty()) {
            return new TodoProgress(todo, TodoState.WAITING, tests, unfinishedNeeds);
        }
        return new TodoProgress(todo, TodoState.FAILING, tests, List.of());
    }

    public boolean compiled() {
        return report.compiled();
    }

    public long done() {
        return todos.stream().filter(todo -> todo.state() == TodoState.DONE).count();
    }

    public boolean complete() {
        return compiled() && done() == todos.size();
    }

    /**
     * The TODO to work on: the first, in manifest order, that is not started or failing; when all
     * unfinished ones wait on each other, the first of those; else the first not checked. Empty
     * when the chapter is done or did not compile.
     */
    public Optional<TodoProgress> next() {
        if (!compiled()) {
            return Optional.empty();
        }
        return todos.stream().filter(todo -> todo.state().actionable()).findFirst()
                .or(() -> todos.stream().filter(todo -> todo.state() == TodoState.WAITING).findFirst())
                .or(() -> todos.stream().filter(todo -> todo.state() == TodoState.UNKNOWN).findFirst());
    }

    public Optional<TodoProgress> todo(String id) {
        return todos.stream().filter(todo -> todo.id().equals(id)).findFirst();
    }
}
