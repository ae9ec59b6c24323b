package workbook.harness.gradescope;

import java.util.Locale;

/**
 * When Gradescope shows a test's outcome to the learner (its autograder specification's
 * {@code visibility}). Instructors always see every test.
 */
enum Visibility {
    /** Always shown. */
    VISIBLE,
    /** Shown once the due date (or the late due date) has passed. */
    AFTER_DUE_DATE,
    /** Shown once the instructor publishes the grades. */
    AFTER_PUBLISHED,
    /** Never shown to learners. */
    HIDDEN;

    /** The value in {@code results.json}. */
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
