package workbook.harness.score;

/** How far grading of one chapter of one submission got. */
public enum ChapterStatus {
    /** Compiled and tested: the score is what the tests say. */
    GRADED,
    /** The submission has no {@code chapters/<slug>/src/main/java}: zero. */
    NOT_SUBMITTED,
    /** The chapter does not compile: zero, with the compiler's message in the feedback. */
    COMPILE_ERROR,
    /** The chapter's sources break the rules (wrong package, too large): zero, with the reason. */
    INVALID,
    /**
     * The chapter's sources are the skeleton as handed out (line endings aside): zero, without
     * running tests that are known to fail on it ({@code validate} proves that every skeleton
     * scores zero, and grades skeletons by running them).
     */
    NOT_STARTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
