package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.propagation.Headers;
import workbook.trace.TraceContext;

class FastW3cPropagatorTest {

    private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final FastW3cPropagator propagator = new FastW3cPropagator();

    private static Headers traceparent(String value) {
        return Headers.empty().with("traceparent", value);
    }

    @Test
    @Tag("ch09.2")
    @DisplayName("ch09.2 a valid traceparent gives the caller's context: its trace, its span, sampled")
    void validTraceparentGivesTheCallersContext() {
        assertThat(propagator.extract(traceparent(VALID))).contains(
                new TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null, true, Map.of()));
        assertThat(propagator.extract(traceparent(VALID.replace("-01", "-00"))).map(TraceContext::sampled))
                .as("flags 00").contains(false);
    }

    @Test
    @Tag("ch09.2")
    @DisplayName("ch09.2 spaces and tabs around the value, a future version's extra field and the header's case are fine")
    void toleratedVariations() {
        assertThat(propagator.extract(traceparent(" \t" + VALID + " "))).as("OWS").isPresent();
        assertThat(propagator.extract(traceparent("cc" + VALID.substring(2) + "-what-comes-next")))
                .as("version cc with more").isPresent();
        assertThat(propagator.extract(Headers.empty().with("TraceParent", VALID))).as("TraceParent").isPresent();
    }

    @Test
    @Tag("ch09.2")
    @DisplayName("ch09.2 a missing, repeated or invalid traceparent gives no context")
    void invalidTraceparentsGiveNothing() {
        assertThat(propagator.extract(Headers.empty())).as("no header").isEmpty();
        assertThat(propagator.extract(traceparent(VALID).with("traceparent", VALID))).as("two headers").isEmpty();
        for (String bad : new String[] {"ff" + VALID.substring(2), VALID + "-", VALID.toUpperCase(),
                VALID.replace("4bf92f3577b34da6a3ce929d0e0e4736", "0".repeat(32)),
                VALID.replace("00f067aa0ba902b7", "0".repeat(16)), VALID.substring(0, 54), VALID.replace("-01", "-0x"),
                VALID.replace('-', '_')}) {
            assertThat(propagator.extract(traceparent(bad))).as("traceparent: %s", bad).isEmpty();
        }
    }
}
