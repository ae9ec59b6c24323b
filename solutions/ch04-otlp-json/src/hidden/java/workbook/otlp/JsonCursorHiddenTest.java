package workbook.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The provided {@link JsonCursor} and {@link TimeMapping} factories read what protobuf's own
 * JSON parser reads, and refuse the rest with the path. No TODO tag: the skeleton has this
 * code already.
 */
class JsonCursorHiddenTest {

    private static JsonCursor value(String json) {
        return Json.cursor("{\"v\": " + json + "}").field("v");
    }

    @Test
    @DisplayName("provided code: 64-bit integers as JSON integers or strings protobuf reads as whole numbers")
    void integers() {
        assertThat(value("\"200\"").int64()).isEqualTo(200L);
        assertThat(value("200").int64()).isEqualTo(200L);
        assertThat(value("\"2e2\"").int64()).isEqualTo(200L);
        assertThat(value("\"-9223372036854775808\"").int64()).isEqualTo(Long.MIN_VALUE);
        assertThat(value("2.0").int64()).isEqualTo(2L);
        assertThatThrownBy(() -> value("\"1.5\"").int64()).hasMessage("$.v: expected a whole number, got a string \"1.5\"");
        assertThatThrownBy(() -> value("\"1e400\"").int64()).hasMessageStartingWith("$.v: ")
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> value("\"" + "9".repeat(41) + "\"").int64()).hasMessageStartingWith("$.v: expected a 64-bit integer as a decimal string");
        assertThatThrownBy(() -> value("\"x\"").int64()).hasMessage("$.v: expected a 64-bit integer as a decimal string, got a string \"x\"");
        assertThatThrownBy(() -> value("\" 1\"").int64()).hasMessageStartingWith("$.v: expected a 64-bit integer");
        assertThatThrownBy(() -> value("true").int64()).hasMessageStartingWith("$.v: expected a 64-bit integer");
        assertThat(value("\"7\"").int32()).isEqualTo(7);
        assertThatThrownBy(() -> value("\"2147483648\"").int32()).hasMessage("$.v: expected a 32-bit integer, got 2147483648");
    }

    @Test
    @DisplayName("provided code: OTLP times are unsigned; past 2262 they do not fit and are refused by name")
    void times() {
        assertThat(value("\"0\"").fixed64()).isZero();
        assertThat(value("\"9223372036854775807\"").fixed64()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> value("\"9223372036854775808\"").fixed64()).hasMessageStartingWith("$.v: times after 2262");
        assertThatThrownBy(() -> value("\"18446744073709551616\"").fixed64())
                .hasMessageContaining("unsigned 64-bit integer (fixed64)");
        assertThatThrownBy(() -> value("\"-1\"").fixed64()).hasMessageContaining("unsigned 64-bit integer (fixed64)");
        assertThat(value("\"18446744073709551615\"")).satisfies(max -> assertThatThrownBy(max::fixed64)
                .hasMessageContaining("2262"));
    }

    @Test
    @DisplayName("provided code: doubles and booleans as protobuf writes and reads them; enum names are text")
    void doublesBooleansAndNames() {
        assertThat(value("\"1.5\"").float64()).isEqualTo(1.5);
        assertThat(value("\"-2e3\"").float64()).isEqualTo(-2000.0);
        assertThat(value("\"-Infinity\"").float64()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(value("\"Infinity\"").float64()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(value("\"NaN\"").float64()).isNaN();
        assertThatThrownBy(() -> value("\"1.5x\"").float64()).hasMessage("$.v: expected a number, got a string \"1.5x\"");
        assertThat(value("\"true\"").bool()).isTrue();
        assertThat(value("\"false\"").bool()).isFalse();
        assertThat(value("false").bool()).isFalse();
        assertThatThrownBy(() -> value("\"TRUE\"").bool()).hasMessageStartingWith("$.v: expected true or false");
        assertThat(value("\"SPAN_KIND_SERVER\"").textIfNotNumber()).contains("SPAN_KIND_SERVER");
        assertThat(value("\"2\"").textIfNotNumber()).isEmpty();
        assertThat(value("2").textIfNotNumber()).isEmpty();
    }

    @Test
    @DisplayName("provided code: a field may be named as the .proto file spells it; the lowerCamelCase name wins")
    void protoFieldNames() {
        JsonCursor span = Json.cursor("{\"start_time_unix_nano\": \"5\", \"traceId\": \"a\", \"trace_id\": \"b\"}");

        assertThat(span.field("startTimeUnixNano").path()).isEqualTo("$.start_time_unix_nano");
        assertThat(span.has("startTimeUnixNano")).isTrue();
        assertThat(span.field("traceId").text()).isEqualTo("a");
        assertThat(span.has("endTimeUnixNano")).isFalse();
        assertThatThrownBy(() -> span.field("endTimeUnixNano")).hasMessage("$.endTimeUnixNano: missing required field");
    }

    @Test
    @DisplayName("provided code: an epoch before 1970 or after 2262 is refused with the reason")
    void epochRange() {
        assertThatThrownBy(() -> TimeMapping.startingAt(Instant.parse("1960-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1970-01-01T00:00:00Z or later")
                .hasMessageContaining("1960-01-01T00:00:00Z");
        assertThatThrownBy(() -> new TimeMapping(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 ns");
        assertThatThrownBy(() -> TimeMapping.startingAt(Instant.parse("2262-04-11T23:47:16.854775808Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2262-04-11T23:47:16.854775807Z");
        assertThat(TimeMapping.startingAt(Instant.parse("2262-04-11T23:47:16.854775807Z")).epochUnixNano())
                .isEqualTo(Long.MAX_VALUE);
        assertThat(TimeMapping.startingAt(Instant.EPOCH).epochUnixNano()).isZero();
        assertThat(new TimeMapping(0).epoch()).isEqualTo(TimeMapping.EARLIEST);
    }
}
