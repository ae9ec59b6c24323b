package workbook.learner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.learner.Fixtures;

class DemoMainTest {

    @TempDir
    Path root;

    @Test
    void anUnfinishedTodoIsFoundAmongTheCausesAndSuppressed() {
        RuntimeException wrapped = new IllegalStateException("process 'Client' failed",
                new UnsupportedOperationException("TODO ch09.2: Double the answer"));
        RuntimeException suppressing = new RuntimeException("closing");
        suppressing.addSuppressed(new UnsupportedOperationException("TODO ch09.3: Name the answer"));

        assertThat(DemoMain.unfinishedTodo(wrapped)).contains("ch09.2");
        assertThat(DemoMain.unfinishedTodo(suppressing)).contains("ch09.3");
    }

    @Test
    void anExceptionOfTheLearnersOwnIsNoUnfinishedTodo() {
        assertThat(DemoMain.unfinishedTodo(new UnsupportedOperationException("immutable list"))).isEmpty();
        assertThat(DemoMain.unfinishedTodo(new IllegalStateException("TODO ch09.2: not a stub"))).isEmpty();
    }

    @Test
    void notYetIsOneLineWithTheTodosTitleAndDocAnchor() {
        Path manifest = Fixtures.answers(root).dir().resolve("todos.json");

        assertThat(DemoMain.notYet("ch09.2", manifest.toString()))
                .isEqualTo("not yet: TODO ch09.2 Double the answer, see docs/ch09-answers.md#ch092");
        assertThat(DemoMain.notYet("ch09.2", null)).isEqualTo("not yet: TODO ch09.2 is unfinished");
    }
}
