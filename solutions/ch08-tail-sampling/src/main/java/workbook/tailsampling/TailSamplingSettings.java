package workbook.tailsampling;

/**
 * The numbers a {@link TailSampler} works with: how long to wait after a trace's root span before
 * deciding, and the bounds that keep its memory finite. The OpenTelemetry Collector's
 * {@code tail_sampling} processor has the same knobs: {@code decision_wait}, {@code num_traces}
 * and a decision cache; its wait counts from a trace's first span rather than from its root.
 *
 * <p>Immutable.
 *
 * @param decisionWait      seconds to wait after the root span arrives, for children that finish
 *                          after their parent (async work, late exporters); finite and {@code >= 0}
 * @param maxTraces         the most traces held at once, {@code >= 1}; when one more arrives, the
 *                          oldest makes room
 * @param maxSpansPerTrace  the most spans held for one trace, {@code >= 1}; more are dropped
 * @param decisionCacheSize how many decided traces are remembered for their late spans,
 *                          {@code >= 1}
 */
public record TailSamplingSettings(double decisionWait, int maxTraces, int maxSpansPerTrace,
                                   int decisionCacheSize) {

    public TailSamplingSettings {
        // BEGIN SOLUTION ch08.6
        if (!(decisionWait >= 0) || decisionWait == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("decisionWait must be a finite number of seconds >= 0, got "
                    + decisionWait);
        }
        requireAtLeastOne(maxTraces, "maxTraces");
        requireAtLeastOne(maxSpansPerTrace, "maxSpansPerTrace");
        requireAtLeastOne(decisionCacheSize, "decisionCacheSize");
        // SKELETON
        // END SOLUTION
    }

    /** The worst case this configuration allows: every trace slot full, every trace at its span limit. */
    public long maxBufferedSpans() {
        return (long) maxTraces * maxSpansPerTrace;
    }

    private static void requireAtLeastOne(int bound, String name) {
        if (bound < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + bound
                    + ": a bound of zero would drop everything");
        }
    }
}
