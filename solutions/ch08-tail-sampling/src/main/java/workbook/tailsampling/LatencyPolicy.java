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
        // BEGIN SOLUTION ch08.6
        if (!(thresholdSeconds >= 0) || thresholdSeconds == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("latency thresholdSeconds must be a finite number >= 0, got "
                    + thresholdSeconds);
        }
        // SKELETON
        // END SOLUTION
    }

    @Override
    public boolean shouldKeep(Trace trace) {
        // BEGIN SOLUTION ch08.1
        OptionalDouble duration = trace.duration();
        return duration.isPresent() && duration.getAsDouble() >= thresholdSeconds;
        // END SOLUTION
    }
}
