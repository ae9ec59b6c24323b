package workbook.harness.score;

import java.util.List;
import workbook.harness.generate.ChapterManifest;

/**
 * One TODO's grade: its points times the share of its tests that passed. Immutable.
 *
 * @param todo      the TODO from the chapter's manifest
 * @param outcomes  each test tagged with it and its result, in the inventory's order: as
 *                  submitted, or from the run with the reference standing in for the chapter's
 *                  other TODOs when that run passed more of them (fair grading)
 * @param blockedBy the other TODOs whose unfinished code made this TODO's tests fail as
 *                  submitted (they passed with the reference standing in for them); empty
 *                  when the as-submitted outcomes are the ones that count
 */
public record TodoGrade(ChapterManifest.Todo todo, List<Outcome> outcomes, List<String> blockedBy) {

    /** A test and what happened to it. */
    public record Outcome(TestCase test, TestResult result) {}

    public TodoGrade {
        outcomes = List.copyOf(outcomes);
        blockedBy = List.copyOf(blockedBy);
    }

    public TodoGrade(ChapterManifest.Todo todo, List<Outcome> outcomes) {
        this(todo, outcomes, List.of());
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
