package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceparentTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_ID = "00f067aa0ba902b7";

    @Test
    @Tag("ch06.1")
    @DisplayName("ch06.1 the spec's example is read into its trace ID, parent ID and flags")
    void specExampleIsRead() {
        Optional<Traceparent> parsed = Traceparent.parse("00-" + TRACE_ID + "-" + PARENT_ID + "-01");

        assertThat(parsed).as("Traceparent.parse of the W3C example")
                .contains(new Traceparent(TRACE_ID, PARENT_ID, new TraceFlags(true, false)));
    }

    @ParameterizedTest(name = "ch06.1 \"{0}\" is ignored (a new trace starts)")
    @Tag("ch06.1")
    @ValueSource(strings = {
        "",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",        // no flags
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01.",    // version 00 is exactly 55 long
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x",   // even with a dash
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",     // version ff is forbidden
        "0-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",      // version too short
        "000-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",    // version too long
        ".0-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",     // version not hex
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",     // uppercase
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",     // all-zero trace ID
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",     // all-zero parent ID
        "00-4bf92f3577b34da6a3ce929d0e0e473-600f067aa0ba902b7-01",     // dash in the wrong place
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g",     // flags not hex
        " 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"     // whitespace is HTTP's to remove
    })
    void malformedHeadersAreIgnored(String header) {
        assertThat(Traceparent.parse(header)).as("Traceparent.parse(\"%s\")", header).isEmpty();
    }

    @Test
    @Tag("ch06.1")
    @DisplayName("ch06.1 a higher version is read with the 00 layout, and may go on only after a dash")
    void higherVersionIsReadWithTheVersion00Layout() {
        String fields = "-" + TRACE_ID + "-" + PARENT_ID + "-01";

        assertThat(Traceparent.parse("cc" + fields)).as("version cc, 55 characters").isPresent();
        assertThat(Traceparent.parse("cc" + fields + "-what-the-future-will-be-like"))
                .as("version cc with more fields after a dash")
                .contains(new Traceparent(TRACE_ID, PARENT_ID, new TraceFlags(true, false)));
        assertThat(Traceparent.parse("cc" + fields + ".what-the-future-will-be-like"))
                .as("version cc with more after something other than a dash").isEmpty();
    }

    @Test
    @Tag("ch06.1")
    @DisplayName("ch06.1 flags are a bit field: 09 is sampled, ff is sampled and random")
    void flagsAreReadAsBits() {
        String prefix = "00-" + TRACE_ID + "-" + PARENT_ID + "-";

        assertThat(Traceparent.parse(prefix + "09").map(Traceparent::flags)).as("flags 09")
                .contains(new TraceFlags(true, false));
        assertThat(Traceparent.parse(prefix + "ff").map(Traceparent::flags)).as("flags ff")
                .contains(new TraceFlags(true, true));
        assertThat(Traceparent.parse(prefix + "02").map(Traceparent::flags)).as("flags 02")
                .contains(new TraceFlags(false, true));
    }

    @Test
    @Tag("ch06.1")
    @DisplayName("ch06.1 exactly one valid traceparent field is read; two fields carry no context")
    void exactlyOneTraceparentFieldIsRead() {
        String header = "00-" + TRACE_ID + "-" + PARENT_ID + "-01";

        assertThat(W3cPropagator.read(Headers.empty().with("TraceParent", " " + header + "\t")))
                .as("one field, any case, optional whitespace around it").isPresent();
        assertThat(W3cPropagator.read(Headers.empty().with("traceparent", header).with("traceparent", header)))
                .as("two traceparent fields").isEmpty();
    }

    @Test
    @Tag("ch06.2")
    @DisplayName("ch06.2 version 00 is written, with the flags as two lowercase hex digits")
    void version00IsWritten() {
        assertThat(new Traceparent(TRACE_ID, PARENT_ID, new TraceFlags(true, true)).toHeader())
                .isEqualTo("00-" + TRACE_ID + "-" + PARENT_ID + "-03");
        assertThat(new Traceparent(TRACE_ID, PARENT_ID, new TraceFlags(false, false)).toHeader())
                .isEqualTo("00-" + TRACE_ID + "-" + PARENT_ID + "-00");
    }

    @Test
    @Tag("ch06.2")
    @DisplayName("ch06.2 reserved flag bits are written as zero")
    void reservedFlagBitsAreWrittenAsZero() {
        assertThat(TraceFlags.fromByte(0xff).toHex()).as("flags read as ff, written back").isEqualTo("03");
        assertThat(TraceFlags.fromByte(0x09).toHex()).as("flags read as 09, written back").isEqualTo("01");
    }
}
