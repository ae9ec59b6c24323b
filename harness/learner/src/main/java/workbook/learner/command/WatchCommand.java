package workbook.learner.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import workbook.learner.book.LearnerBook;
import workbook.learner.check.ChapterCheck;
import workbook.learner.screen.Style;
import workbook.learner.watch.RawTerminal;
import workbook.learner.watch.WatchSession;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Check a chapter on every save and show the next unfinished TODO.",
            "Keys: h next hint, l list the chapter's TODOs, n next chapter, r rerun, q quit."})
public final class WatchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CHAPTER",
            description = "ch01 or ch01-data-types; default: the chapter you are in, else the first unfinished one")
    String chapter;

    @Override
    public Integer call() {
        LearnerBook book = Tool.book();
        try (ChapterCheck check = Tool.check(book); RawTerminal terminal = RawTerminal.enter()) {
            var start = Tool.chapterOrCurrent(book, chapter, check);
            Style style = Style.detect();
            return new WatchSession(book, check, style, System.out, System.in, System.console() != null).run(start);
        }
    }
}
