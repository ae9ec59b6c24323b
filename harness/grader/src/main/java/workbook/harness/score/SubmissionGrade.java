package workbook.harness.score;

import java.util.List;
import java.util.Locale;

/**
 * One submission's grade. A submission that could not be read at all (not a folder, a
 * corrupt zip, no chapters) has status {@link Status#INVALID}, a problem, and zero in every
 * chapter. Immutable.
 *
 * @param name     the submission's name: its folder or zip file name
 * @param status   graded or invalid
 * @param problem  for an invalid submission, what is wrong, in words
 * @param chapters one grade per graded chapter
 * @param seconds  wall time spent grading it
 * @param madeFrom the workbook version the submission was made from, when it carries one that
 *                 differs from the grading version; null otherwise
 */
public record SubmissionGrade(String name, Status status, String problem, List<ChapterGrade> chapters,
        double seconds, String madeFrom) {

    /** Whether the submission could be graded at all. */
    public enum Status {
        GRADED, INVALID;

        /** As in results.json and grades.csv: {@code graded}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SubmissionGrade {
        chapters = List.copyOf(chapters);
    }

    /** A grade of a submission made from the grading version (or from no known version). */
    public SubmissionGrade(String name, Status status, String problem, List<ChapterGrade> chapters, double seconds) {
        this(name, status, problem, chapters, seconds, null);
    }

    public double score() {
        return Scores.round(chapters.stream().mapToDouble(ChapterGrade::score).sum());
    }

    public double max() {
        return chapters.stream().mapToDouble(ChapterGrade::max).sum();
    }
}
