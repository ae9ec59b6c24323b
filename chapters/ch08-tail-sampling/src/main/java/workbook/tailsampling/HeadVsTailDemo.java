package workbook.tailsampling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import workbook.sampling.HeadSampler;
import workbook.sim.Environment;
import workbook.sim.SimulationException;
import workbook.trace.SpanData;
import workbook.traceview.TracePage;
import workbook.traceview.ViewSpan;

/**
 * Head sampling against tail sampling on the same checkout traffic, at about the same storage
 * budget (10 % of traces): the head sampler keeps whatever its coin picks at the start of each
 * request; the tail sampler keeps every slow and every failed trace, plus 7 % of the rest by trace
 * ID. The last line is {@code slow traces kept: head H/T, tail K/T}.
 *
 * <p>Run: {@code ../../mvnw -q compile exec:java} in the chapter's folder. With the argument
 * {@code memory} ({@code -Dexec.args=memory}) it measures instead what the tail sampler's buffer
 * costs ({@link BufferFootprint}); with {@code --html FILE} it also draws the traces the tail
 * sampler kept as a waterfall page.
 */
public final class HeadVsTailDemo {

    /** Head sampling rate: the storage budget. */
    static final double HEAD_RATE = 0.10;
    /** The tail sampler's configuration in the demo. */
    static final TailSamplingSettings SETTINGS = new TailSamplingSettings(0.5, 1000, 50, 1000);
    static final double LATENCY_THRESHOLD = 1.0;
    static final double BASELINE_RATIO = 0.07;
    /** How often the tail sampler decides the traces that are due, in simulated seconds. */
    static final double TICK = 0.25;

    private HeadVsTailDemo() {}

    public static void main(String[] args) {
        try {
            if (args.length > 0 && args[0].equals("memory")) {
                BufferFootprint.main(new String[0]);
            } else if (args.length == 2 && args[0].equals("--html")) {
                List<SpanData> kept = new ArrayList<>();
                run(42, TrafficProfile.DEMO, System.out, kept::add);
                Path page = Path.of(args[1]);
                try {
                    TracePage.write(page, "ch08: the traces the tail sampler kept", kept.stream().map(HeadVsTailDemo::view).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + page + ": " + e.getMessage(), e);
                }
                System.out.printf(Locale.ROOT, "%nWrote %s: %d traces, %d spans; open it in a browser%n", page,
                        kept.stream().map(SpanData::traceId).distinct().count(), kept.size());
            } else if (args.length == 0) {
                run(42, TrafficProfile.DEMO, System.out);
            } else {
                throw new IllegalArgumentException("usage: HeadVsTailDemo [memory | --html FILE], got " + List.of(args));
            }
        } catch (SimulationException | UnsupportedOperationException e) {
            System.out.println(notYet(e).orElseThrow(() -> e));
        }
    }

    /**
     * The line the demo prints instead of its report when {@code failure} is an open TODO's
     * {@code UnsupportedOperationException}, thrown directly or by a process; empty for any
     * other failure, which the demo rethrows.
     */
    static Optional<String> notYet(RuntimeException failure) {
        Throwable todo = failure instanceof SimulationException ? failure.getCause() : failure;
        return todo instanceof UnsupportedOperationException ? Optional.of("not yet: " + todo.getMessage()) : Optional.empty();
    }

    /**
     * What one comparison found: every request (with the head sampler's decision) and the traces
     * the tail sampler kept. Immutable.
     */
    public record Comparison(List<CheckoutRequest> requests, Set<String> tailKeptTraces, TailSamplingStats tail) {

        public Comparison {
            requests = List.copyOf(requests);
            tailKeptTraces = Set.copyOf(tailKeptTraces);
        }
    }

    /** Runs the comparison on {@code profile}'s traffic, prints the report to {@code out} and returns what it found. */
    public static Comparison run(long seed, TrafficProfile profile, PrintStream out) {
        return run(seed, profile, out, span -> { });
    }

    /** {@link #run(long, TrafficProfile, PrintStream)}, handing every span the tail sampler keeps to {@code kept}. */
    public static Comparison run(long seed, TrafficProfile profile, PrintStream out, Consumer<SpanData> kept) {
        Set<String> tailKeptTraces = new HashSet<>();
        int[] bufferPeak = {0};
        try (Environment env = new Environment(seed)) {
            TailSampler tail = new TailSampler(SETTINGS, List.of(SamplingPolicy.latency(LATENCY_THRESHOLD),
                    SamplingPolicy.anyError(), SamplingPolicy.probabilistic(BASELINE_RATIO)),
                    span -> {
                        tailKeptTraces.add(span.traceId());
                        kept.accept(span);
                    }, env::now);
            HeadSampler head = new HeadSampler(HEAD_RATE, new SplittableRandom(seed));
            CheckoutTraffic traffic = new CheckoutTraffic(env, profile, head, tail::accept);
            env.process("tail-sampler", () -> {
                while (!traffic.isOver() || tail.stats().tracesBuffered() > 0) {
                    env.timeout(TICK);
                    bufferPeak[0] = Math.max(bufferPeak[0], tail.stats().tracesBuffered());
                    tail.decideDue();
                }
            });
            env.run();
            report(out, profile, seed, env.now(), traffic.requests(), tail.stats(), tailKeptTraces, bufferPeak[0]);
            return new Comparison(traffic.requests(), tailKeptTraces, tail.stats());
        }
    }

    private static void report(PrintStream out, TrafficProfile profile, long seed, double end,
                               List<CheckoutRequest> requests, TailSamplingStats tail, Set<String> tailKept,
                               int bufferPeak) {
        long slow = count(requests, CheckoutRequest::slow);
        long failed = count(requests, CheckoutRequest::failed);
        long headStored = count(requests, CheckoutRequest::headSampled);
        out.printf(Locale.ROOT, "Checkout traffic: %d requests over %.1f s (seed %d), %d slow (query 1-2 s), %d failed%n",
                requests.size(), end, seed, slow, failed);
        out.printf(Locale.ROOT, "Storage budget: about %.0f %% of traces%n%n", HEAD_RATE * 100);
        out.printf(Locale.ROOT, "head sampling at rate %.2f, decided as each request starts:%n", HEAD_RATE);
        out.printf(Locale.ROOT, "  stored %d traces (%d spans)%n", headStored,
                requests.stream().filter(CheckoutRequest::headSampled).mapToLong(CheckoutRequest::spanCount).sum());
        out.printf(Locale.ROOT, "tail sampling: keep if latency >= %.1f s, any error, or %.0f %% by trace ID;"
                + " decided %.1f s after the root:%n", LATENCY_THRESHOLD, BASELINE_RATIO * 100, SETTINGS.decisionWait());
        out.printf(Locale.ROOT, "  stored %d traces (%d spans); dropped %d spans: not sampled %d, evicted %d,"
                        + " over span limit %d%n", tail.traces(Outcome.KEPT), tail.spansKept(), tail.spansDropped(),
                tail.spans(Outcome.NOT_SAMPLED), tail.spans(Outcome.EVICTED), tail.spans(Outcome.OVER_SPAN_LIMIT));
        out.printf(Locale.ROOT, "  buffer: peak %d traces held, bound %d traces x %d spans; conserved: %s%n%n",
                bufferPeak, SETTINGS.maxTraces(), SETTINGS.maxSpansPerTrace(), tail.isConserved());
        out.printf(Locale.ROOT, "failed traces kept: head %d/%d, tail %d/%d%n",
                count(requests, r -> r.failed() && r.headSampled()), failed,
                count(requests, r -> r.failed() && tailKept.contains(r.traceId())), failed);
        out.printf(Locale.ROOT, "slow traces kept: head %d/%d, tail %d/%d%n",
                count(requests, r -> r.slow() && r.headSampled()), slow,
                count(requests, r -> r.slow() && tailKept.contains(r.traceId())), slow);
    }

    /** A kept span as the trace view draws it; the {@code error} tag marks a failed span. */
    private static ViewSpan view(SpanData span) {
        ViewSpan.Builder view = ViewSpan.builder(span.traceId(), span.spanId(), span.operationName(), span.serviceName())
                .parent(span.parentSpanId()).kind(span.kind().name()).seconds(span.startTime(), span.endTime())
                .attributes(span.tags());
        if (Boolean.TRUE.equals(span.tags().get("error"))) {
            view.error(String.valueOf(span.tags().getOrDefault("error.message", "")));
        }
        span.logs().forEach(log -> view.event(ViewSpan.nanos(log.timestamp()), log.message(), log.fields()));
        return view.build();
    }

    private static long count(List<CheckoutRequest> requests, Predicate<CheckoutRequest> which) {
        return requests.stream().filter(which).count();
    }
}
