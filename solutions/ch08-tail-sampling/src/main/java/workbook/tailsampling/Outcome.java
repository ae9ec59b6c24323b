package workbook.tailsampling;

/**
 * What became of a span that reached a {@link TailSampler}, and, for the first three, of a whole
 * trace. Every span received ends up with exactly one outcome or is still buffered, which is
 * what {@link TailSamplingStats#isConserved()} checks.
 */
public enum Outcome {

    /** A policy kept its trace: the span went to the exporter. */
    KEPT,

    /** No policy kept its trace: the usual fate of a fast, successful request. */
    NOT_SAMPLED,

    /**
     * Its trace was the oldest when the buffer was full and had no root span yet, so it could not
     * be judged: dropped to make room, as the Collector drops traces beyond {@code num_traces}.
     */
    EVICTED,

    /** Its trace already held the most spans a trace may hold; the trace itself lives on. */
    OVER_SPAN_LIMIT;

    /** True for every outcome but {@link #KEPT}. */
    public boolean isDrop() {
        return this != KEPT;
    }
}
