package workbook.collector;

import workbook.trace.SpanData;
import workbook.trace.Trace;

/**
 * A trace the collector is still assembling: its spans so far, and when the last of them
 * arrived, from which follows when it may be complete.
 *
 * <p>Not thread-safe: owned by its {@link TraceCollector}.
 */
final class ActiveTrace {

    private final Trace trace;
    private final double quietPeriod;
    private double lastArrival;

    ActiveTrace(String traceId, double quietPeriod) {
        this.trace = new Trace(traceId);
        this.quietPeriod = quietPeriod;
    }

    Trace trace() {
        return trace;
    }

    /** Adds a span that arrived at {@code time}, restarting the quiet period. */
    void add(SpanData span, double time) {
        trace.add(span);
        lastArrival = time;
    }

    /** The end of the current quiet period: when the trace is complete if nothing else arrives. */
    double quietUntil() {
        return lastArrival + quietPeriod;
    }

    /**
     * The completeness rule: the root span has arrived and the quiet period since the last
     * arrival is over. Without a root, the trace waits: a root is what says where it begins,
     * and children usually finish, so arrive, before their parents.
     */
    boolean isCompleteAt(double now) {
        // TODO ch03.2: Decide when a trace is complete
        //   Hint: The seed's rule completes every span on arrival; a trace is complete when its root has arrived and nothing has arrived for a quiet period (docs/ch03-collector.md#ch032).
        throw new UnsupportedOperationException("TODO ch03.2: Decide when a trace is complete");
    }
}
