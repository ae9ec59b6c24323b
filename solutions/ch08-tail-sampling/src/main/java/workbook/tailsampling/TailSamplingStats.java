package workbook.tailsampling;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of a {@link TailSampler}'s counters: what it received, what became of it, and what
 * it holds right now.
 *
 * <p>Immutable.
 *
 * @param spansReceived      every span accepted since the start
 * @param spansBuffered      spans held now, waiting for their trace's decision
 * @param tracesBuffered     traces held now
 * @param spans              spans per outcome; every outcome is present
 * @param traces             decided traces per outcome ({@link Outcome#OVER_SPAN_LIMIT} is never
 *                           a trace's outcome, so it is always 0)
 * @param tracesDecidedEarly traces decided before their wait was over, to make room
 * @param lateSpans          spans that arrived after their trace's decision and followed it
 * @param cachedDecisions    decisions remembered now
 */
public record TailSamplingStats(long spansReceived, long spansBuffered, int tracesBuffered,
                                Map<Outcome, Long> spans, Map<Outcome, Long> traces,
                                long tracesDecidedEarly, long lateSpans, int cachedDecisions) {

    public TailSamplingStats {
        spans = complete(spans, "spans");
        traces = complete(traces, "traces");
    }

    /** Spans with this outcome. */
    public long spans(Outcome outcome) {
        return spans.get(outcome);
    }

    /** Decided traces with this outcome. */
    public long traces(Outcome outcome) {
        return traces.get(outcome);
    }

    /** Spans that went to the exporter. */
    public long spansKept() {
        return spans(Outcome.KEPT);
    }

    /** Spans dropped, for any reason. */
    public long spansDropped() {
        return spans.entrySet().stream().filter(e -> e.getKey().isDrop()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Conservation: every span received is kept, dropped or still buffered, exactly once. */
    public boolean isConserved() {
        return spansReceived == spansKept() + spansDropped() + spansBuffered;
    }

    /** An unmodifiable copy with a count, 0 if absent, for every outcome. */
    private static Map<Outcome, Long> complete(Map<Outcome, Long> counts, String name) {
        Objects.requireNonNull(counts, name);
        Map<Outcome, Long> copy = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            copy.put(outcome, counts.getOrDefault(outcome, 0L));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
