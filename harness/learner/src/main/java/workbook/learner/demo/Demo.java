package workbook.learner.demo;

import java.io.PrintStream;
import java.util.List;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.command.Tool;

/** {@code workbook run}: a chapter's demo on the learner's code, in a JVM of its own. */
public final class Demo {

    private Demo() {}

    public static int run(LearnerBook book, LearnerChapter chapter, List<String> args, PrintStream out, PrintStream err) {
        if (chapter.demoMainClass().isEmpty()) {
            out.println(chapter.id() + " has no demo yet: its tests are the way to see your code run"
                    + " (./workbook watch " + chapter.id() + ").");
            return Tool.OK;
        }
        err.println("workbook run: not wired to the engine yet");
        return Tool.BROKEN;
    }
}
