package workbook.tailsampling;

import workbook.trace.Trace;

/**
 * Keeps traces in which something failed: a span tagged {@code error=true}, as chapter 02's
 * tracer tags a span whose code threw. OpenTelemetry records the same fact as the span status
 * {@code ERROR}, and the Collector's {@code status_code} policy looks for it.
 *
 * <p>Immutable.
 */
public record ErrorPolicy() implements SamplingPolicy {

    /** The tag that marks a failed span. */
    public static final String ERROR_TAG = "error";

    @Override
    public boolean shouldKeep(Trace trace) {
        // TODO ch08.1: Judge a whole trace: the latency, error and probabilistic policies
        //   Hint: A policy sees the trace when it is over: its duration, its spans' tags, its ID (docs/ch08-tail-sampling.md#ch081).
        throw new UnsupportedOperationException("TODO ch08.1: Judge a whole trace: the latency, error and probabilistic policies");
    }
}
