package workbook.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String ROOT_SPAN = "00f067aa0ba902b7";
    private static final String CHILD_SPAN = "53995c3f42cd8ad8";

    @Test
    @Tag("ch01.3")
    @DisplayName("ch01.3 a child context keeps the trace and points at its parent")
    void childKeepsTraceAndPointsAtParent() {
        TraceContext root = TraceContext.root(TRACE, ROOT_SPAN).withBaggage("tenant", "acme");

        TraceContext child = root.child(CHILD_SPAN);

        assertThat(child.traceId()).as("trace ID").isEqualTo(TRACE);
        assertThat(child.spanId()).as("span ID").isEqualTo(CHILD_SPAN);
        assertThat(child.parentSpanId()).as("parent span ID").isEqualTo(ROOT_SPAN);
        assertThat(child.sampled()).as("sampled flag").isTrue();
        assertThat(child.baggage()).as("baggage").containsExactly(Map.entry("tenant", "acme"));
    }

    @Test
    @Tag("ch01.3")
    @DisplayName("ch01.3 withBaggage returns a new context and leaves the original alone")
    void withBaggageLeavesTheOriginalUnchanged() {
        TraceContext original = TraceContext.root(TRACE, ROOT_SPAN);

        TraceContext more = original.withBaggage("user", "42");

        assertThat(more.baggage()).containsExactly(Map.entry("user", "42"));
        assertThat(original.baggage()).as("the original's baggage").isEmpty();
        assertThat(more.withBaggage("user", "43").baggage()).containsExactly(Map.entry("user", "43"));
    }

    @Test
    @Tag("ch01.3")
    @DisplayName("ch01.3 a root context has no parent")
    void rootHasNoParent() {
        TraceContext root = TraceContext.root(TRACE, ROOT_SPAN);

        assertThat(root.parent()).isEmpty();
        assertThat(root.child(CHILD_SPAN).parent()).contains(ROOT_SPAN);
    }

    @Test
    @Tag("ch01.1")
    @DisplayName("ch01.1 a context with the seed's IDs is rejected with a message naming the field")
    void seedStyleIdsAreRejected() {
        assertThatThrownBy(() -> TraceContext.root("trace_7994353", ROOT_SPAN))
                .as("ch01.1 TraceContext.root must reject the seed's trace ID \"trace_7994353\"")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("traceId")
                .hasMessageContaining("trace_7994353");
    }
}
