package workbook.learner.check;

import workbook.learner.book.LearnerChapter;

/**
 * Compiles a chapter's {@code src/main/java} as the learner left it and runs its visible
 * tests against the reference of the earlier chapters: one pass, one report. The tool's only
 * view of the engine it shares with the grader. Implementations survive whatever the
 * learner's code does (endless loops, {@code System.exit}, exhausted memory, stray threads)
 * and report it as a test outcome.
 */
public interface ChapterCheck extends AutoCloseable {

    CheckReport check(LearnerChapter chapter);

    /** Several chapters in one pass, reports in the same order; implementations may share work. */
    default java.util.List<CheckReport> checkAll(java.util.List<LearnerChapter> chapters) {
        return chapters.stream().map(this::check).toList();
    }

    @Override
    default void close() {}
}
