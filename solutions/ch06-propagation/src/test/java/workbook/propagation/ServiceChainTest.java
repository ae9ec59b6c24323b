package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.SpanData;

class ServiceChainTest {

    @Test
    @Tag("ch06.6")
    @DisplayName("ch06.6 the span of the service that starts a trace is its root, not an orphan")
    void startingServiceRecordsTheRoot() {
        Map<String, List<SpanData>> traces = ChainRun.byTrace(ChainRun.spans(1, 1, 1.0, new PlainPropagator()));

        assertThat(traces).as("traces recorded for one sampled request").hasSize(1);
        List<SpanData> trace = traces.values().iterator().next();
        SpanData first = trace.get(0);
        assertThat(first.operationName()).as("the first span").isEqualTo("ServiceA.handle");
        assertThat(first.parentSpanId())
                .as("ch06.6: [span 1] ServiceA.handle starts the trace, so it must have no parent:%s",
                        ChainRun.describe(trace))
                .isNull();
    }

    @Test
    @Tag("ch06.6")
    @DisplayName("ch06.6 exercise 2: every trace is ServiceA -> ServiceB -> Database, three levels")
    void everyTraceHasThreeLevels() {
        Map<String, List<SpanData>> traces = ChainRun.byTrace(ChainRun.spans(7, 3, 1.0, new PlainPropagator()));

        assertThat(traces).as("one trace per request").hasSize(3);
        for (List<SpanData> trace : traces.values()) {
            assertThat(trace).extracting(SpanData::operationName).as("spans of a trace, in start order")
                    .containsExactly("ServiceA.handle", "ServiceB.handle", "Database.handle");
            String[] expectedParents = {null, "ServiceA.handle", "ServiceB.handle"};
            for (int i = 0; i < trace.size(); i++) {
                SpanData span = trace.get(i);
                String parent = span.isRoot() ? null : ChainRun.operationOf(trace, span.parentSpanId());
                assertThat(parent)
                        .as("ch06.6: [span %d] expected parent %s but was %s:%s", i + 1,
                                expectedParents[i] == null ? "none (root)" : expectedParents[i],
                                span.isRoot() ? "none" : span.parentSpanId() + " (" + parent + ")",
                                ChainRun.describe(trace))
                        .isEqualTo(expectedParents[i]);
            }
        }
    }
}
