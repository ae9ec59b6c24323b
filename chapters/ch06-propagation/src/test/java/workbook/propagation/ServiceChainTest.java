package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.testkit.SpanTreeDiff;
import workbook.testkit.SpanTreeDiff.Node;
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
        for (Map.Entry<String, List<SpanData>> trace : traces.entrySet()) {
            SpanTreeDiff.assertSameTree("ch06.6 trace " + trace.getKey(),
                    List.of(Node.chain("ServiceA.handle", "ServiceB.handle", "Database.handle")),
                    SpanTreeDiff.of(trace.getValue(), SpanData::spanId, SpanData::parentSpanId, SpanData::operationName));
        }
    }
}
