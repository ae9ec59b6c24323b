package workbook.learner.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.learner.Fixtures;

class LearnerBookTest {

    @TempDir
    Path root;

    @Test
    void chaptersAreTheFoldersWithATodosJsonInNameOrder() {
        LearnerBook book = Fixtures.book(root);

        assertThat(book.chapters()).extracting(LearnerChapter::slug).containsExactly("ch00-provided", "ch09-answers");
        assertThat(book.exerciseChapters()).extracting(LearnerChapter::id).containsExactly("ch09");
    }

    @Test
    void todosKeepManifestOrderHintsAndNeeds() {
        LearnerChapter chapter = Fixtures.book(root).chapter("ch09-answers");

        assertThat(chapter.todos()).extracting(todo -> todo.id()).containsExactly("ch09.1", "ch09.2", "ch09.3");
        assertThat(chapter.todo("ch09.1").orElseThrow().hints()).hasSize(3);
        assertThat(chapter.todo("ch09.2").orElseThrow().needs()).containsExactly("ch09.1");
    }

    @Test
    void aChapterIsNamedByFolderOrPrefixAndAnUnknownNameListsTheKnownOnes() {
        LearnerBook book = Fixtures.book(root);

        assertThat(book.chapter("ch09")).isEqualTo(book.chapter("ch09-answers"));
        assertThatThrownBy(() -> book.chapter("ch7"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no chapter 'ch7'")
                .hasMessageContaining("[ch00, ch09]");
    }

    @Test
    void aTodoIsFoundInItsChapter() {
        LearnerBook book = Fixtures.book(root);

        assertThat(book.chapterOfTodo("ch09.3")).map(LearnerChapter::id).contains("ch09");
        assertThat(book.chapterOfTodo("ch09.9")).isEmpty();
    }

    @Test
    void theBookIsFoundFromInsideAChapter() {
        Fixtures.book(root);

        LearnerBook book = LearnerBook.locate(root.resolve("chapters/ch09-answers/src/main/java"));

        assertThat(book.root()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(book.stateDir()).isEqualTo(book.root().resolve(".workbook"));
    }

    @Test
    void aFolderWithoutChaptersSaysWhereToRunTheTool() {
        assertThatThrownBy(() -> LearnerBook.at(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no chapters/ folder");
    }

    @Test
    void theClassPathIsReadFromWhatTheChapterBuildWrote() throws Exception {
        LearnerChapter chapter = Fixtures.answers(root);
        assertThat(chapter.classPath("test")).isEmpty();

        Files.createDirectories(chapter.classPathFile("test").getParent());
        Files.writeString(chapter.classPathFile("test"), "/a/one.jar" + java.io.File.pathSeparator + "/b/two.jar\n");

        assertThat(chapter.classPath("test")).contains(java.util.List.of(Path.of("/a/one.jar"), Path.of("/b/two.jar")));
    }

    @Test
    void theDemoIsThePomsMainClassAndTheDocLinkTheTodosAnchor() throws Exception {
        LearnerChapter chapter = Fixtures.answers(root);
        assertThat(chapter.demoMainClass()).isEmpty();

        Files.writeString(chapter.dir().resolve("pom.xml"),
                "<project><properties><exec.mainClass>workbook.answers.AnswerDemo</exec.mainClass></properties></project>");

        assertThat(chapter.demoMainClass()).contains("workbook.answers.AnswerDemo");
        assertThat(chapter.docLink("ch09.2")).isEqualTo("docs/ch09-answers.md#ch092");
    }
}
