package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.IdGenerator;
import workbook.trace.TraceContext;

class TraceParticipantTest {

    private static final Traceparent RECEIVED = new Traceparent("4bf92f3577b34da6a3ce929d0e0e4736",
            "00f067aa0ba902b7", new TraceFlags(true, false));

    private final TraceParticipant participant =
            new TraceParticipant(IdGenerator.random(new SplittableRandom(6)), traceId -> false);

    private static W3cContext incoming(String traceState) {
        return W3cContext.remote(RECEIVED, TraceState.parse(traceState).orElseThrow());
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 a valid incoming trace is continued: same trace and flags, a child of the caller's span")
    void incomingTraceIsContinued() {
        W3cContext server = participant.serverContext(Optional.of(incoming("congo=t61rcWkgMzE")));
        TraceContext context = server.context();

        assertThat(context.traceId()).as("trace ID").isEqualTo(RECEIVED.traceId());
        assertThat(context.parentSpanId()).as("the server span's parent: the caller's span").isEqualTo(RECEIVED.parentId());
        assertThat(context.spanId()).as("the server span's own ID").isNotEqualTo(RECEIVED.parentId());
        assertThat(context.sampled()).as("sampled, as received").isTrue();
        assertThat(server.randomTraceId()).as("random-trace-id, as received").isFalse();
        assertThat(server.traceState().toHeader()).as("tracestate, as received").isEqualTo("congo=t61rcWkgMzE");
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 without a valid traceparent a new trace starts: a root, the sampler's decision, random IDs")
    void missingTraceStartsANewOne() {
        W3cContext server = participant.serverContext(Optional.empty());

        assertThat(server.context().parentSpanId()).as("parent of the new trace's first span").isNull();
        assertThat(server.context().sampled()).as("the sampler said no").isFalse();
        assertThat(server.randomTraceId()).as("the workbook's IDs are random: random-trace-id flag").isTrue();
        assertThat(server.traceState().isEmpty()).as("a new trace starts with an empty tracestate").isTrue();
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 each call is a new child of the server span, with workbook=<its ID> on the left of tracestate")
    void eachCallIsANewClientSpan() {
        W3cContext server = participant.serverContext(Optional.of(incoming("congo=t61rcWkgMzE")));

        W3cContext first = participant.clientContext(server);
        W3cContext second = participant.clientContext(server);

        for (W3cContext call : new W3cContext[] {first, second}) {
            assertThat(call.context().traceId()).as("a call's trace").isEqualTo(RECEIVED.traceId());
            assertThat(call.context().parentSpanId()).as("a call's parent: the server span")
                    .isEqualTo(server.context().spanId());
            assertThat(call.traceparent().flags()).as("a call's flags").isEqualTo(RECEIVED.flags());
            assertThat(call.traceState().toHeader()).as("a call's tracestate")
                    .isEqualTo("workbook=" + call.context().spanId() + ",congo=t61rcWkgMzE");
        }
        assertThat(first.context().spanId()).as("each call sends its own parent-id")
                .isNotEqualTo(second.context().spanId())
                .isNotEqualTo(server.context().spanId());
    }
}
