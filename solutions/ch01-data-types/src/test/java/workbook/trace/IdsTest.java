package workbook.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @Test
    @Tag("ch01.1")
    @DisplayName("ch01.1 a W3C example trace ID and span ID are valid")
    void w3cExampleIdsAreValid() {
        assertThat(TraceId.isValid("4bf92f3577b34da6a3ce929d0e0e4736"))
                .as("TraceId.isValid(\"4bf92f3577b34da6a3ce929d0e0e4736\")").isTrue();
        assertThat(SpanId.isValid("00f067aa0ba902b7"))
                .as("SpanId.isValid(\"00f067aa0ba902b7\")").isTrue();
    }

    @ParameterizedTest(name = "ch01.1 trace ID \"{0}\" is invalid")
    @Tag("ch01.1")
    @ValueSource(strings = {
        "",                                    // empty
        "4bf92f3577b34da6a3ce929d0e0e473",     // 31 characters
        "4bf92f3577b34da6a3ce929d0e0e47366",   // 33 characters
        "4BF92F3577B34DA6A3CE929D0E0E4736",    // uppercase
        "4bf92f3577b34da6a3ce929d0e0e473g",    // not hex
        "00000000000000000000000000000000",    // all zeros
        "trace_7994353"                        // the seed's format
    })
    void malformedTraceIdsAreInvalid(String id) {
        assertThat(TraceId.isValid(id)).as("TraceId.isValid(\"%s\")", id).isFalse();
    }

    @Test
    @Tag("ch01.1")
    @DisplayName("ch01.1 null, all-zero and uppercase span IDs are invalid")
    void malformedSpanIdsAreInvalid() {
        assertThat(SpanId.isValid(null)).as("SpanId.isValid(null)").isFalse();
        assertThat(SpanId.isValid(SpanId.INVALID)).as("SpanId.isValid(all zeros)").isFalse();
        assertThat(SpanId.isValid("00F067AA0BA902B7")).as("SpanId.isValid(uppercase)").isFalse();
    }

    @Test
    @Tag("ch01.2")
    @DisplayName("ch01.2 hex keeps leading zeros and writes lowercase")
    void hexKeepsLeadingZeros() {
        assertThat(RandomIdGenerator.hex(1L)).isEqualTo("0000000000000001");
        assertThat(RandomIdGenerator.hex(0xABCL)).isEqualTo("0000000000000abc");
        assertThat(RandomIdGenerator.hex(-1L)).isEqualTo("ffffffffffffffff");
    }

    @Test
    @Tag("ch01.2")
    @DisplayName("ch01.2 generated IDs have the OTLP/W3C shape and repeat for the same seed")
    void generatedIdsHaveTheStandardShapeAndAreReproducible() {
        IdGenerator first = IdGenerator.random(new SplittableRandom(42));
        IdGenerator second = IdGenerator.random(new SplittableRandom(42));

        String traceId = first.newTraceId();
        String spanId = first.newSpanId();

        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(spanId).matches("[0-9a-f]{16}");
        assertThat(second.newTraceId()).as("same seed, same first trace ID").isEqualTo(traceId);
    }
}
