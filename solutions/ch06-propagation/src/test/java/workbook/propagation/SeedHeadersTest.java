package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.TraceContext;

class SeedHeadersTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "53995c3f42cd8ad8";
    private static final String PARENT_ID = "00f067aa0ba902b7";

    private final Propagator seed = Propagator.seedHeaders();

    @Test
    @Tag("ch06.5")
    @DisplayName("ch06.5 inject writes X-Trace-Id, X-Span-Id, X-Parent-Span-Id and X-Sampled")
    void injectWritesTheSeedHeaders() {
        TraceContext context = new TraceContext(TRACE_ID, SPAN_ID, PARENT_ID, true, Map.of());

        Headers headers = seed.inject(context, Headers.empty().with("Accept", "application/json"));

        assertThat(headers.values("x-trace-id")).as("X-Trace-Id in %s", headers).containsExactly(TRACE_ID);
        assertThat(headers.values("x-span-id")).as("X-Span-Id in %s", headers).containsExactly(SPAN_ID);
        assertThat(headers.values("x-parent-span-id")).as("X-Parent-Span-Id in %s", headers).containsExactly(PARENT_ID);
        assertThat(headers.values("x-sampled")).as("X-Sampled in %s", headers).containsExactly("1");
        assertThat(headers.values("accept")).as("other headers are kept").containsExactly("application/json");
    }

    @Test
    @Tag("ch06.5")
    @DisplayName("ch06.5 extract reads back what inject wrote, root or not, sampled or not")
    void extractReadsBackWhatInjectWrote() {
        TraceContext child = new TraceContext(TRACE_ID, SPAN_ID, PARENT_ID, true, Map.of());
        TraceContext unsampledRoot = new TraceContext(TRACE_ID, SPAN_ID, null, false, Map.of());

        assertThat(seed.extract(seed.inject(child, Headers.empty()))).contains(child);
        assertThat(seed.extract(seed.inject(unsampledRoot, Headers.empty()))).contains(unsampledRoot);
    }

    @Test
    @Tag("ch06.5")
    @DisplayName("ch06.5 an unsampled trace still sends its IDs, with X-Sampled: 0")
    void unsampledTraceIsStillPropagated() {
        Headers headers = seed.inject(new TraceContext(TRACE_ID, SPAN_ID, null, false, Map.of()), Headers.empty());

        assertThat(headers.values("X-Sampled")).as("X-Sampled in %s", headers).containsExactly("0");
        assertThat(headers.values("X-Parent-Span-Id")).as("a root has no X-Parent-Span-Id: %s", headers).isEmpty();
    }

    @Test
    @Tag("ch06.5")
    @DisplayName("ch06.5 missing, repeated or malformed headers carry no context")
    void malformedHeadersCarryNoContext() {
        Headers valid = Headers.empty().with("X-Trace-Id", TRACE_ID).with("X-Span-Id", SPAN_ID);

        assertThat(seed.extract(valid)).as("the two IDs alone: sampled, no parent")
                .contains(new TraceContext(TRACE_ID, SPAN_ID, null, true, Map.of()));
        assertThat(seed.extract(Headers.empty().with("X-Trace-Id", "trace_7994353").with("X-Span-Id", SPAN_ID)))
                .as("the seed's own ID format").isEmpty();
        assertThat(seed.extract(valid.with("X-Span-Id", SPAN_ID))).as("X-Span-Id twice").isEmpty();
        assertThat(seed.extract(valid.with("X-Sampled", "yes"))).as("X-Sampled: yes").isEmpty();
        assertThat(seed.extract(Headers.empty().with("X-Trace-Id", TRACE_ID))).as("no X-Span-Id").isEmpty();
    }
}
