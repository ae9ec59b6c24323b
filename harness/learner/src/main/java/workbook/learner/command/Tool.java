package workbook.learner.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.check.ChapterCheck;
import workbook.learner.check.Checks;
import workbook.learner.progress.ChapterProgress;

/** What every command shares: the workbook, the engine, the exit codes and the default chapter. */
public final class Tool {

    public static final int OK = 0;
    public static final int UNFINISHED = 1;
    public static final int USAGE = 2;
    public static final int BROKEN = 3;

    private Tool() {}

    public static LearnerBook book() {
        return LearnerBook.locate(Path.of(""));
    }

    public static ChapterCheck check(LearnerBook book) {
        return Checks.open(book);
    }

    /** The chapter whose folder holds the working directory, if any. */
    public static Optional<LearnerChapter> chapterOfWorkingDirectory(LearnerBook book) {
        Path here = Path.of("").toAbsolutePath().normalize();
        return book.chapters().stream().filter(chapter -> here.startsWith(chapter.dir())).findFirst();
    }

    /** The named chapter; else the one the working directory is in; else the first with an unfinished TODO. */
    public static LearnerChapter chapterOrCurrent(LearnerBook book, String name, ChapterCheck check) {
        if (name != null) {
            return book.chapter(name);
        }
        return chapterOfWorkingDirectory(book).orElseGet(() -> firstUnfinished(book, check));
    }

    /** The first chapter, in order, with a TODO that does not pass; the last chapter when all pass. */
    public static LearnerChapter firstUnfinished(LearnerBook book, ChapterCheck check) {
        List<LearnerChapter> chapters = book.exerciseChapters();
        for (LearnerChapter chapter : chapters) {
            if (!ChapterProgress.of(chapter, check.check(chapter)).complete()) {
                return chapter;
            }
        }
        return chapters.isEmpty() ? book.chapters().get(0) : chapters.get(chapters.size() - 1);
    }

    /** Every chapter's progress, in order. */
    public static List<ChapterProgress> all(LearnerBook book, ChapterCheck check) {
        List<LearnerChapter> exercises = book.exerciseChapters();
        List<workbook.learner.check.CheckReport> reports = check.checkAll(exercises);
        List<ChapterProgress> all = new ArrayList<>();
        for (LearnerChapter chapter : book.chapters()) {
            int index = exercises.indexOf(chapter);
            all.add(ChapterProgress.of(chapter, index < 0 ? workbook.learner.check.CheckReport.ran(List.of(), 0)
                    : reports.get(index)));
        }
        return all;
    }
}
