package workbook.learner.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestTagsTest {

    private static final String SOURCE = """
            package workbook.answers;

            class AnswerTest {
                @Test
                @Tag("ch09.1")
                @DisplayName("ch09.1 the answer is 42")
                void answerIs42() {
                    assertThat(new Answer().answer()).isEqualTo(42);
                }

                @Test
                @Tag("ch09.2")
                void twiceIs84() {
                    assertThat(new Answer().twice()).isEqualTo(84);
                }
            }
            """;

    @TempDir
    Path tests;

    @Test
    void aTestReportedWithoutTagsGetsThoseAboveItsMethod() throws Exception {
        Files.createDirectories(tests.resolve("workbook/answers"));
        Files.writeString(tests.resolve("workbook/answers/AnswerTest.java"), SOURCE);

        assertThat(new TestTags().of("[engine:junit-jupiter]/[class:workbook.answers.AnswerTest]/[method:twiceIs84()]",
                tests)).containsExactly("ch09.2");
    }

    @Test
    void tagsSeenBeforeWin() {
        TestTags tags = new TestTags();
        tags.remember("[engine:junit-jupiter]/[class:workbook.answers.AnswerTest]/[method:answerIs42()]", List.of("ch09.1"));

        assertThat(tags.of("[engine:junit-jupiter]/[class:workbook.answers.AnswerTest]/[method:answerIs42()]", tests))
                .containsExactly("ch09.1");
    }
}
