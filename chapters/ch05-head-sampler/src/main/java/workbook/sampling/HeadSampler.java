package workbook.sampling;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The seed's head sampler: each new trace is recorded with probability {@code rate},
 * decided before any span exists. Simple and cheap, but blind: a slow or failing request
 * is exactly as likely to be dropped as a fast one, because when the decision is made
 * nobody knows yet how the request will go (chapter 08's tail sampling decides after).
 *
 * <p>Randomness comes from an injected source, such as the simulation's
 * {@code env.random()}, so a run with the same seed makes the same decisions. The trace ID
 * is ignored: two services with their own head samplers would disagree about the same
 * trace, which is why only the service that starts a trace may ask this sampler.
 *
 * <p>Not thread-safe (it counts): use it from one thread at a time, such as the processes
 * of one simulation, which run one at a time.
 */
public final class HeadSampler implements Sampler {

    private final double rate;
    private final RandomGenerator random;
    private long totalTraces;
    private long sampledTraces;

    /**
     * @param rate   the fraction of traces to record, in [0.0, 1.0]
     * @param random the source of the decisions
     * @throws IllegalArgumentException if {@code rate} is outside [0.0, 1.0] or NaN
     */
    public HeadSampler(double rate, RandomGenerator random) {
        this.rate = SampleRates.require("sample rate", rate);
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Decides for one new trace and counts it: one draw from the random source, sampled
     * when the draw is below the rate (the seed's {@code random.random() < self.rate}).
     */
    public boolean shouldSample() {
        // TODO ch05.2: Decide per trace with the seeded random source, and count
        //   Hint: One draw per trace, sampled when it is below the rate, as the seed's random.random() < self.rate (docs/ch05-head-sampler.md#ch052).
        throw new UnsupportedOperationException("TODO ch05.2: Decide per trace with the seeded random source, and count");
    }

    /** {@link #shouldSample()}: a head sampler does not look at the trace ID. */
    @Override
    public boolean shouldSample(String traceId) {
        return shouldSample();
    }

    /** The configured fraction of traces to record. */
    public double rate() {
        return rate;
    }

    /** How many traces this sampler has decided on. */
    public long totalTraces() {
        return totalTraces;
    }

    /** How many of them it chose to record. */
    public long sampledTraces() {
        return sampledTraces;
    }

    /**
     * The fraction actually recorded so far, which wanders around {@link #rate()} by chance;
     * 0.0 before the first trace.
     */
    public double sampleRateActual() {
        // TODO ch05.2: Decide per trace with the seeded random source, and count
        //   Hint: One draw per trace, sampled when it is below the rate, as the seed's random.random() < self.rate (docs/ch05-head-sampler.md#ch052).
        throw new UnsupportedOperationException("TODO ch05.2: Decide per trace with the seeded random source, and count");
    }

    @Override
    public String toString() {
        return "HeadSampler(rate=" + rate + ", sampled " + sampledTraces + " of " + totalTraces + ")";
    }
}
