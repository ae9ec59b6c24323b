package workbook.harness.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerManifestTest {

    private static final ChapterManifest MANIFEST = new ChapterManifest("ch09", "Answers", "workbook.answers",
            "docs/ch09-answers.md", List.of(
                    new ChapterManifest.Todo("ch09.1", "Return the answer", 2, List.of("It is 42.")),
                    new ChapterManifest.Todo("ch09.2", "Double it", 1, List.of("Use ch09.1."), List.of("ch09.1"))));

    @Test
    void learnerManifestReadsBackAsTheSameManifest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(LearnerManifest.FILE);
        Files.write(file, LearnerManifest.json(MANIFEST));

        assertThat(LearnerManifest.read(file)).isEqualTo(MANIFEST);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void aTodoWithoutNeedsNeedsNothing() {
        assertThat(MANIFEST.todos().get(0).needs()).isEmpty();
        assertThat(MANIFEST.todos().get(1).needs()).containsExactly("ch09.1");
    }

    @Test
    void aTodoCannotNeedALaterOrUnknownTodo() {
        assertThatThrownBy(() -> new ChapterManifest("ch09", "Answers", "workbook.answers", "docs/ch09-answers.md",
                List.of(new ChapterManifest.Todo("ch09.1", "First", 1, List.of("h"), List.of("ch09.2")),
                        new ChapterManifest.Todo("ch09.2", "Second", 1, List.of("h")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ch09.1 needs 'ch09.2'")
                .hasMessageContaining("not an earlier TODO");
    }
}
