package workbook.collector;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import workbook.trace.SpanData;
import workbook.trace.Trace;

/**
 * The seed's exercise 5: one line of facts per trace instead of hundreds of lines of spans.
 * The seed's starter calls {@code Trace.duration()} while its class defines
 * {@code get_duration()}; this workbook has only {@link Trace#duration()}.
 *
 * <p>Immutable.
 *
 * @param traceId     the trace
 * @param duration    from its earliest span start to its latest span end, in seconds
 * @param spanCount   how many spans it holds
 * @param slowestSpan the operation name of its longest span; of equally long ones, the
 *                    outermost (fewest ancestors in the trace), then the earliest, then the
 *                    smallest span ID, so that the answer never depends on arrival order
 */
public record TraceSummary(String traceId, double duration, int spanCount, String slowestSpan) {

    public TraceSummary {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(slowestSpan, "slowestSpan");
    }

    /** The summaries of {@code traces}, in the collection's order. */
    public static List<TraceSummary> of(Collection<Trace> traces) {
        return traces.stream().map(TraceSummary::of).toList();
    }

    /**
     * The summary of one trace.
     *
     * @throws IllegalArgumentException if the trace has no spans, so nothing to summarize
     */
    public static TraceSummary of(Trace trace) {
        // BEGIN SOLUTION ch03.5
        if (trace.spanCount() == 0) {
            throw new IllegalArgumentException("trace " + trace.traceId() + " has no spans to summarize");
        }
        Map<String, Integer> depths = depths(trace);
        SpanData slowest = trace.spans().stream()
                .min(Comparator.comparingDouble(SpanData::duration).reversed()
                        .thenComparing(span -> depths.get(span.spanId()))
                        .thenComparing(SpanTree.START_ORDER))
                .orElseThrow();
        return new TraceSummary(trace.traceId(), trace.duration().orElseThrow(), trace.spanCount(),
                slowest.operationName());
        // END SOLUTION
    }

    /**
     * How many ancestors each span has in the trace: an orphan's missing parent ends the count,
     * and so does an ancestor met twice (parent links that loop, which is bad input).
     */
    private static Map<String, Integer> depths(Trace trace) {
        Map<String, String> parents = new HashMap<>();
        trace.spans().forEach(span -> parents.put(span.spanId(), span.parentSpanId()));
        Map<String, Integer> depths = new HashMap<>();
        for (SpanData span : trace.spans()) {
            Set<String> ancestors = new HashSet<>();
            String parent = span.parentSpanId();
            while (parents.containsKey(parent) && ancestors.add(parent)) {
                parent = parents.get(parent);
            }
            depths.put(span.spanId(), ancestors.size());
        }
        return depths;
    }
}
