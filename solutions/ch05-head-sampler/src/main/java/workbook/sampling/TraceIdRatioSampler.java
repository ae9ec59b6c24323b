package workbook.sampling;

import workbook.trace.TraceId;

/**
 * Records a fixed fraction of traces by looking only at the trace ID, exactly as
 * OpenTelemetry's {@code TraceIdRatioBased} sampler does. Trace IDs are random, so the low
 * 64 bits of an ID, read as a signed {@code long}, are spread evenly over the whole
 * {@code long} range; the sampler keeps a trace when the absolute value of that number is
 * below {@code ratio × Long.MAX_VALUE}.
 *
 * <p>Why it matters: every service that sees the same trace ID and ratio reaches the same
 * decision, without being told and without sharing a random source. A higher ratio keeps
 * every trace a lower one keeps, so services sampling at different ratios still produce
 * whole traces for the lowest of them.
 *
 * <p>Immutable and thread-safe.
 */
public final class TraceIdRatioSampler implements Sampler {

    private final double ratio;
    private final long idUpperBound;

    /**
     * @param ratio the fraction of traces to record, in [0.0, 1.0]
     * @throws IllegalArgumentException if {@code ratio} is outside [0.0, 1.0] or NaN
     */
    public TraceIdRatioSampler(double ratio) {
        this.ratio = SampleRates.require("ratio", ratio);
        this.idUpperBound = idUpperBound(ratio);
    }

    /**
     * The bound the absolute random part of a trace ID must stay below to be sampled. The two
     * ends are special-cased as OpenTelemetry does: {@code ratio × Long.MAX_VALUE} is not
     * exact in a double, and 0.0 must sample nothing, not even the ID whose low part is
     * {@code Long.MIN_VALUE} (whose absolute value is itself, a negative number).
     */
    static long idUpperBound(double ratio) {
        // BEGIN SOLUTION ch05.3
        if (ratio == 0.0) {
            return Long.MIN_VALUE;
        }
        if (ratio == 1.0) {
            return Long.MAX_VALUE;
        }
        return (long) (ratio * Long.MAX_VALUE);
        // END SOLUTION
    }

    /**
     * The low 64 bits of a trace ID (its last 16 hex characters) as a signed {@code long},
     * OpenTelemetry's "random part" of the ID.
     *
     * @throws IllegalArgumentException if {@code traceId} is not a valid trace ID
     */
    static long randomPart(String traceId) {
        TraceId.requireValid("traceId", traceId);
        // BEGIN SOLUTION ch05.4
        return Long.parseUnsignedLong(traceId.substring(TraceId.LENGTH / 2), 16);
        // END SOLUTION
    }

    @Override
    public boolean shouldSample(String traceId) {
        // BEGIN SOLUTION ch05.4
        return Math.abs(randomPart(traceId)) < idUpperBound;
        // END SOLUTION
    }

    /** The configured fraction of traces to record. */
    public double ratio() {
        return ratio;
    }

    /** As OpenTelemetry describes it, e.g. {@code TraceIdRatioBased{0.250000}}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "TraceIdRatioBased{%.6f}", ratio);
    }
}
