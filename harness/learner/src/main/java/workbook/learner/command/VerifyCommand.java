package workbook.learner.command;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.check.ChapterCheck;
import workbook.learner.progress.ChapterProgress;
import workbook.learner.progress.TodoProgress;
import workbook.learner.screen.FeedbackView;
import workbook.learner.screen.Style;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check once and exit 0 when every TODO passes: for scripts and IDE run configurations.",
            "Without CHAPTER: the chapter you are in, else every chapter."})
public final class VerifyCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CHAPTER", description = "ch01 or ch01-data-types")
    String chapter;

    @Override
    public Integer call() {
        LearnerBook book = Tool.book();
        List<LearnerChapter> chapters = chapter != null ? List.of(book.chapter(chapter))
                : Tool.chapterOfWorkingDirectory(book).map(List::of).orElse(book.exerciseChapters());
        Style style = Style.detect();
        FeedbackView view = new FeedbackView(style);
        int exit = Tool.OK;
        try (ChapterCheck check = Tool.check(book)) {
            for (LearnerChapter each : chapters) {
                ChapterProgress progress = ChapterProgress.of(each, check.check(each));
                System.out.println(view.statusLine(progress));
                if (!progress.compiled()) {
                    progress.report().compileProblems().forEach(problem ->
                            System.out.println("  " + problem.where() + "  " + problem.message().lines().findFirst().orElse("")));
                    if (progress.report().problem() != null) {
                        System.out.println("  " + progress.report().problem());
                    }
                    exit = Tool.BROKEN;
                    continue;
                }
                for (TodoProgress todo : progress.todos()) {
                    System.out.println("  " + view.mark(todo.state()) + " " + todo.id() + "  "
                            + String.format(java.util.Locale.ROOT, "%-12s", FeedbackView.describe(todo)) + "  "
                            + todo.todo().title());
                }
                if (!progress.complete() && exit == Tool.OK) {
                    exit = Tool.UNFINISHED;
                }
            }
        }
        return exit;
    }
}
