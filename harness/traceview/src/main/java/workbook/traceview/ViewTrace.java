package workbook.traceview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One trace laid out for a waterfall: its spans in tree order (each parent directly above its
 * children, siblings by start time), each with its depth. A span whose parent is not in the
 * trace is an <em>orphan</em>: it is drawn at depth 0 where a root would be, and marked, as
 * Jaeger does. Immutable.
 *
 * @param traceId the trace's ID
 * @param rows    every span of the trace exactly once, in drawing order
 */
public record ViewTrace(String traceId, List<Row> rows) {

    /**
     * A span in its place in the waterfall.
     *
     * @param span   the span
     * @param depth  how many ancestors it has in the trace (0 for roots and orphans)
     * @param orphan whether it names a parent that is not in the trace
     */
    public record Row(ViewSpan span, int depth, boolean orphan) {}

    private static final Comparator<ViewSpan> BY_START = Comparator.comparingLong(ViewSpan::startNanos)
            .thenComparing(ViewSpan::name).thenComparing(ViewSpan::spanId);

    public ViewTrace {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("trace " + traceId + " has no spans; a trace needs at least one");
        }
    }

    /**
     * Groups spans into traces, ordered by their first span's start. A span ID seen twice in
     * one trace is kept twice (a duplicate is worth seeing), drawn under the same parent.
     */
    public static List<ViewTrace> group(Collection<ViewSpan> spans) {
        Map<String, List<ViewSpan>> byTrace = new LinkedHashMap<>();
        for (ViewSpan span : spans) {
            byTrace.computeIfAbsent(span.traceId(), id -> new ArrayList<>()).add(span);
        }
        List<ViewTrace> traces = new ArrayList<>();
        byTrace.forEach((traceId, members) -> traces.add(layout(traceId, members)));
        traces.sort(Comparator.comparingLong(ViewTrace::startNanos).thenComparing(ViewTrace::traceId));
        return List.copyOf(traces);
    }

    /** Lays out the spans of one trace; every span must carry {@code traceId}. */
    public static ViewTrace layout(String traceId, Collection<ViewSpan> spans) {
        Set<String> ids = new HashSet<>();
        Map<String, List<ViewSpan>> children = new HashMap<>();
        for (ViewSpan span : spans) {
            if (!span.traceId().equals(traceId)) {
                throw new IllegalArgumentException("span " + span.spanId() + " belongs to trace " + span.traceId()
                        + ", not to " + traceId);
            }
            ids.add(span.spanId());
        }
        List<ViewSpan> tops = new ArrayList<>();
        for (ViewSpan span : spans) {
            if (span.isRoot() || !ids.contains(span.parentSpanId())) {
                tops.add(span);
            } else {
                children.computeIfAbsent(span.parentSpanId(), id -> new ArrayList<>()).add(span);
            }
        }
        children.values().forEach(list -> list.sort(BY_START));
        tops.sort(Comparator.comparing((ViewSpan span) -> !span.isRoot()).thenComparing(BY_START));

        List<Row> rows = new ArrayList<>(spans.size());
        Set<ViewSpan> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ViewSpan top : tops) {
            walk(top, !top.isRoot(), children, rows, placed);
        }
        // Spans in a parent cycle have no top: draw them as orphans rather than lose them.
        for (ViewSpan span : spans) {
            if (!placed.contains(span)) {
                walk(span, true, children, rows, placed);
            }
        }
        return new ViewTrace(traceId, rows);
    }

    private static void walk(ViewSpan top, boolean orphan, Map<String, List<ViewSpan>> children,
                             List<Row> rows, Set<ViewSpan> placed) {
        Deque<Row> stack = new ArrayDeque<>();
        stack.push(new Row(top, 0, orphan));
        while (!stack.isEmpty()) {
            Row row = stack.pop();
            if (!placed.add(row.span())) {
                continue;
            }
            rows.add(row);
            List<ViewSpan> kids = children.getOrDefault(row.span().spanId(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new Row(kids.get(i), row.depth() + 1, false));
            }
        }
    }

    public long startNanos() {
        return rows.stream().mapToLong(row -> row.span().startNanos()).min().orElseThrow();
    }

    public long endNanos() {
        return rows.stream().mapToLong(row -> row.span().endNanos()).max().orElseThrow();
    }

    public long durationNanos() {
        return endNanos() - startNanos();
    }

    public int spanCount() {
        return rows.size();
    }

    public long errorCount() {
        return rows.stream().filter(row -> row.span().error()).count();
    }

    /** The span the trace list names it by: its root, or else its first orphan. */
    public ViewSpan top() {
        return rows.get(0).span();
    }

    /** Whether the trace has a span with no parent; a trace without one is missing its root. */
    public boolean hasRoot() {
        return top().isRoot();
    }
}
