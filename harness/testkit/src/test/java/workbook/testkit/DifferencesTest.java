package workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferencesTest {

    @Test
    void equalValuesPass() {
        assertThatCode(() -> Differences.assertSameText("x", List.of(1, 2), "[1, 2]")).doesNotThrowAnyException();
        assertThatCode(() -> Differences.assertEqual("x", List.of(1), List.of(1))).doesNotThrowAnyException();
    }

    @Test
    void aLongDifferenceShowsBothSidesAroundItsFirstCharacter() {
        String expected = "a".repeat(5_000) + "EXPECTED" + "b".repeat(5_000);
        String actual = "a".repeat(5_000) + "ACTUAL" + "b".repeat(5_000);

        Throwable failure = catchThrowable(() -> Differences.assertSameText("the export", expected, actual));

        assertThat(failure).isInstanceOf(AssertionError.class);
        String message = failure.getMessage();
        assertThat(message).startsWith("the export: different from the reference's, at character 5000 (line 1, "
                + "10008 characters expected, 10006 actual):\n");
        assertThat(message).contains("expected: …" + "a".repeat(Differences.CONTEXT) + "EXPECTED")
                .contains("actual:   …" + "a".repeat(Differences.CONTEXT) + "ACTUAL");
        assertThat(message.length()).isLessThan(1_200);
    }

    @Test
    void aShorterActualAndEqualPrintsAreExplained() {
        assertThat(catchThrowable(() -> Differences.assertSameText("t", "line1\nline2", "line1\n")))
                .hasMessageContaining("at character 6 (line 2,").hasMessageContaining("actual:   line1\n");
        assertThat(catchThrowable(() -> Differences.assertSameText("t", "", "x"))).hasMessageContaining("expected: (empty)");
        assertThat(catchThrowable(() -> Differences.assertEqual("t", 1L, 1))).hasMessageContaining("although both print as:\n1");
    }
}
