package workbook.traceview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewTraceTest {

    private static ViewSpan span(String trace, String id, String parent, double start, double end) {
        return ViewSpan.builder(trace, id, "op-" + id, "svc").parent(parent).seconds(start, end).build();
    }

    @Test
    void childrenFollowTheirParentInStartOrderWithTheirDepth() {
        ViewTrace trace = ViewTrace.layout("t", List.of(
                span("t", "c2", "r", 0.5, 0.9), span("t", "g", "c1", 0.2, 0.3),
                span("t", "r", null, 0.0, 1.0), span("t", "c1", "r", 0.1, 0.4)));

        assertThat(trace.rows()).extracting(row -> row.span().spanId() + "@" + row.depth())
                .containsExactly("r@0", "c1@1", "g@2", "c2@1");
        assertThat(trace.rows()).noneMatch(ViewTrace.Row::orphan);
        assertThat(trace.durationNanos()).isEqualTo(1_000_000_000L);
    }

    @Test
    void aSpanWhoseParentIsMissingIsAnOrphanAtTheTopAfterTheRoot() {
        ViewTrace trace = ViewTrace.layout("t", List.of(
                span("t", "o", "gone", 0.0, 0.2), span("t", "r", null, 0.1, 1.0)));

        assertThat(trace.rows()).extracting(row -> row.span().spanId() + (row.orphan() ? " orphan" : ""))
                .containsExactly("r", "o orphan");
        assertThat(trace.top().spanId()).isEqualTo("r");
    }

    @Test
    void spansInAParentCycleAreKeptAsOrphans() {
        ViewTrace trace = ViewTrace.layout("t", List.of(span("t", "a", "b", 0, 1), span("t", "b", "a", 0, 1)));

        assertThat(trace.spanCount()).isEqualTo(2);
        assertThat(trace.hasRoot()).isFalse();
        assertThat(trace.rows().get(0).orphan()).isTrue();
    }

    @Test
    void groupsSpansIntoTracesOrderedByStart() {
        List<ViewTrace> traces = ViewTrace.group(List.of(
                span("late", "a", null, 5, 6), span("early", "b", null, 1, 2), span("late", "c", "a", 5.5, 5.6)));

        assertThat(traces).extracting(ViewTrace::traceId).containsExactly("early", "late");
        assertThat(traces.get(1).spanCount()).isEqualTo(2);
    }

    @Test
    void aSpanEndingBeforeItStartsIsRejectedWithBothTimes() {
        assertThatThrownBy(() -> span("t", "a", null, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends at 1000000000 ns, before it starts at 2000000000 ns");
    }
}
