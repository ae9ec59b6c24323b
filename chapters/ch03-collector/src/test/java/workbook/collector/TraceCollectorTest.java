package workbook.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.collector.CollectorRun.at;
import static workbook.collector.TestSpans.TRACE_A;
import static workbook.collector.TestSpans.TRACE_B;
import static workbook.collector.TestSpans.seedRequest;
import static workbook.collector.TestSpans.span;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.collector.CollectorRun.Arrival;
import workbook.trace.SpanData;
import workbook.trace.Trace;

class TraceCollectorTest {

    @Test
    @Tag("ch03.1")
    @DisplayName("ch03.1 the spans of one request are gathered into one active trace")
    void spansOfOneRequestFormOneTrace() {
        TraceCollector collector = CollectorRun.run(1.0, at(1.0, seedRequest(TRACE_A, 1.0)), 1.5);

        assertThat(collector.spansReceived()).as("spans received").isEqualTo(3);
        assertThat(collector.activeTraces()).as("active traces: %s", CollectorRun.describe(collector)).hasSize(1);
        Trace trace = collector.activeTraces().get(0);
        assertThat(trace.traceId()).isEqualTo(TRACE_A);
        assertThat(trace.spans()).extracting(SpanData::operationName)
                .containsExactly("process_data", "handle_request", "make_request");
    }

    @Test
    @Tag("ch03.1")
    @DisplayName("ch03.1 interleaved spans of two requests are kept apart by trace ID")
    void interleavedTracesAreKeptApart() {
        List<SpanData> a = seedRequest(TRACE_A, 1.0);
        List<SpanData> b = seedRequest(TRACE_B, 1.0);
        List<Arrival> arrivals = at(1.0, List.of(a.get(0), b.get(0), a.get(1), b.get(1), b.get(2), a.get(2)));

        TraceCollector collector = CollectorRun.run(1.0, arrivals, 1.5);

        assertThat(collector.activeTraces()).as("active traces: %s", CollectorRun.describe(collector))
                .extracting(Trace::traceId).containsExactly(TRACE_A, TRACE_B);
        assertThat(collector.activeTraces()).allSatisfy(trace -> assertThat(trace.spanCount()).isEqualTo(3));
    }

    @Test
    @Tag("ch03.1")
    @DisplayName("ch03.1 a span received twice is reported as a duplicate, not added twice")
    void duplicateSpanIsReported() {
        SpanData root = span(TRACE_A, "a1", null, "make_request", 1.0, 1.4);

        TraceCollector collector = CollectorRun.run(1.0, at(1.0, List.of(root, root)), 1.5);

        assertThat(collector.spansReceived()).isEqualTo(2);
        assertThat(collector.duplicateSpans()).as("duplicates: %s", CollectorRun.describe(collector))
                .containsExactly(root);
        assertThat(collector.activeTraces().get(0).spanCount()).isEqualTo(1);
    }

    @Test
    @Tag("ch03.2")
    @DisplayName("ch03.2 a trace completes once its root has arrived and a quiet period has passed")
    void traceCompletesAfterTheQuietPeriod() {
        List<Arrival> arrivals = at(1.0, seedRequest(TRACE_A, 1.0));

        TraceCollector during = CollectorRun.run(1.0, arrivals, 1.99);
        TraceCollector after = CollectorRun.run(1.0, arrivals, 2.01);

        assertThat(during.tracesCompleted()).as("completed at 1.99, within the quiet period").isZero();
        assertThat(after.tracesCompleted()).as("completed at 2.01: %s", CollectorRun.describe(after)).isEqualTo(1);
        assertThat(after.completedTraces().get(0).spanCount()).isEqualTo(3);
        assertThat(after.activeTraces()).isEmpty();
    }

    @Test
    @Tag("ch03.2")
    @DisplayName("ch03.2 a span within the quiet period keeps the trace open")
    void aNewSpanRestartsTheQuietPeriod() {
        List<Arrival> arrivals = new ArrayList<>(at(1.0, List.of(span(TRACE_A, "a1", null, "make_request", 1.0, 1.4))));
        arrivals.add(new Arrival(1.8, span(TRACE_A, "b2", "a1", "retry", 1.2, 1.8)));

        TraceCollector open = CollectorRun.run(1.0, arrivals, 2.5);
        TraceCollector done = CollectorRun.run(1.0, arrivals);

        assertThat(open.tracesCompleted()).as("completed at 2.5, 0.7 s after the last span").isZero();
        assertThat(done.completedTraces()).as("completed: %s", CollectorRun.describe(done)).hasSize(1);
        assertThat(done.completedTraces().get(0).spanCount()).isEqualTo(2);
    }

    @Test
    @Tag("ch03.2")
    @DisplayName("ch03.2 a trace whose root never arrives stays active")
    void traceWithoutRootStaysActive() {
        TraceCollector collector = CollectorRun.run(1.0, at(1.0, seedRequest(TRACE_A, 1.0).subList(0, 2)));

        assertThat(collector.tracesCompleted()).as("completed: %s", CollectorRun.describe(collector)).isZero();
        assertThat(collector.activeTraces()).hasSize(1);
    }

    @Test
    @Tag("ch03.2")
    @DisplayName("ch03.2 the seed's three requests make three traces of three spans, not nine")
    void seedScenarioMakesThreeTraces() {
        TraceCollector collector = SeedScenario.run(42, 3, CollectorRun.QUIET);

        assertThat(collector.spansReceived()).as("spans received").isEqualTo(9);
        assertThat(collector.tracesCompleted()).as("traces completed: %s", CollectorRun.describe(collector))
                .isEqualTo(3);
        assertThat(collector.completedTraces()).allSatisfy(trace -> assertThat(trace.spanCount()).isEqualTo(3));
    }

    @Test
    @Tag("ch03.3")
    @DisplayName("ch03.3 a span arriving after its trace completed is reported as late, not dropped")
    void lateSpanIsReported() {
        List<Arrival> arrivals = new ArrayList<>(at(1.0, List.of(span(TRACE_A, "a1", null, "make_request", 1.0, 1.4))));
        SpanData straggler = span(TRACE_A, "b2", "a1", "slow_write", 1.1, 5.0);
        arrivals.add(new Arrival(5.0, straggler));

        TraceCollector collector = CollectorRun.run(1.0, arrivals);

        assertThat(collector.lateSpans()).as("late spans: %s", CollectorRun.describe(collector))
                .containsExactly(straggler);
        assertThat(collector.completedTraces().get(0).spanCount()).as("the completed trace is left as it was")
                .isEqualTo(1);
        assertThat(collector.activeTraces()).as("no new trace for a late span").isEmpty();
        assertThat(collector.spansReceived()).isEqualTo(2);
    }
}
