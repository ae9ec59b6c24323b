package workbook.tailsampling;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import workbook.trace.Clock;
import workbook.trace.SpanData;

/**
 * Tail sampling, the seed's exercise 4 built for real: hold every trace's spans until its root
 * span has finished and a decision wait has passed, then keep the whole trace if any policy
 * keeps it. Slow and failed requests are kept because the decision is made after they have
 * shown themselves, which a head sampler (chapter 05) can never do.
 *
 * <p>Memory is bounded, whatever the traffic:
 * <ul>
 *   <li>at most {@code maxTraces} traces are held; when a span of one more arrives, the trace
 *       whose first span arrived earliest makes room: decided now if its root is in
 *       ({@link TailSamplingStats#tracesDecidedEarly()}), dropped as {@link Outcome#EVICTED}
 *       if not;</li>
 *   <li>at most {@code maxSpansPerTrace} spans are held per trace; more are dropped as
 *       {@link Outcome#OVER_SPAN_LIMIT} (a root over the limit still starts the wait);</li>
 *   <li>at most {@code decisionCacheSize} decisions are remembered: a span that arrives after
 *       its trace was decided follows that decision; after the decision is forgotten, it looks
 *       like the first span of a new trace.</li>
 * </ul>
 * Every span is counted by its {@link Outcome}, so that received = kept + dropped + buffered.
 *
 * <p>Time comes from the injected clock and must never go back. Call {@link #decideDue()}
 * regularly (a simulation process does, every tick) to decide the traces whose wait is over;
 * {@link #flush()} decides everything, at shutdown.
 *
 * <p>Not thread-safe: feed it from one thread, or one simulation, at a time.
 */
public final class TailSampler {

    private final TailSamplingSettings settings;
    private final List<SamplingPolicy> policies;
    private final Consumer<SpanData> exporter;
    private final Clock clock;

    /** Every trace held, in the order their first spans arrived: the oldest comes first. */
    private final Map<String, BufferedTrace> buffer = new LinkedHashMap<>();
    /** The traces held whose root has arrived, in the order it did: the order they fall due. */
    private final Map<String, BufferedTrace> awaitingDecision = new LinkedHashMap<>();
    private final DecisionCache decisions;

    private final Map<Outcome, Long> spanOutcomes = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Long> traceOutcomes = new EnumMap<>(Outcome.class);
    private long spansReceived;
    private long tracesDecidedEarly;
    private long lateSpans;
    private double lastNow = Double.NEGATIVE_INFINITY;

    /**
     * @param settings the decision wait and the memory bounds
     * @param policies at least one; a trace is kept when any of them keeps it
     * @param exporter receives every kept span, e.g. a storage backend or a test's {@code List::add}
     * @param clock    the current time in seconds, never going back; {@code env::now} in a simulation
     * @throws IllegalArgumentException if {@code policies} is empty or holds null
     */
    public TailSampler(TailSamplingSettings settings, List<SamplingPolicy> policies, Consumer<SpanData> exporter,
                       Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(policies, "policies");
        // BEGIN SOLUTION ch08.6
        if (policies.isEmpty() || policies.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("policies must hold at least one policy and no null, got " + policies
                    + ": with none, every trace would be dropped");
        }
        // SKELETON
        // END SOLUTION
        this.policies = List.copyOf(policies);
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decisions = new DecisionCache(settings.decisionCacheSize());
    }

    /**
     * Receives one finished span. A span of a trace decided earlier follows that decision at
     * once; any other span is held with its trace, which is new if none is held.
     *
     * @throws IllegalArgumentException if a span with the same ID is already held for its trace
     * @throws IllegalStateException    if the clock went back
     */
    public void accept(SpanData span) {
        Objects.requireNonNull(span, "span");
        double now = now();
        BufferedTrace held = buffer.get(span.traceId());
        if (held != null && held.contains(span.spanId())) {
            throw new IllegalArgumentException("span " + span.spanId() + " of trace " + span.traceId()
                    + " was already received; each span must be sent once");
        }
        spansReceived++;
        if (followCachedDecision(span)) {
            lateSpans++;
        } else {
            hold(span, now);
        }
    }

    /** Decides every trace whose root arrived at least the decision wait ago, oldest first. */
    public void decideDue() {
        double now = now();
        // BEGIN SOLUTION ch08.3
        while (!awaitingDecision.isEmpty()) {
            BufferedTrace next = awaitingDecision.values().iterator().next();
            if (next.decisionDue(settings.decisionWait()) > now) {
                return;
            }
            decide(next);
        }
        // END SOLUTION
    }

    /** Decides every trace held, root or not, on the spans it has: for shutdown. */
    public void flush() {
        now();
        while (!buffer.isEmpty()) {
            decide(buffer.values().iterator().next());
        }
    }

    /** The counters now, and what is held. */
    public TailSamplingStats stats() {
        long spansBuffered = buffer.values().stream().mapToLong(BufferedTrace::spanCount).sum();
        return new TailSamplingStats(spansReceived, spansBuffered, buffer.size(), spanOutcomes, traceOutcomes,
                tracesDecidedEarly, lateSpans, decisions.size());
    }

    /** How many spans of this trace are held now; 0 for a trace not held. */
    public int bufferedSpanCount(String traceId) {
        BufferedTrace trace = buffer.get(traceId);
        return trace == null ? 0 : trace.spanCount();
    }

    public TailSamplingSettings settings() {
        return settings;
    }

    /**
     * If {@code span}'s trace was decided and the decision is still remembered, gives the span
     * the same outcome and returns true; otherwise returns false and changes nothing.
     */
    private boolean followCachedDecision(SpanData span) {
        // BEGIN SOLUTION ch08.5
        Outcome decided = decisions.get(span.traceId());
        if (decided == null) {
            return false;
        }
        settle(span, decided);
        return true;
        // SKELETON
        // return false;
        // END SOLUTION
    }

    /** Holds {@code span} with its trace, starting the trace (and making room) if it is new. */
    private void hold(SpanData span, double now) {
        // BEGIN SOLUTION ch08.2
        BufferedTrace trace = buffer.get(span.traceId());
        if (trace == null) {
            makeRoom();
            trace = new BufferedTrace(span.traceId());
            buffer.put(span.traceId(), trace);
        }
        if (span.isRoot() && !trace.hasRoot()) {
            trace.rootArrived(now);
            awaitingDecision.put(span.traceId(), trace);
        }
        if (trace.spanCount() < settings.maxSpansPerTrace()) {
            trace.add(span);
        } else {
            settle(span, Outcome.OVER_SPAN_LIMIT);
        }
        // END SOLUTION
    }

    /** Before a new trace is held: if {@code maxTraces} are held, the oldest makes room. */
    private void makeRoom() {
        // BEGIN SOLUTION ch08.4
        if (buffer.size() < settings.maxTraces()) {
            return;
        }
        BufferedTrace oldest = buffer.values().iterator().next();
        if (oldest.hasRoot()) {
            tracesDecidedEarly++;
            decide(oldest);
        } else {
            close(oldest, Outcome.EVICTED);
        }
        // SKELETON
        // // Nothing yet: the buffer grows without bound.
        // END SOLUTION
    }

    /** Applies the policies to a held trace: kept if any keeps it. */
    private void decide(BufferedTrace trace) {
        // BEGIN SOLUTION ch08.3
        boolean keep = policies.stream().anyMatch(policy -> policy.shouldKeep(trace.trace()));
        close(trace, keep ? Outcome.KEPT : Outcome.NOT_SAMPLED);
        // END SOLUTION
    }

    /**
     * Ends the wait of a held trace with one outcome for all its spans, and remembers the outcome
     * for the spans still to come.
     */
    private void close(BufferedTrace trace, Outcome outcome) {
        // BEGIN SOLUTION ch08.3
        buffer.remove(trace.traceId());
        awaitingDecision.remove(trace.traceId());
        trace.trace().spans().forEach(span -> settle(span, outcome));
        traceOutcomes.merge(outcome, 1L, Long::sum);
        decisions.remember(trace.traceId(), outcome);
        // END SOLUTION
    }

    /** Counts one span's outcome and, if it is kept, exports it. */
    private void settle(SpanData span, Outcome outcome) {
        spanOutcomes.merge(outcome, 1L, Long::sum);
        if (outcome == Outcome.KEPT) {
            exporter.accept(span);
        }
    }

    /** The clock's time, checked never to go back. */
    private double now() {
        double now = clock.now();
        if (Double.isNaN(now) || now < lastNow) {
            throw new IllegalStateException("the clock went back from " + lastNow + " to " + now
                    + "; a tail sampler needs a clock that never goes back, such as the simulation's");
        }
        lastNow = now;
        return now;
    }
}
