package workbook.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import workbook.sim.Environment;
import workbook.trace.SpanData;
import workbook.trace.Trace;
import workbook.testkit.Differences;

/**
 * Hidden properties of the collector: arrival order does not matter, spans are conserved, and
 * the learner's collector, tree and summary agree with the reference
 * ({@code reference.workbook.collector}) on the same generated input.
 */
class CollectorPropertiesTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final double QUIET_PERIOD = 1.0;

    /** A span and when it reaches the collector. */
    private record Arrival(double time, SpanData span) {}

    /** What a collector ended with, through its public API only. */
    private record Outcome(List<String> completed, List<String> active, List<String> late, List<String> duplicate,
                           int received, int tracesCompleted) {}

    // ---- arrival order ----------------------------------------------------------------------

    @Property(tries = 40, seed = "301", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch03.1")
    @Tag("ch03.2")
    @Tag("ch03.4")
    void anyArrivalOrderGivesTheSameTracesAndTrees(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int traces,
                                                   @ForAll long firstOrder, @ForAll long secondOrder) {
        List<List<SpanData>> generated = GeneratedTraces.traces(seed, traces, 10);
        Map<String, String> expectedTrees = new LinkedHashMap<>();
        generated.forEach(spans -> expectedTrees.put(spans.get(0).traceId(),
                reference.workbook.collector.SpanTree.render(GeneratedTraces.trace(spans))));

        for (long order : new long[] {firstOrder, secondOrder}) {
            TraceCollector collector = runLearner(shuffledWithSmallGaps(generated, order));

            assertThat(collector.activeTraces()).as("traces still active").isEmpty();
            assertThat(collector.lateSpans()).as("late spans").isEmpty();
            Map<String, String> trees = new LinkedHashMap<>();
            collector.completedTraces().forEach(trace -> trees.put(trace.traceId(), SpanTree.render(trace)));
            assertThat(trees).as("the span tree of each completed trace, arrival order %d", order)
                    .containsExactlyInAnyOrderEntriesOf(expectedTrees);
            for (Trace trace : collector.completedTraces()) {
                Set<String> ids = trace.spans().stream().map(SpanData::spanId).collect(Collectors.toSet());
                assertThat(ids).as("span IDs of %s", trace.traceId()).isEqualTo(generated.stream()
                        .filter(spans -> spans.get(0).traceId().equals(trace.traceId())).findFirst().orElseThrow()
                        .stream().map(SpanData::spanId).collect(Collectors.toSet()));
            }
        }
    }

    /** All spans shuffled, arriving at random times within one quiet period (often several at once). */
    private static List<Arrival> shuffledWithSmallGaps(List<List<SpanData>> traces, long order) {
        List<SpanData> spans = new ArrayList<>();
        traces.forEach(spans::addAll);
        Random random = new Random(order);
        Collections.shuffle(spans, random);
        List<Double> times = new ArrayList<>();
        spans.forEach(span -> times.add(1.0 + random.nextInt(10) * 0.09));
        Collections.sort(times);
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            arrivals.add(new Arrival(times.get(i), spans.get(i)));
        }
        return arrivals;
    }

    // ---- conservation, and the collector against the reference --------------------------------

    @Property(tries = 80, seed = "302", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch03.1")
    @Tag("ch03.2")
    @Tag("ch03.3")
    void spansAreConservedAndFiledLikeTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int traces,
                                                   @ForAll boolean stopEarly) {
        List<Arrival> arrivals = messyArrivals(seed, traces);
        double until = stopEarly ? arrivals.get(arrivals.size() - 1).time() + 0.5 : Double.POSITIVE_INFINITY;

        TraceCollector learner;
        reference.workbook.collector.TraceCollector expected;
        try (Environment env = new Environment(seed)) {
            learner = new TraceCollector(env, new CollectorSettings(QUIET_PERIOD, QUIET));
            expected = new reference.workbook.collector.TraceCollector(env,
                    new reference.workbook.collector.CollectorSettings(QUIET_PERIOD, QUIET));
            env.process("services", () -> {
                for (Arrival arrival : arrivals) {
                    env.timeout(arrival.time() - env.now());
                    learner.accept(arrival.span());
                    expected.accept(arrival.span());
                }
            });
            if (stopEarly) {
                env.run(until);
            } else {
                env.run();
            }
        }

        int inCompleted = learner.completedTraces().stream().mapToInt(Trace::spanCount).sum();
        int inActive = learner.activeTraces().stream().mapToInt(Trace::spanCount).sum();
        assertThat(learner.spansReceived()).as("spans received = in completed + in active + late + duplicate")
                .isEqualTo(inCompleted + inActive + learner.lateSpans().size() + learner.duplicateSpans().size())
                .isEqualTo(arrivals.size());
        Differences.assertEqual("what the collector holds", outcome(expected), outcome(learner));
    }

    /**
     * Traces whose spans arrive in a random order with random gaps, some longer than the quiet
     * period (so some spans are late), some roots dropped (traces that never complete), some spans
     * sent twice.
     */
    private static List<Arrival> messyArrivals(long seed, int traces) {
        Random random = new Random(seed);
        List<SpanData> spans = new ArrayList<>();
        for (List<SpanData> trace : GeneratedTraces.traces(seed, traces, 8)) {
            boolean dropRoot = random.nextInt(4) == 0;
            for (SpanData span : trace) {
                if (!(dropRoot && span.isRoot())) {
                    spans.add(span);
                }
                if (random.nextInt(10) == 0) {
                    spans.add(span);
                }
            }
        }
        Collections.shuffle(spans, random);
        List<Arrival> arrivals = new ArrayList<>();
        double time = 0.5;
        for (SpanData span : spans) {
            time += random.nextInt(6) * 0.3;
            arrivals.add(new Arrival(time, span));
        }
        return arrivals;
    }

    private static Outcome outcome(TraceCollector collector) {
        return new Outcome(describe(collector.completedTraces()), describe(collector.activeTraces()),
                ids(collector.lateSpans()), ids(collector.duplicateSpans()), collector.spansReceived(),
                collector.tracesCompleted());
    }

    private static Outcome outcome(reference.workbook.collector.TraceCollector collector) {
        return new Outcome(describe(collector.completedTraces()), describe(collector.activeTraces()),
                ids(collector.lateSpans()), ids(collector.duplicateSpans()), collector.spansReceived(),
                collector.tracesCompleted());
    }

    private static List<String> describe(List<Trace> traces) {
        return traces.stream().map(trace -> trace.traceId() + ids(trace.spans())).toList();
    }

    private static List<String> ids(List<SpanData> spans) {
        return spans.stream().map(SpanData::spanId).toList();
    }

    private static TraceCollector runLearner(List<Arrival> arrivals) {
        try (Environment env = new Environment(1)) {
            TraceCollector collector = new TraceCollector(env, new CollectorSettings(QUIET_PERIOD, QUIET));
            env.process("services", () -> {
                for (Arrival arrival : arrivals) {
                    env.timeout(arrival.time() - env.now());
                    collector.accept(arrival.span());
                }
            });
            env.run();
            return collector;
        }
    }

    // ---- trees and summaries against the reference ------------------------------------------

    @Property(tries = 300, seed = "304", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch03.3")
    @Tag("ch03.4")
    void treesAndOrphansAgreeWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int lost) {
        Trace trace = withSpansLost(GeneratedTraces.traces(seed, 1, 14).get(0), lost, seed);

        Differences.assertSameText("the span tree", reference.workbook.collector.SpanTree.render(trace),
                SpanTree.render(trace));
        assertThat(SpanTree.orphans(trace)).as("the orphans")
                .isEqualTo(reference.workbook.collector.SpanTree.orphans(trace));
        assertThat(SpanTree.render(trace).lines()).as("one line per span").hasSize(trace.spanCount());
    }

    @Property(tries = 200, seed = "305", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch03.5")
    void summariesAgreeWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int count,
                                        @ForAll @IntRange(min = 0, max = 3) int lost) {
        List<Trace> traces = GeneratedTraces.traces(seed, count, 12).stream()
                .map(spans -> withSpansLost(spans, lost, seed)).toList();

        List<TraceSummary> learner = TraceSummary.of(traces);
        List<reference.workbook.collector.TraceSummary> expected = reference.workbook.collector.TraceSummary.of(traces);

        assertThat(learner).extracting(TraceSummary::traceId, TraceSummary::duration, TraceSummary::spanCount,
                        TraceSummary::slowestSpan)
                .as("the summaries")
                .containsExactlyElementsOf(expected.stream().map(summary -> org.assertj.core.groups.Tuple.tuple(
                        summary.traceId(), summary.duration(), summary.spanCount(), summary.slowestSpan())).toList());
    }

    /** The trace with up to {@code lost} spans (never all of them) missing, in a shuffled order. */
    private static Trace withSpansLost(List<SpanData> spans, int lost, long seed) {
        List<SpanData> kept = new ArrayList<>(spans);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < lost && kept.size() > 1; i++) {
            kept.remove(random.nextInt(kept.size()));
        }
        Collections.shuffle(kept, random);
        return GeneratedTraces.trace(kept);
    }

    // ---- the seed's scenario ----------------------------------------------------------------

    @Property(tries = 20, seed = "306", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch03.2")
    void seedScenarioCompletesOneTracePerRequest(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int requests) {
        TraceCollector learner = SeedScenario.run(seed, requests, QUIET);
        reference.workbook.collector.TraceCollector expected =
                reference.workbook.collector.SeedScenario.run(seed, requests, QUIET);

        assertThat(learner.tracesCompleted()).as("traces completed").isEqualTo(requests);
        assertThat(learner.spansReceived()).as("spans received").isEqualTo(3 * requests);
        assertThat(learner.completedTraces()).extracting(SpanTree::render).as("the span trees")
                .containsExactlyElementsOf(expected.completedTraces().stream()
                        .map(reference.workbook.collector.SpanTree::render).toList());
    }
}
