package workbook.tailsampling;

import workbook.trace.SpanData;
import workbook.trace.Trace;

/**
 * One trace waiting in a {@link TailSampler}: its spans so far, and when its root span arrived
 * (the clock for its decision). When its first span arrived needs no field: the sampler's buffer
 * keeps traces in that order.
 *
 * <p>Not thread-safe: owned by its sampler.
 */
final class BufferedTrace {

    private final Trace trace;
    private double rootArrival = Double.NaN;

    BufferedTrace(String traceId) {
        this.trace = new Trace(traceId);
    }

    String traceId() {
        return trace.traceId();
    }

    /** The spans held, for the policies to judge. */
    Trace trace() {
        return trace;
    }

    int spanCount() {
        return trace.spanCount();
    }

    boolean contains(String spanId) {
        return trace.contains(spanId);
    }

    void add(SpanData span) {
        trace.add(span);
    }

    /** True once a root span of this trace has arrived, whether or not it was stored. */
    boolean hasRoot() {
        return !Double.isNaN(rootArrival);
    }

    /** Notes the arrival of the trace's root span; only the first one counts. */
    void rootArrived(double now) {
        if (!hasRoot()) {
            rootArrival = now;
        }
    }

    /** When the trace is to be decided: its root's arrival plus the wait; NaN without a root. */
    double decisionDue(double decisionWait) {
        return rootArrival + decisionWait;
    }
}
