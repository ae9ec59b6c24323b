package workbook.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.collector.TestSpans.TRACE_A;
import static workbook.collector.TestSpans.seedRequest;
import static workbook.collector.TestSpans.span;
import static workbook.collector.TestSpans.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.SpanData;
import workbook.testkit.SpanTreeDiff;
import workbook.trace.Trace;

class SpanTreeTest {

    @Test
    @Tag("ch03.3")
    @DisplayName("ch03.3 an orphan is a span whose parent is not in the trace")
    void orphansAreSpansWithoutTheirParent() {
        List<SpanData> spans = seedRequest(TRACE_A, 1.0);
        Trace withoutHandleRequest = trace(List.of(spans.get(0), spans.get(2)));

        assertThat(SpanTree.orphans(withoutHandleRequest)).extracting(SpanData::operationName)
                .as("orphans when handle_request never arrived").containsExactly("process_data");
        assertThat(SpanTree.orphans(trace(spans))).as("orphans of a whole trace").isEmpty();
    }

    @Test
    @Tag("ch03.4")
    @DisplayName("ch03.4 children are indented under their parents")
    void childrenAreIndentedUnderParents() {
        String tree = SpanTree.render(trace(seedRequest(TRACE_A, 1.0)));

        SpanTreeDiff.assertSameTreeText("ch03.4 the seed's request", """
                make_request [OrderService] 0.400s
                  handle_request [OrderService] 0.400s
                    process_data [OrderService] 0.100s
                """, tree);
    }

    @Test
    @Tag("ch03.4")
    @DisplayName("ch03.4 siblings are printed in start-time order, whatever the arrival order")
    void siblingsAreInStartTimeOrder() {
        List<SpanData> spans = new ArrayList<>(List.of(
                span(TRACE_A, "a1", null, "handle_request", 0.0, 1.0),
                span(TRACE_A, "b3", "a1", "query_db", 0.1, 0.3),
                span(TRACE_A, "b2", "a1", "check_cache", 0.05, 0.1),
                span(TRACE_A, "c4", "b3", "open_connection", 0.1, 0.15),
                span(TRACE_A, "b5", "a1", "render", 0.4, 0.9)));
        String expected = """
                handle_request [OrderService] 1.000s
                  check_cache [OrderService] 0.050s
                  query_db [OrderService] 0.200s
                    open_connection [OrderService] 0.050s
                  render [OrderService] 0.500s
                """;

        SpanTreeDiff.assertSameTreeText("ch03.4 spans in the order listed", expected, SpanTree.render(trace(spans)));
        Collections.reverse(spans);
        SpanTreeDiff.assertSameTreeText("ch03.4 spans in reverse arrival order", expected, SpanTree.render(trace(spans)));
    }

    @Test
    @Tag("ch03.4")
    @DisplayName("ch03.4 an orphan is printed at the top level, marked with its missing parent")
    void orphanIsPrintedAtTheTopLevel() {
        List<SpanData> spans = seedRequest(TRACE_A, 1.0);

        String tree = SpanTree.render(trace(List.of(spans.get(0), spans.get(2))));

        SpanTreeDiff.assertSameTreeText("ch03.4 a trace missing handle_request", """
                make_request [OrderService] 0.400s
                process_data [OrderService] 0.100s (orphan: parent 00000000000000b2 never arrived)
                """, tree);
    }
}
