package workbook.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TraceTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static SpanData span(String spanId, String parentId, String operation, double start, double end) {
        return new SpanData(TRACE, spanId, parentId, operation, "OrderService", SpanKind.INTERNAL,
                start, end, Map.of(), List.of());
    }

    private final SpanData client = span("00000000000000a1", null, "Client.make_request", 1.5, 1.9);
    private final SpanData handle = span("00000000000000b2", "00000000000000a1", "handle_request", 1.6, 1.85);
    private final SpanData process = span("00000000000000c3", "00000000000000b2", "process_data", 1.7, 1.8);

    @Test
    @Tag("ch01.7")
    @DisplayName("ch01.7 start and end cover all spans, children arriving first")
    void startAndEndCoverAllSpans() {
        Trace trace = new Trace(TRACE);

        trace.add(process);
        trace.add(handle);
        trace.add(client);

        assertThat(trace.spans()).containsExactly(process, handle, client);
        assertThat(trace.startTime()).hasValue(1.5);
        assertThat(trace.endTime()).hasValue(1.9);
    }

    @Test
    @Tag("ch01.7")
    @DisplayName("ch01.7 a span of another trace is rejected")
    void spanOfAnotherTraceIsRejected() {
        Trace trace = new Trace("0af7651916cd43dd8448eb211c80319c");

        assertThatThrownBy(() -> trace.add(client))
                .as("ch01.7 add must reject a span of another trace with IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TRACE);
        assertThat(trace.spans()).isEmpty();
    }

    @Test
    @Tag("ch01.7")
    @DisplayName("ch01.7 the same span twice is rejected")
    void duplicateSpanIsRejected() {
        Trace trace = new Trace(TRACE);
        trace.add(client);

        assertThatThrownBy(() -> trace.add(client))
                .as("ch01.7 add must reject a span ID already in the trace with IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("00000000000000a1");
        assertThat(trace.spanCount()).isEqualTo(1);
    }

    @Test
    @Tag("ch01.8")
    @DisplayName("ch01.8 a trace that starts at time 0.0 has a duration (the seed's bug)")
    void traceStartingAtZeroHasADuration() {
        Trace trace = new Trace(TRACE);

        trace.add(span("00000000000000d4", null, "startup", 0.0, 0.25));

        assertThat(trace.duration()).hasValue(0.25);
    }

    @Test
    @Tag("ch01.8")
    @DisplayName("ch01.8 the duration runs from the first start to the last end; none without spans")
    void durationRunsFromFirstStartToLastEnd() {
        Trace trace = new Trace(TRACE);
        assertThat(trace.duration()).as("no spans yet").isEmpty();

        trace.add(handle);
        trace.add(client);

        assertThat(trace.duration().getAsDouble()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    @Tag("ch01.8")
    @DisplayName("ch01.8 the root is the span without a parent, whenever it arrives")
    void rootIsTheSpanWithoutParent() {
        Trace trace = new Trace(TRACE);
        trace.add(process);
        assertThat(trace.root()).as("before the root arrives").isEmpty();

        trace.add(client);
        trace.add(handle);

        assertThat(trace.root()).contains(client);
    }
}
