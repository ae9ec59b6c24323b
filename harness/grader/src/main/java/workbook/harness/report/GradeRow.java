package workbook.harness.report;

import java.util.Map;
import workbook.harness.score.SubmissionGrade;

/**
 * One submission's line in the gradebook and the score table: made from a fresh grade or read
 * back from a {@code results.json} when resuming. Immutable.
 *
 * @param name     the submission
 * @param status   {@code graded} or {@code invalid}
 * @param problem  why it is invalid, or null
 * @param chapters score per chapter ID
 * @param total    the total score
 * @param max      the maximum total
 */
public record GradeRow(String name, String status, String problem, Map<String, Double> chapters, double total,
        double max) {

    public GradeRow {
        chapters = Map.copyOf(chapters);
    }

    public static GradeRow of(SubmissionGrade grade) {
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        grade.chapters().forEach(chapter -> scores.put(chapter.chapter().id(), chapter.score()));
        return new GradeRow(grade.name(), grade.status().label(), grade.problem(), scores, grade.score(), grade.max());
    }
}
