package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.testkit.Thrown;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.Trace;

class CompactTailBufferTest {

    private static final String TRACE_A = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACE_B = "0af7651916cd43dd8448eb211c80319c";

    private static SpanData span(String traceId, String spanId, String parentId, String name) {
        return new SpanData(traceId, spanId, parentId, name, "OrderService", SpanKind.SERVER, 1.5, 2.25,
                Map.of("success", true), List.of());
    }

    @Test
    @Tag("ch09.4")
    @DisplayName("ch09.4 a trace comes out as it went in: the same spans, in the order they were added")
    void traceComesOutAsItWentIn() {
        CompactTailBuffer buffer = new CompactTailBuffer(4, 16);
        SpanData child = span(TRACE_A, "00f067aa0ba902b7", "b7ad6b7169203331", "query");
        SpanData other = span(TRACE_B, "e457b5a2e4d86bd1", null, "checkout");
        SpanData root = span(TRACE_A, "b7ad6b7169203331", null, "handle_request");

        assertThat(buffer.add(child)).isTrue();
        assertThat(buffer.add(other)).isTrue();
        assertThat(buffer.add(root)).isTrue();

        assertThat(buffer.spanCount()).isEqualTo(3);
        assertThat(buffer.traceCount()).isEqualTo(2);
        assertThat(buffer.spanCount(TRACE_A)).isEqualTo(2);
        assertThat(buffer.remove(TRACE_A).map(Trace::spans)).contains(List.of(child, root));
        assertThat(buffer.spanCount()).as("spans left").isEqualTo(1);
        assertThat(buffer.remove(TRACE_A)).as("a trace removed is gone").isEmpty();
    }

    @Test
    @Tag("ch09.4")
    @DisplayName("ch09.4 a full buffer refuses, and takes spans again once a trace is discarded")
    void fullBufferRefusesUntilDiscard() {
        CompactTailBuffer buffer = new CompactTailBuffer(1, 2);
        assertThat(buffer.add(span(TRACE_A, "00f067aa0ba902b7", null, "a"))).isTrue();
        assertThat(buffer.add(span(TRACE_B, "00f067aa0ba902b7", null, "b"))).as("a second trace").isFalse();
        assertThat(buffer.add(span(TRACE_A, "00f067aa0ba902b8", null, "a"))).isTrue();
        assertThat(buffer.add(span(TRACE_A, "00f067aa0ba902b9", null, "a"))).as("a third span").isFalse();

        assertThat(buffer.discard(TRACE_A)).isEqualTo(2);
        assertThat(buffer.add(span(TRACE_B, "00f067aa0ba902b7", null, "b"))).isTrue();
        assertThat(buffer.traceCount()).isEqualTo(1);
    }

    @Test
    @Tag("ch09.4")
    @DisplayName("ch09.4 the same span twice in one trace is rejected")
    void duplicateSpanIsRejected() {
        CompactTailBuffer buffer = new CompactTailBuffer(2, 4);
        buffer.add(span(TRACE_A, "00f067aa0ba902b7", null, "a"));

        assertThat(Thrown.by(() -> buffer.add(span(TRACE_A, "00f067aa0ba902b7", null, "again"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("00f067aa0ba902b7");
        assertThat(buffer.add(span(TRACE_B, "00f067aa0ba902b7", null, "b"))).as("same span ID, other trace").isTrue();
    }
}
