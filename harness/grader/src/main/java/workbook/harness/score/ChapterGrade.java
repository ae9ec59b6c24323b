package workbook.harness.score;

import java.util.List;
import workbook.harness.generate.Chapter;

/**
 * One chapter's grade in one submission. Its maximum is fixed by the manifest (the sum of
 * its TODOs' points), never by what ran. Immutable.
 *
 * @param chapter the chapter
 * @param status  how far grading got
 * @param problem for a chapter not graded: why (the compiler's message, the rule broken)
 * @param todos   one grade per TODO, in the manifest's order
 * @param notes   other findings worth telling (threads left running, restarts)
 * @param tests   every scored test and its result, tagged or not, in the inventory's order
 */
public record ChapterGrade(Chapter chapter, ChapterStatus status, String problem, List<TodoGrade> todos,
        List<String> notes, List<TodoGrade.Outcome> tests) {

    public ChapterGrade {
        todos = List.copyOf(todos);
        tests = List.copyOf(tests);
        notes = List.copyOf(notes);
    }

    public double score() {
        return Scores.round(todos.stream().mapToDouble(TodoGrade::score).sum());
    }

    public double max() {
        return chapter.manifest().maxPoints();
    }
}
