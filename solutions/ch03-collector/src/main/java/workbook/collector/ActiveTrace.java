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
        // BEGIN SOLUTION ch03.2
        return trace.root().isPresent() && now >= quietUntil();
        // END SOLUTION
    }
}
