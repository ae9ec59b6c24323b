package workbook.learner.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.learner.Fixtures;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;

class ResetTest {

    private static final String SKELETON = """
            package workbook.answers;

            public final class Answer {
                public int answer() {
                    // TODO ch09.1: Return the answer
                    throw new UnsupportedOperationException("TODO ch09.1: Return the answer");
                }

                public int twice() {
                    // TODO ch09.2: Double the answer
                    throw new UnsupportedOperationException("TODO ch09.2: Double the answer");
                }
            }
            """;

    @TempDir
    Path root;

    private Path answerFile(LearnerChapter chapter) {
        return chapter.mainSources().resolve("workbook/answers/Answer.java");
    }

    private Reset reset(LearnerBook book) {
        return new Reset(book, new Skeletons(Map.of("ch09-answers",
                new TreeMap<>(Map.of("workbook/answers/Answer.java", SKELETON)))));
    }

    @Test
    void resetOfATodoBacksUpTheChapterThenRestoresOnlyItsMethods() throws Exception {
        LearnerBook book = Fixtures.book(root);
        LearnerChapter chapter = book.chapter("ch09");
        String mine = SKELETON.replace("throw new UnsupportedOperationException(\"TODO ch09.1: Return the answer\");", "return 42;")
                .replace("throw new UnsupportedOperationException(\"TODO ch09.2: Double the answer\");", "return 84;");
        Files.createDirectories(answerFile(chapter).getParent());
        Files.writeString(answerFile(chapter), mine);

        Reset.Outcome outcome = reset(book).todo(chapter, "ch09.1");

        assertThat(outcome.backup()).startsWith(root.resolve(".workbook/backup"));
        assertThat(outcome.backup().resolve("chapters/ch09-answers/src/main/java/workbook/answers/Answer.java"))
                .hasContent(mine);
        assertThat(Files.readString(answerFile(chapter))).contains("TODO ch09.1: Return the answer\");")
                .contains("return 84;").doesNotContain("return 42;");
        assertThat(outcome.lines()).containsExactly(
                "restored public int answer() in ch09-answers/src/main/java/workbook/answers/Answer.java");
    }

    @Test
    void resetOfAChapterRestoresEveryFileAndTwoResetsNeverShareABackup() throws Exception {
        LearnerBook book = Fixtures.book(root);
        LearnerChapter chapter = book.chapter("ch09");
        Files.createDirectories(answerFile(chapter).getParent());
        Files.writeString(answerFile(chapter), "class Broken {");

        Reset.Outcome first = reset(book).chapter(chapter);
        Reset.Outcome second = reset(book).chapter(chapter);

        assertThat(answerFile(chapter)).hasContent(SKELETON);
        assertThat(first.backup()).isNotEqualTo(second.backup());
        assertThat(first.backup().resolve("chapters/ch09-answers/src/main/java/workbook/answers/Answer.java"))
                .hasContent("class Broken {");
        assertThat(second.lines()).containsExactly("restored 0 file(s) of ch09-answers/src/main/java to the skeleton");
    }
}
