package workbook.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

    @Test
    @Tag("ch04.3")
    @DisplayName("ch04.3 a failed span is ERROR (2) with its error message")
    void failedSpanIsError() {
        Otlp.Status status = StatusRule.of(Map.of("error", true, "error.message", "payment declined"));

        assertThat(status).isEqualTo(new Otlp.Status(2, "payment declined"));
    }

    @Test
    @Tag("ch04.3")
    @DisplayName("ch04.3 success=true is OK (1) without a message; no tags is UNSET (0)")
    void successIsOkAndNothingIsUnset() {
        assertThat(StatusRule.of(Map.of("success", true))).isEqualTo(new Otlp.Status(1, null));
        assertThat(StatusRule.of(Map.of())).isEqualTo(new Otlp.Status(0, null));
    }

    @Test
    @Tag("ch04.3")
    @DisplayName("ch04.3 an error wins over success, and has a message even without error.message")
    void errorWinsOverSuccess() {
        assertThat(StatusRule.of(Map.of("success", true, "error", true))).isEqualTo(new Otlp.Status(2, "error"));
    }
}
