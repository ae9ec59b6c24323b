package workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodoIdTest {

    @Test
    void parsesAndPrintsTheTextualForm() {
        TodoId id = TodoId.parse("ch01.3");

        assertThat(id).isEqualTo(new TodoId(1, 3));
        assertThat(id.toString()).isEqualTo("ch01.3");
        assertThat(id.chapterId()).isEqualTo("ch01");
        assertThat(id.anchor()).isEqualTo("ch013");
    }

    @Test
    void rejectsWhatIsNotAnIdWithTheExpectedFormat() {
        for (String bad : List.of("ch1.3", "ch01.", "ch01.0", "CH01.3", "ch01.3a", "")) {
            assertThat(TodoId.tryParse(bad)).as(bad).isEmpty();
        }
        assertThatThrownBy(() -> TodoId.parse("ch1.3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a TODO ID: 'ch1.3'; expected ch<two digits>.<number>, e.g. ch01.3");
    }

    @Test
    void findsTheFirstIdInAMessage() {
        assertThat(TodoId.findIn("TODO ch02.10: Wrap a service")).contains(new TodoId(2, 10));
        assertThat(TodoId.findIn("no TODO here, nor in xch02.1")).isEmpty();
    }

    @Test
    void ordersByChapterThenNumberNotAsText() {
        List<TodoId> ids = new ArrayList<>(List.of(TodoId.parse("ch01.10"), TodoId.parse("ch02.1"),
                TodoId.parse("ch01.2")));
        Collections.sort(ids);

        assertThat(ids).extracting(TodoId::toString).containsExactly("ch01.2", "ch01.10", "ch02.1");
    }
}
