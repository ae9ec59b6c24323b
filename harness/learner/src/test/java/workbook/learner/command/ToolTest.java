package workbook.learner.command;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.learner.Fixtures.pass;
import static workbook.learner.Fixtures.stub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.harness.generate.ChapterManifest;
import workbook.harness.generate.LearnerManifest;
import workbook.learner.Fixtures;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.check.ChapterCheck;
import workbook.learner.check.CheckReport;

class ToolTest {

    @TempDir
    Path root;

    private final List<String> checked = new ArrayList<>();

    /** ch09 done, ch10 with its one TODO not started. */
    private final ChapterCheck check = chapter -> {
        checked.add(chapter.id());
        return chapter.id().equals("ch09")
                ? CheckReport.ran(List.of(pass("ch09.1", "a"), pass("ch09.2", "b"), pass("ch09.3", "c")), 1)
                : CheckReport.ran(List.of(stub("ch10.1", "a", "ch10.1", null)), 1);
    };

    private LearnerBook book() throws Exception {
        Fixtures.book(root);
        Path ch10 = root.resolve("chapters/ch10-more");
        Files.createDirectories(ch10);
        Files.write(ch10.resolve(LearnerManifest.FILE), LearnerManifest.json(new ChapterManifest("ch10", "More",
                "workbook.more", "docs/ch10-more.md", List.of(new ChapterManifest.Todo("ch10.1", "More", 1,
                        List.of("h"))))));
        return LearnerBook.at(root);
    }

    @Test
    void theFirstChapterWithAnUnfinishedTodoIsTheOneToWatch() throws Exception {
        LearnerBook book = book();

        assertThat(Tool.firstUnfinished(book, check).id()).isEqualTo("ch10");
        assertThat(checked).containsExactly("ch09", "ch10");
    }

    @Test
    void theScanStartsAtTheChapterLastWatched() throws Exception {
        LearnerBook book = book();
        LearnerChapter ch10 = book.chapter("ch10");
        Tool.rememberWatched(book, ch10);

        assertThat(Tool.firstUnfinished(book, check)).isEqualTo(ch10);
        assertThat(checked).containsExactly("ch10");
    }
}
