package workbook.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static workbook.collector.TestSpans.TRACE_A;
import static workbook.collector.TestSpans.TRACE_B;
import static workbook.collector.TestSpans.seedRequest;
import static workbook.collector.TestSpans.span;
import static workbook.collector.TestSpans.trace;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.SpanData;
import workbook.trace.Trace;

class TraceSummaryTest {

    @Test
    @Tag("ch03.5")
    @DisplayName("ch03.5 a summary gives the duration, the span count and the slowest span")
    void summaryOfOneTrace() {
        Trace trace = trace(List.of(
                span(TRACE_A, "a1", null, "make_request", 1.0, 1.5),
                span(TRACE_A, "b2", "a1", "process_data", 1.1, 1.2),
                span(TRACE_A, "c3", "a1", "save", 1.2, 1.45)));

        List<TraceSummary> summaries = TraceSummary.of(List.of(trace));

        assertThat(summaries).hasSize(1);
        TraceSummary summary = summaries.get(0);
        assertThat(summary.traceId()).isEqualTo(TRACE_A);
        assertThat(summary.duration()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.spanCount()).isEqualTo(3);
        assertThat(summary.slowestSpan()).isEqualTo("make_request");
    }

    @Test
    @Tag("ch03.5")
    @DisplayName("ch03.5 of equally slow spans the outermost is the slowest, whatever the arrival order")
    void outermostOfEquallySlowSpansIsTheSlowest() {
        List<SpanData> request = List.of(
                span(TRACE_B, "0c", "0b", "process_data", 3.1, 3.2),
                span(TRACE_B, "0b", "fa", "handle_request", 3.0, 3.4),
                span(TRACE_B, "fa", null, "make_request", 3.0, 3.4));
        List<Trace> traces = List.of(trace(seedRequest(TRACE_A, 1.0)), trace(TestSpans.reversed(request)));

        assertThat(TraceSummary.of(traces)).extracting(TraceSummary::traceId, TraceSummary::slowestSpan)
                .containsExactly(
                        tuple(TRACE_A, "make_request"),
                        tuple(TRACE_B, "make_request"));
    }

    @Test
    @Tag("ch03.5")
    @DisplayName("ch03.5 an empty trace has nothing to summarize")
    void emptyTraceIsRejected() {
        assertThatThrownBy(() -> TraceSummary.of(List.of(new Trace(TRACE_A))))
                .as("ch03.5 summarizing a trace without spans must throw IllegalArgumentException naming it")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TRACE_A);
    }
}
