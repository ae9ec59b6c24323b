package workbook.harness.grade;

import java.util.List;

/**
 * One submission's grade. A submission that could not be read at all (not a folder, a
 * corrupt zip, no chapters) has status {@link #INVALID}, a problem, and zero in every
 * chapter. Immutable.
 *
 * @param name     the submission's name: its folder or zip file name
 * @param status   {@link #GRADED} or {@link #INVALID}
 * @param problem  for an invalid submission, what is wrong, in words
 * @param chapters one grade per graded chapter
 * @param seconds  wall time spent grading it
 */
public record SubmissionGrade(String name, String status, String problem, List<ChapterGrade> chapters,
        double seconds) {

    public static final String GRADED = "graded";
    public static final String INVALID = "invalid";

    public SubmissionGrade {
        chapters = List.copyOf(chapters);
    }

    public double score() {
        return Scores.round(chapters.stream().mapToDouble(ChapterGrade::score).sum());
    }

    public double max() {
        return chapters.stream().mapToDouble(ChapterGrade::max).sum();
    }
}
