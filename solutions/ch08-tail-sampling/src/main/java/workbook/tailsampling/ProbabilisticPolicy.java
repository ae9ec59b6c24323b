package workbook.tailsampling;

import workbook.sampling.TraceIdRatioSampler;
import workbook.trace.Trace;

/**
 * Keeps a fixed fraction of traces, chosen by trace ID: the baseline that shows what normal
 * traffic looks like next to the slow and failed traces the other policies keep. Deciding by
 * trace ID (chapter 05's {@link TraceIdRatioSampler}) rather than by a random draw means two
 * collectors, or one collector asked twice, give the same trace the same answer.
 *
 * <p>Immutable.
 */
public final class ProbabilisticPolicy implements SamplingPolicy {

    private final TraceIdRatioSampler sampler;

    /**
     * @param ratio the fraction of traces to keep, in [0.0, 1.0]
     * @throws IllegalArgumentException if {@code ratio} is outside [0.0, 1.0] or NaN
     */
    public ProbabilisticPolicy(double ratio) {
        this.sampler = new TraceIdRatioSampler(ratio);
    }

    /** The fraction of traces kept. */
    public double ratio() {
        return sampler.ratio();
    }

    @Override
    public boolean shouldKeep(Trace trace) {
        // BEGIN SOLUTION ch08.1
        return sampler.shouldSample(trace.traceId());
        // END SOLUTION
    }

    @Override
    public String toString() {
        return "ProbabilisticPolicy[ratio=" + ratio() + "]";
    }
}
