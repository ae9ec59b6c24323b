package workbook.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * All the spans of one request seen so far, as a collector assembles them. Spans arrive
 * in any order (children usually finish, and so arrive, before their parents), so
 * everything a trace reports must come out the same whatever the order.
 *
 * <p>Not thread-safe: a trace belongs to the collector that builds it.
 */
public final class Trace {

    private final String traceId;
    private final List<SpanData> spans = new ArrayList<>();
    private double startTime = Double.NaN;
    private double endTime = Double.NaN;

    public Trace(String traceId) {
        this.traceId = TraceId.requireValid("traceId", traceId);
    }

    public String traceId() {
        return traceId;
    }

    /**
     * Adds a finished span of this trace and widens the trace's start and end to cover it.
     * A span of another trace, or a span ID the trace already holds, is rejected.
     */
    public void add(SpanData span) {
        Objects.requireNonNull(span, "span");
        // BEGIN SOLUTION ch01.7
        if (!span.traceId().equals(traceId)) {
            throw new IllegalArgumentException("span " + span.spanId() + " belongs to trace " + span.traceId()
                    + ", not to " + traceId);
        }
        if (contains(span.spanId())) {
            throw new IllegalArgumentException("span " + span.spanId() + " is already in trace " + traceId);
        }
        spans.add(span);
        if (Double.isNaN(startTime) || span.startTime() < startTime) {
            startTime = span.startTime();
        }
        if (Double.isNaN(endTime) || span.endTime() > endTime) {
            endTime = span.endTime();
        }
        // END SOLUTION
    }

    /** True when a span with this ID has been added. */
    public boolean contains(String spanId) {
        return spans.stream().anyMatch(span -> span.spanId().equals(spanId));
    }

    /** The spans in arrival order (read-only view). */
    public List<SpanData> spans() {
        return Collections.unmodifiableList(spans);
    }

    public int spanCount() {
        return spans.size();
    }

    /** The earliest start of any span; empty for a trace with no spans. */
    public OptionalDouble startTime() {
        return spans.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(startTime);
    }

    /** The latest end of any span; empty for a trace with no spans. */
    public OptionalDouble endTime() {
        return spans.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(endTime);
    }

    /**
     * From the earliest start to the latest end; empty for a trace with no spans. A trace
     * that starts at time 0.0 has a duration too: the seed tested the start time for
     * truthiness, and 0.0 is false in Python.
     */
    public OptionalDouble duration() {
        // BEGIN SOLUTION ch01.8
        if (spans.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(endTime - startTime);
        // END SOLUTION
    }

    /**
     * The root span: the one without a parent. Should a trace hold several (a bug
     * upstream), the earliest-starting one, of those starting together the smallest span ID,
     * so the answer does not depend on arrival order.
     */
    public Optional<SpanData> root() {
        // BEGIN SOLUTION ch01.8
        return spans.stream()
                .filter(SpanData::isRoot)
                .min(Comparator.comparingDouble(SpanData::startTime).thenComparing(SpanData::spanId));
        // END SOLUTION
    }

    @Override
    public String toString() {
        return "Trace(" + traceId + ", " + spans.size() + " spans"
                + (spans.isEmpty() ? "" : String.format(", %.3fs", endTime - startTime)) + ")";
    }
}
