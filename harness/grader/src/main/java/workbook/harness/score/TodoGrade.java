package workbook.harness.score;

import java.util.List;
import workbook.harness.generate.ChapterManifest;

/**
 * One TODO's grade: its points times the share of its tests that passed. Immutable.
 *
 * @param todo     the TODO from the chapter's manifest
 * @param outcomes each test tagged with it and its result, in the inventory's order
 */
public record TodoGrade(ChapterManifest.Todo todo, List<Outcome> outcomes) {

    /** A test and what happened to it. */
    public record Outcome(TestCase test, TestResult result) {}

    public TodoGrade {
        outcomes = List.copyOf(outcomes);
    }

    public long passed() {
        return outcomes.stream().filter(outcome -> outcome.result().passed()).count();
    }

    public int total() {
        return outcomes.size();
    }

    public double score() {
        return total() == 0 ? 0.0 : Scores.round(todo.points() * (double) passed() / total());
    }

    public double max() {
        return todo.points();
    }

    public boolean complete() {
        return total() > 0 && passed() == total();
    }
}
