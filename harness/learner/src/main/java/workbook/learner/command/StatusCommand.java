package workbook.learner.command;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import workbook.learner.book.LearnerBook;
import workbook.learner.check.ChapterCheck;
import workbook.learner.progress.ChapterProgress;
import workbook.learner.screen.StatusTable;
import workbook.learner.screen.Style;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Check every chapter now and show each one's TODOs in one table, with a progress bar.")
public final class StatusCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        LearnerBook book = Tool.book();
        long start = System.nanoTime();
        try (ChapterCheck check = Tool.check(book)) {
            List<ChapterProgress> all = Tool.all(book, check);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.print(new StatusTable(Style.detect()).render(all, millis));
            return Tool.OK;
        }
    }
}
