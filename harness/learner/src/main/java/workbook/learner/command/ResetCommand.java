package workbook.learner.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.reset.Reset;
import workbook.learner.reset.Skeletons;
import workbook.testkit.TodoId;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Put back the skeleton's version of the methods that hold a TODO, or of a whole chapter.",
            "Your current files are copied to .workbook/backup/<time>/ first: nothing is lost."})
public final class ResetCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TODO|CHAPTER", description = "ch01.3, or ch01 / ch01-data-types for the whole chapter")
    String target;

    @Override
    public Integer call() {
        LearnerBook book = Tool.book();
        Reset reset = new Reset(book, Skeletons.bundled());
        Reset.Outcome outcome;
        if (TodoId.tryParse(target).isPresent()) {
            LearnerChapter chapter = book.chapterOfTodo(target).orElseThrow(() -> new IllegalArgumentException(
                    "no TODO '" + target + "'; see ./workbook status for the TODO IDs"));
            outcome = reset.todo(chapter, target);
        } else {
            outcome = reset.chapter(book.chapter(target));
        }
        System.out.println("Your files are saved in " + book.root().relativize(outcome.backup()) + "/");
        outcome.lines().forEach(line -> System.out.println("  " + line));
        return Tool.OK;
    }
}
