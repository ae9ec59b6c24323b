package workbook.collector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import workbook.sim.Environment;
import workbook.sim.Process;
import workbook.sim.Queue;
import workbook.trace.SpanData;
import workbook.trace.Trace;
import workbook.tracer.SpanSink;

/**
 * The seed's {@code TraceCollector}: a simulation process that takes finished spans from its
 * queue and assembles them into traces, keeping statistics as it goes.
 *
 * <p>The seed called a trace complete as soon as all of its received spans were finished,
 * which every received span is, so each span became a one-span trace of its own (three
 * requests printed nine traces). Here a trace is complete once its root span has arrived and
 * no span of it has arrived for a quiet period ({@link CollectorSettings#quietPeriod()}). A
 * span that arrives for a trace already completed is kept and reported as late, never added
 * to the completed trace and never dropped; a span that arrives twice is kept and reported as
 * a duplicate. So every span received is accounted for:
 * {@code spansReceived = spans in completed traces + spans in active traces + late + duplicate}.
 *
 * <p>Two processes do the work: this one drains the span queue, and a helper named
 * {@code <name> completer} sleeps until the next quiet period ends and completes what is due.
 * Both end with the simulation run.
 *
 * <p>Thread safety: a simulation process, confined to its environment's baton. Read the
 * results after the run, or from inside another process.
 */
public final class TraceCollector extends Process implements SpanSink {

    private final CollectorSettings settings;
    private final Queue<SpanData> spanQueue;
    private final Queue<Boolean> completerWakeups;
    private final Map<String, ActiveTrace> activeTraces = new LinkedHashMap<>();
    private final List<Trace> completedTraces = new ArrayList<>();
    private final Set<String> completedTraceIds = new HashSet<>();
    private final List<SpanData> lateSpans = new ArrayList<>();
    private final List<SpanData> duplicateSpans = new ArrayList<>();
    private int spansReceived;
    private boolean completerIdle;

    /** Creates the collector, named {@code TraceCollector}, starting at {@code env.now()}. */
    public TraceCollector(Environment env, CollectorSettings settings) {
        super(env, "TraceCollector");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.spanQueue = new Queue<>(env);
        this.completerWakeups = new Queue<>(env);
    }

    /** Puts a finished span on the queue; the collector takes it at the same simulated time. */
    @Override
    public void accept(SpanData span) {
        spanQueue.put(Objects.requireNonNull(span, "span"));
    }

    /** The incoming spans not yet taken: the seed's {@code span_queue}. */
    public Queue<SpanData> spanQueue() {
        return spanQueue;
    }

    /** The settings it was created with: its quiet period and where it logs. */
    public CollectorSettings settings() {
        return settings;
    }

    /** Completed traces, in the order they completed (read-only view; do not add to them). */
    public List<Trace> completedTraces() {
        return Collections.unmodifiableList(completedTraces);
    }

    /** Traces still being assembled, in the order their first span arrived (a snapshot). */
    public List<Trace> activeTraces() {
        return activeTraces.values().stream().map(ActiveTrace::trace).toList();
    }

    /** Every span taken from the queue so far, whatever became of it. */
    public int spansReceived() {
        return spansReceived;
    }

    /** How many traces have completed so far: the seed's {@code traces_completed}. */
    public int tracesCompleted() {
        return completedTraces.size();
    }

    /** Spans that arrived after their trace was completed, in arrival order (read-only view). */
    public List<SpanData> lateSpans() {
        return Collections.unmodifiableList(lateSpans);
    }

    /** Spans whose span ID their trace already held, in arrival order (read-only view). */
    public List<SpanData> duplicateSpans() {
        return Collections.unmodifiableList(duplicateSpans);
    }

    @Override
    protected void run() {
        settings.log().printf(Locale.ROOT, "[%.1f] %s started%n", now(), name());
        env().process(name() + " completer", this::completeQuietTraces);
        while (true) {
            SpanData span = spanQueue.get();
            receive(span);
            wakeCompleter();
        }
    }

    /**
     * Files one span: late if its trace is already complete, a duplicate if its trace holds its
     * span ID, otherwise into its active trace (created on its first span), restarting that
     * trace's quiet period.
     */
    private void receive(SpanData span) {
        // BEGIN SOLUTION ch03.1
        spansReceived++;
        if (completedTraceIds.contains(span.traceId())) {
            receiveLate(span);
            return;
        }
        ActiveTrace active = activeTraces.computeIfAbsent(span.traceId(),
                traceId -> new ActiveTrace(traceId, settings.quietPeriod()));
        if (active.trace().contains(span.spanId())) {
            duplicateSpans.add(span);
            settings.log().printf(Locale.ROOT, "[%.1f] %s: duplicate span %s (%s) of trace %s ignored%n",
                    now(), name(), span.spanId(), span.operationName(), span.traceId());
            return;
        }
        active.add(span, now());
        // END SOLUTION
    }

    /** A span of a completed trace: kept, counted and reported, never added nor dropped. */
    private void receiveLate(SpanData span) {
        // BEGIN SOLUTION ch03.3
        lateSpans.add(span);
        settings.log().printf(Locale.ROOT, "[%.1f] %s: late span %s (%s) of trace %s, which was already complete%n",
                now(), name(), span.spanId(), span.operationName(), span.traceId());
        // END SOLUTION
    }

    /** Moves every active trace that is complete now to the completed traces, oldest first. */
    private void completeDueTraces() {
        // BEGIN SOLUTION ch03.2
        Iterator<ActiveTrace> traces = activeTraces.values().iterator();
        while (traces.hasNext()) {
            ActiveTrace active = traces.next();
            if (active.isCompleteAt(now())) {
                traces.remove();
                Trace trace = active.trace();
                completedTraces.add(trace);
                completedTraceIds.add(trace.traceId());
                settings.log().printf(Locale.ROOT, "[%.1f] %s: trace %s complete, %d spans%n",
                        now(), name(), trace.traceId(), trace.spanCount());
            }
        }
        // END SOLUTION
    }

    /**
     * The completer's loop: sleep until the next quiet period ends, then complete what is due.
     * Deadlines already checked are not checked again until a new span moves them, so a trace
     * that is not complete at its deadline (no root yet) never makes the loop spin.
     */
    private void completeQuietTraces() {
        double checkedUpTo = Double.NEGATIVE_INFINITY;
        while (true) {
            OptionalDouble next = nextDeadlineAfter(checkedUpTo);
            if (next.isEmpty()) {
                completerIdle = true;
                completerWakeups.get();
            } else if (now() < next.getAsDouble()) {
                env().timeout(next.getAsDouble() - now());
            } else {
                completeDueTraces();
                checkedUpTo = now();
            }
        }
    }

    private OptionalDouble nextDeadlineAfter(double checkedUpTo) {
        return activeTraces.values().stream()
                .mapToDouble(ActiveTrace::quietUntil)
                .filter(deadline -> deadline > checkedUpTo)
                .min();
    }

    /** A new span may have set a new deadline: wake the completer if it sleeps with none. */
    private void wakeCompleter() {
        if (completerIdle) {
            completerIdle = false;
            completerWakeups.put(Boolean.TRUE);
        }
    }
}
