package workbook.learner.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.demo.Demo;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a chapter's demo on your code, offline.",
            "An unfinished TODO on the way gives one line that names it and its doc."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", index = "0", paramLabel = "CHAPTER",
            description = "ch03 or ch03-collector; default: the chapter you are in, else the first unfinished one")
    String chapter;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "passed to the demo")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        LearnerBook book = Tool.book();
        LearnerChapter target;
        if (chapter != null && !chapter.matches("ch\\d\\d(-.*)?")) {
            args.add(0, chapter);
            chapter = null;
        }
        try (var check = Tool.check(book)) {
            target = Tool.chapterOrCurrent(book, chapter, check);
        }
        return Demo.run(book, target, args, System.out, System.err);
    }
}
