package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workbook.trace.TraceContext;

/** Hidden examples: every traceparent the official W3C test suite sends, and the corners around them. */
class TraceparentHiddenTest {

    private static final String IDS = "12345678901234567890123456789012-1234567890123456";

    @ParameterizedTest(name = "ch06.1 W3C suite header \"{0}\" is valid: {1}")
    @Tag("ch06.1")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "00-" + IDS + "-01                              | true",
        "00-" + IDS + "-01.                             | false",
        "00-" + IDS + "-01-what-the-future-will-be-like | false",
        "cc-" + IDS + "-01                              | true",
        "cc-" + IDS + "-01-what-the-future-will-be-like | true",
        "cc-" + IDS + "-01.what-the-future-will-be-like | false",
        "ff-" + IDS + "-01                              | false",
        ".0-" + IDS + "-01                              | false",
        "0.-" + IDS + "-01                              | false",
        "000-" + IDS + "-01                             | false",
        "0000-" + IDS + "-01                            | false",
        "0-" + IDS + "-01                               | false",
        "00-00000000000000000000000000000000-1234567890123456-01 | false",
        "00-.2345678901234567890123456789012-1234567890123456-01 | false",
        "00-1234567890123456789012345678901.-1234567890123456-01 | false",
        "00-123456789012345678901234567890123-1234567890123456-01 | false",
        "00-1234567890123456789012345678901-1234567890123456-01 | false",
        "00-12345678901234567890123456789012-0000000000000000-01 | false",
        "00-12345678901234567890123456789012-.234567890123456-01 | false",
        "00-12345678901234567890123456789012-123456789012345.-01 | false",
        "00-12345678901234567890123456789012-12345678901234567-01 | false",
        "00-12345678901234567890123456789012-123456789012345-01 | false",
        "00-" + IDS + "-.0                              | false",
        "00-" + IDS + "-0.                              | false",
        "00-" + IDS + "-001                             | false",
        "00-" + IDS + "-1                               | false",
        "cc-" + IDS + "                                 | false",
        "cc-" + IDS + "-1                               | false",
        "00_" + IDS + "-01                              | false",
        "00-12345678901234567890123456789012_1234567890123456-01 | false",
        "00-" + IDS + "_01                              | false"
    })
    void theW3cSuitesHeaders(String header, boolean valid) {
        assertThat(Traceparent.parse(header).isPresent()).as("Traceparent.parse(\"%s\") is valid", header)
                .isEqualTo(valid);
    }

    @Test
    // Provided code, not a TODO: checked here, but worth no points.
    @DisplayName("provided code: lowercase hex: empty is not hex")
    void lowercaseHex() {
        assertThat(Hex.isLowercase("")).isFalse();
        assertThat(Hex.isLowercase("09af")).isTrue();
        assertThat(Hex.isLowercase("0A")).isFalse();
    }

    @Test
    @Tag("ch06.1")
    @DisplayName("ch06.1 null reads as no header; every field keeps its value")
    void nullAndFields() {
        assertThat(Traceparent.parse(null)).isEmpty();
        Traceparent parsed = Traceparent.parse("fe-" + IDS + "-02-more").orElseThrow();
        assertThat(parsed.traceId()).isEqualTo("12345678901234567890123456789012");
        assertThat(parsed.parentId()).isEqualTo("1234567890123456");
        assertThat(parsed.flags()).isEqualTo(new TraceFlags(false, true));
        assertThat(parsed.toHeader()).as("written back as version 00").isEqualTo("00-" + IDS + "-02");
    }

    @Test
    @Tag("ch06.1")
    @DisplayName("ch06.1 the W3C propagator trims whitespace, ignores two fields, keeps traceparent when tracestate is bad")
    void w3cPropagatorRules() {
        String header = "00-" + IDS + "-01";
        assertThat(W3cPropagator.read(Headers.empty().with("traceparent", "\t " + header + " \t"))).isPresent();
        assertThat(W3cPropagator.read(Headers.empty().with("traceparent", header).with("TRACEPARENT", header)))
                .isEmpty();
        assertThat(W3cPropagator.read(Headers.empty().with("trace-parent", header))).isEmpty();

        W3cContext read = W3cPropagator.read(Headers.empty().with("traceparent", header)
                .with("tracestate", "foo=1").with("tracestate", "FOO=2")).orElseThrow();
        assertThat(read.traceState().isEmpty()).as("an invalid tracestate is dropped whole").isTrue();
        assertThat(read.context()).isEqualTo(new TraceContext("12345678901234567890123456789012", "1234567890123456",
                null, true, Map.of()));
        assertThat(read.randomTraceId()).isFalse();
    }

    @Test
    @Tag("ch06.2")
    @DisplayName("ch06.2 every flag byte is written with its two known bits only")
    void everyFlagByte() {
        for (int flags = 0; flags <= 0xff; flags++) {
            assertThat(TraceFlags.fromByte(flags).toHex()).as("flags %02x", flags)
                    .isEqualTo(String.format("%02x", flags & 0x03));
        }
        assertThatThrownBy(() -> TraceFlags.fromByte(256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("256");
        assertThatThrownBy(() -> TraceFlags.fromByte(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Tag("ch06.2")
    @DisplayName("ch06.2 the W3C propagator writes one traceparent and a tracestate only when there is one")
    void w3cPropagatorWrites() {
        TraceContext context = new TraceContext("12345678901234567890123456789012", "1234567890123456",
                "00f067aa0ba902b7", false, Map.of());
        Headers old = Headers.empty().with("traceparent", "stale").with("tracestate", "old=1").with("Accept", "*/*");

        Headers written = Propagator.w3c().inject(context, old);

        assertThat(written.values("traceparent")).containsExactly("00-" + IDS + "-02");
        assertThat(written.values("tracestate")).as("an empty tracestate is not sent").isEmpty();
        assertThat(written.values("accept")).containsExactly("*/*");
        assertThat(Propagator.w3c().extract(written)).as("the parent is not on the wire")
                .contains(new TraceContext("12345678901234567890123456789012", "1234567890123456", null, false,
                        Map.of()));
        W3cContext withState = new W3cContext(context, false, TraceState.empty().with("congo", "t61rcWkgMzE"));
        assertThat(W3cPropagator.write(withState, old).values("tracestate")).containsExactly("congo=t61rcWkgMzE");
        assertThat(Propagator.w3c()).hasToString("W3C Trace Context");
    }

    @Test
    // Provided code, not a TODO: checked here, but worth no points.
    @DisplayName("provided code: a Traceparent holds only valid IDs")
    void constructorValidates() {
        assertThatThrownBy(() -> new Traceparent("trace_7994353", "1234567890123456", new TraceFlags(true, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("traceId").hasMessageContaining("trace_7994353");
        assertThatThrownBy(() -> new Traceparent("12345678901234567890123456789012", "0000000000000000",
                new TraceFlags(true, false))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parentId");
        assertThatThrownBy(() -> new Traceparent("12345678901234567890123456789012", null, new TraceFlags(true, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> new Traceparent("12345678901234567890123456789012", "1234567890123456", null))
                .isInstanceOf(NullPointerException.class);
    }
}
