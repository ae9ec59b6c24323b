package workbook.learner.command;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import workbook.harness.generate.ChapterManifest;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.check.ChapterCheck;
import workbook.learner.hint.HintLevels;
import workbook.learner.progress.ChapterProgress;
import workbook.learner.progress.TodoProgress;

@Command(name = "hint", mixinStandardHelpOptions = true,
        description = {"Reveal the next hint of a TODO, one level at a time, and show those revealed before.",
            "The level reached is kept in .workbook/hints.json."})
public final class HintCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "TODO", description = "ch01.3; default: the TODO you are on")
    String todoId;

    @Override
    public Integer call() {
        LearnerBook book = Tool.book();
        LearnerChapter chapter;
        ChapterManifest.Todo todo;
        if (todoId != null) {
            chapter = book.chapterOfTodo(todoId).orElseThrow(() -> new IllegalArgumentException(
                    "no TODO '" + todoId + "'; TODO IDs look like ch01.3 (see ./workbook status)"));
            todo = chapter.todo(todoId).orElseThrow();
        } else {
            try (ChapterCheck check = Tool.check(book)) {
                chapter = Tool.chapterOrCurrent(book, null, check);
                ChapterProgress progress = ChapterProgress.of(chapter, check.check(chapter));
                todo = progress.next().map(TodoProgress::todo).orElse(null);
                if (todo == null) {
                    System.out.println(progress.compiled() ? chapter.id() + " is done: no hint needed."
                            : chapter.id() + " does not compile: name the TODO, e.g. ./workbook hint "
                                    + chapter.todos().get(0).id());
                    return Tool.OK;
                }
            }
        }
        HintLevels levels = HintLevels.in(book.stateDir());
        int before = levels.level(todo);
        int now = levels.revealNext(todo);
        List<String> hints = levels.revealed(todo);
        System.out.println(todo.id() + "  " + todo.title());
        for (int i = 0; i < hints.size(); i++) {
            System.out.println("  Hint " + (i + 1) + "/" + todo.hints().size() + ": " + hints.get(i));
        }
        if (now == before) {
            System.out.println("  That was the last hint. The chapter's doc explains more: " + chapter.docLink(todo.id()));
        }
        return Tool.OK;
    }
}
