package workbook.spancost;

import java.util.Locale;
import workbook.sampling.Sampler;
import workbook.trace.TraceContext;

/**
 * Chapter 05's trace-ID ratio sampler with the same decisions, made without allocating: the low
 * 64 bits of the trace ID are read where they stand ({@link Base16#longAt}) instead of being
 * cut out as a substring and parsed. A head sampler runs once per trace at the edge of every
 * service, so the garbage it makes is paid on every request; this one makes none.
 *
 * <p>It agrees with {@code workbook.sampling.TraceIdRatioSampler} on every input: the same
 * answer for every valid ID and ratio, and an {@link IllegalArgumentException} for the same
 * invalid IDs and ratios. A tracer, which holds its trace IDs in a {@link TraceContext}, asks
 * {@link #shouldSample(TraceContext)}, which need not check the ID again.
 *
 * <p>Immutable and thread-safe.
 */
public final class FastRatioSampler implements Sampler {

    private final double ratio;
    private final long idUpperBound;
    /** The high 32 bits of {@code idUpperBound}, for the decision that reads only half the digits. */
    private final long upperBoundHigh;

    /**
     * @param ratio the fraction of traces to record, in [0.0, 1.0]
     * @throws IllegalArgumentException if {@code ratio} is outside [0.0, 1.0] or NaN
     */
    public FastRatioSampler(double ratio) {
        if (!(ratio >= 0.0 && ratio <= 1.0)) {
            throw new IllegalArgumentException("ratio must be in [0.0, 1.0], got " + ratio);
        }
        this.ratio = ratio;
        // The two ends as chapter 05 and OpenTelemetry treat them (see TraceIdRatioSampler.idUpperBound).
        this.idUpperBound = ratio == 0.0 ? Long.MIN_VALUE : ratio == 1.0 ? Long.MAX_VALUE : (long) (ratio * Long.MAX_VALUE);
        this.upperBoundHigh = idUpperBound >> 32;
    }

    /**
     * True when the absolute value of the trace ID's low 64 bits is below
     * {@code ratio × Long.MAX_VALUE}.
     *
     * @throws IllegalArgumentException if {@code traceId} is not 32 lowercase hex characters, not all zero
     */
    @Override
    public boolean shouldSample(String traceId) {
        // BEGIN SOLUTION ch09.1
        // Chapter 05's promise: a malformed ID is rejected, never decided. Base16.isId checks the
        // 32 characters in place (a table and one OR, no branch per character); then the
        // decision reads the low 16 where they stand, like the context form below.
        if (traceId == null || traceId.length() != 2 * Base16.LONG_CHARS
                || !Base16.isId(traceId, 0, 2 * Base16.LONG_CHARS)) {
            throw invalid(traceId);
        }
        return Math.abs(Base16.longAt(traceId, Base16.LONG_CHARS)) < idUpperBound;
        // END SOLUTION
    }

    private static IllegalArgumentException invalid(String traceId) {
        return new IllegalArgumentException("traceId must be 32 lowercase hex characters, not all zero, got "
                + (traceId == null ? "null" : "'" + traceId + "'"));
    }

    /**
     * The same decision for a context's trace, reading at most the 16 characters it needs, and
     * almost always 8 of them. A {@link TraceContext} cannot hold an invalid trace ID (its
     * constructor rejects one), so there is nothing to check again: the type carries the proof.
     * OpenTelemetry's sampler relies on the same guarantee from its {@code SpanContext}.
     */
    public boolean shouldSample(TraceContext context) {
        // BEGIN SOLUTION ch09.1
        String traceId = context.traceId();
        // Two numbers usually differ in their high halves, so read the first 8 of the 16 digits
        // (the high 32 bits of the low half) and decide from them; read all 16 only when they come
        // within one of the bound's high half (about 2 IDs in 4 billion). Why within one: for a
        // negative value, the high half of its absolute value is ~high or ~high + 1. And
        // Long.MIN_VALUE, whose Math.abs is itself (negative, so below any bound but the lowest),
        // is among the values whose high half is Integer.MIN_VALUE: those are read in full too.
        long high = Base16.intAt(traceId, Base16.LONG_CHARS);
        long absoluteHigh = high >= 0 ? high : ~high;
        if (absoluteHigh + 1 < upperBoundHigh) {
            return true;
        }
        if (absoluteHigh > upperBoundHigh && high != Integer.MIN_VALUE) {
            return false;
        }
        return Math.abs(Base16.longAt(traceId, Base16.LONG_CHARS)) < idUpperBound;
        // END SOLUTION
    }

    /** The configured fraction of traces to record. */
    public double ratio() {
        return ratio;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FastRatioSampler{%.6f}", ratio);
    }
}
