package workbook.tailsampling;

import workbook.trace.Trace;

/**
 * Looks at a whole trace, once its spans are in, and says whether to keep it. A
 * {@link TailSampler} keeps a trace when any of its policies does, as the OpenTelemetry
 * Collector's {@code tail_sampling} processor does with its list of policies.
 *
 * <p>Unlike a head sampler (chapter 05), which must decide before anything has happened, a
 * policy sees the outcome: how long the request took and whether it failed.
 *
 * <p>Implementations must be side-effect free: the sampler may ask in any order.
 */
@FunctionalInterface
public interface SamplingPolicy {

    /** True to keep {@code trace}: it has at least one span, and no more will be waited for. */
    boolean shouldKeep(Trace trace);

    /**
     * Keeps traces that took at least {@code thresholdSeconds}, from their earliest span start to
     * their latest span end, as the Collector's {@code latency} policy measures.
     */
    static SamplingPolicy latency(double thresholdSeconds) {
        return new LatencyPolicy(thresholdSeconds);
    }

    /** Keeps traces with a span tagged {@code error=true}, the tag chapter 02's tracer sets. */
    static SamplingPolicy anyError() {
        return new ErrorPolicy();
    }

    /**
     * Keeps the fraction {@code ratio} of traces, chosen by trace ID with chapter 05's
     * {@code TraceIdRatioSampler}, so the same trace gets the same answer anywhere.
     */
    static SamplingPolicy probabilistic(double ratio) {
        return new ProbabilisticPolicy(ratio);
    }
}
