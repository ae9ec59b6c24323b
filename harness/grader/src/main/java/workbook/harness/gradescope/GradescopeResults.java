package workbook.harness.gradescope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import workbook.harness.score.ChapterGrade;
import workbook.harness.score.ChapterStatus;
import workbook.harness.report.Feedback;
import workbook.harness.report.ResultsJson;
import workbook.harness.score.SubmissionGrade;
import workbook.harness.score.TodoGrade;

/**
 * {@code results.json} for Gradescope: the grader's own format, with {@code execution_time}
 * in whole seconds, and, when hidden tests' outcomes are to be shown later, each TODO split
 * into the part its visible tests decide (always shown) and the part its hidden tests decide
 * (shown per the chosen {@link Visibility}). A TODO's points are split in proportion to its
 * tests, so the parts add up to the TODO's score and the total is unchanged. Stateless.
 */
final class GradescopeResults {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeResults() {}

    static String render(SubmissionGrade grade, String fingerprint, Visibility hiddenTests) {
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(ResultsJson.render(grade, fingerprint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.put("execution_time", Math.round(grade.seconds()));
        if (hiddenTests != Visibility.VISIBLE) {
            ArrayNode tests = root.putArray("tests");
            for (ChapterGrade chapter : grade.chapters()) {
                for (TodoGrade todo : chapter.todos()) {
                    addSplit(tests, chapter, todo, hiddenTests);
                }
            }
            root.put("output", summaryWithoutScores(grade, hiddenTests));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addSplit(ArrayNode tests, ChapterGrade chapter, TodoGrade todo, Visibility hiddenTests) {
        List<TodoGrade.Outcome> visible = todo.outcomes().stream().filter(o -> o.test().visible()).toList();
        List<TodoGrade.Outcome> hidden = todo.outcomes().stream().filter(o -> !o.test().visible()).toList();
        int total = todo.total();
        double visibleMax = total == 0 ? 0 : round(todo.max() * visible.size() / total);
        double visibleScore = total == 0 ? 0 : round(todo.max() * passed(visible) / total);
        String name = todo.todo().id() + " " + todo.todo().title();
        boolean graded = chapter.status() == ChapterStatus.GRADED;
        if (!visible.isEmpty()) {
            TodoGrade part = new TodoGrade(todo.todo(), visible);
            add(tests, name + (hidden.isEmpty() ? "" : " (tests in your kit)"), todo.todo().id(), visibleScore,
                    visibleMax, graded && part.complete(), Feedback.todoText(part, chapter), Visibility.VISIBLE);
        }
        if (!hidden.isEmpty() || visible.isEmpty()) {
            TodoGrade part = new TodoGrade(todo.todo(), hidden);
            add(tests, name + (visible.isEmpty() ? "" : " (hidden tests)"), todo.todo().id(),
                    round(todo.score() - visibleScore), round(todo.max() - visibleMax),
                    graded && part.complete(), Feedback.todoText(part, chapter), hiddenTests);
        }
    }

    private static void add(ArrayNode tests, String name, String number, double score, double max, boolean passed,
            String output, Visibility visibility) {
        ObjectNode test = tests.addObject();
        test.put("name", name);
        test.put("number", number);
        test.put("score", score);
        test.put("max_score", max);
        test.put("status", passed ? "passed" : "failed");
        test.put("output", output.strip());
        test.put("visibility", visibility.json());
    }

    /** The overall text when hidden outcomes wait: what was graded, problems, no scores. */
    private static String summaryWithoutScores(SubmissionGrade grade, Visibility hiddenTests) {
        StringBuilder text = new StringBuilder();
        if (grade.status() == SubmissionGrade.Status.INVALID) {
            text.append("This submission could not be graded: it ").append(grade.problem()).append(".\n\n");
        }
        text.append("The outcomes of the hidden tests are shown ")
                .append(switch (hiddenTests) {
                    case AFTER_DUE_DATE -> "after the due date";
                    case AFTER_PUBLISHED -> "when the grades are published";
                    default -> "to your instructor only";
                }).append("; below, the tests you have in your kit.\n\n");
        Feedback.versionNote(grade).ifPresent(note -> text.append(note).append("\n\n"));
        for (ChapterGrade chapter : grade.chapters()) {
            text.append("**").append(chapter.chapter().id()).append(' ').append(chapter.chapter().manifest().title())
                    .append("**: ").append(chapter.status().label()).append("\n\n");
            if (chapter.status() != ChapterStatus.GRADED) {
                text.append(Feedback.problemText(chapter));
            }
        }
        return text.toString().strip();
    }

    private static long passed(List<TodoGrade.Outcome> outcomes) {
        return outcomes.stream().filter(outcome -> outcome.result().passed()).count();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
