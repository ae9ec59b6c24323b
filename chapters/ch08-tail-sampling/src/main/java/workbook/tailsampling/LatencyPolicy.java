package workbook.tailsampling;

import java.util.OptionalDouble;
import workbook.trace.Trace;

/**
 * Keeps slow traces: those whose duration, from the earliest span start to the latest span end,
 * is at least the threshold. A trace exactly at the threshold is kept.
 *
 * <p>Immutable.
 *
 * @param thresholdSeconds finite and {@code >= 0}; 0 keeps every trace
 */
public record LatencyPolicy(double thresholdSeconds) implements SamplingPolicy {

    public LatencyPolicy {
        // TODO ch08.6: Refuse settings and policies that cannot work
        //   Hint: Each bad value gets an IllegalArgumentException that names the parameter, the value and the rule (docs/ch08-tail-sampling.md#ch086).
    }

    @Override
    public boolean shouldKeep(Trace trace) {
        // TODO ch08.1: Judge a whole trace: the latency, error and probabilistic policies
        //   Hint: A policy sees the trace when it is over: its duration, its spans' tags, its ID (docs/ch08-tail-sampling.md#ch081).
        throw new UnsupportedOperationException("TODO ch08.1: Judge a whole trace: the latency, error and probabilistic policies");
    }
}
