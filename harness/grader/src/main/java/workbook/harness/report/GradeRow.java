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
 * @param madeFrom the other workbook version the submission was made from, or null
 */
public record GradeRow(String name, String status, String problem, Map<String, Double> chapters, double total,
        double max, String madeFrom) {

    public GradeRow {
        chapters = Map.copyOf(chapters);
    }

    /** A row of a submission made from the grading version. */
    public GradeRow(String name, String status, String problem, Map<String, Double> chapters, double total,
            double max) {
        this(name, status, problem, chapters, total, max, null);
    }

    /** The gradebook's note: why the submission is invalid, and from which other version it was made. */
    public String note() {
        String version = madeFrom == null ? null : "made from workbook version " + madeFrom;
        if (problem == null) {
            return version == null ? "" : version;
        }
        return version == null ? problem : problem + "; " + version;
    }

    public static GradeRow of(SubmissionGrade grade) {
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        grade.chapters().forEach(chapter -> scores.put(chapter.chapter().id(), chapter.score()));
        return new GradeRow(grade.name(), grade.status().label(), grade.problem(), scores, grade.score(), grade.max(),
                grade.madeFrom());
    }
}
