package workbook.learner.progress;

import java.util.List;
import workbook.harness.generate.ChapterManifest;
import workbook.learner.check.TestOutcome;

/**
 * One TODO after a run: its state, its tests, and for {@link TodoState#WAITING} the TODOs
 * it waits for. Immutable.
 *
 * @param todo       the TODO, from the manifest
 * @param state      where the learner stands
 * @param tests      the TODO's visible tests, in the engine's order
 * @param waitingFor unfinished TODOs this one's failures come from; empty unless WAITING
 */
public record TodoProgress(ChapterManifest.Todo todo, TodoState state, List<TestOutcome> tests,
        List<String> waitingFor) {

    public TodoProgress {
        tests = List.copyOf(tests);
        waitingFor = List.copyOf(waitingFor);
    }

    public String id() {
        return todo.id();
    }

    public long passed() {
        return tests.stream().filter(TestOutcome::passed).count();
    }

    public List<TestOutcome> failures() {
        return tests.stream().filter(test -> !test.passed()).toList();
    }
}
