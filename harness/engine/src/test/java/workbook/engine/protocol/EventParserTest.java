package workbook.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventParserTest {

    private static final String NONCE = "0123456789abcdef0123456789abcdef";
    private final EventParser parser = new EventParser(NONCE);

    @Test
    void formattedEventParsesBackEqual() {
        RunnerEvent event = new RunnerEvent(EventType.END, 3, "ch01", "[engine:x]/[method:y()]", "ch01.1 y",
                List.of("ch01.1"), TestStatus.FAILED, "expected 1 but was 2", "printed", "Span.java:87", true);

        assertThat(parser.parse(parser.format(event))).contains(event);
    }

    @Test
    void lineWithoutTheNonceIsNotAnEvent() {
        String forged = "{\"type\":\"END\",\"request\":1,\"test\":\"t\",\"status\":\"PASSED\"}";

        assertThat(parser.parse(forged)).isEmpty();
        assertThat(parser.parse("ffffffffffffffffffffffffffffffff " + forged)).isEmpty();
        assertThat(parser.parse("learner output " + NONCE + " " + forged)).isEmpty();
    }

    @Test
    void brokenOrTypelessJsonIsNotAnEvent() {
        assertThat(parser.parse(NONCE + " {\"type\":\"END\"")).isEmpty();
        assertThat(parser.parse(NONCE + " {\"request\":1}")).isEmpty();
        assertThat(parser.parse(NONCE + " {\"type\":\"EXPLODE\"}")).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnoredAndBlanksAroundAreAllowed() {
        assertThat(parser.parse("  " + NONCE + " {\"type\":\"DONE\",\"request\":7,\"extra\":1}  "))
                .hasValueSatisfying(event -> {
                    assertThat(event.type()).isEqualTo(EventType.DONE);
                    assertThat(event.request()).isEqualTo(7);
                    assertThat(event.tags()).isEmpty();
                });
    }

    @Test
    void aShortNonceIsRefused() {
        assertThatThrownBy(() -> new EventParser("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16");
    }
}
