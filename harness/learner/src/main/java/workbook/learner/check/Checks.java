package workbook.learner.check;

import workbook.learner.book.LearnerBook;

/** The tool's engine: opens the {@link ChapterCheck} the commands use. */
public final class Checks {

    private Checks() {}

    /** The shared engine, its test JVM started on the first check and stopped on close. */
    public static ChapterCheck open(LearnerBook book) {
        java.nio.file.Path scratch = EngineCheck.scratch();
        EngineCheck check = new EngineCheck(scratch, new CompileCache(book.stateDir().resolve("cache")));
        return new ChapterCheck() {
            @Override
            public CheckReport check(workbook.learner.book.LearnerChapter chapter) {
                return check.check(chapter);
            }

            @Override
            public java.util.List<CheckReport> checkAll(java.util.List<workbook.learner.book.LearnerChapter> chapters) {
                return check.checkAll(chapters);
            }

            @Override
            public void close() {
                try {
                    check.close();
                } finally {
                    workbook.engine.files.FileTrees.deleteTree(scratch);
                }
            }
        };
    }
}
