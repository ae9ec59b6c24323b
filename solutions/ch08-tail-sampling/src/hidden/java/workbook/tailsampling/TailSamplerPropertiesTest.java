package workbook.tailsampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import workbook.trace.SpanData;

/**
 * Hidden properties of the tail sampler over generated span streams: it agrees with the reference
 * step by step, never exceeds its bounds, conserves spans, makes one decision per trace, and keeps
 * every slow or failed trace while capacity allows.
 */
class TailSamplerPropertiesTest {

    @Property(tries = 200, seed = "801")
    @Tag("ch08.2")
    @Tag("ch08.3")
    @Tag("ch08.4")
    @Tag("ch08.5")
    void agreesWithTheReferenceStepByStep(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int traces,
                                           @ForAll @IntRange(min = 1, max = 5) int maxTraces,
                                           @ForAll @IntRange(min = 1, max = 5) int maxSpans,
                                           @ForAll @IntRange(min = 1, max = 5) int cacheSize,
                                           @ForAll @DoubleRange(min = 0, max = 2) double wait,
                                           @ForAll @DoubleRange(min = 0.5, max = 2) double threshold) {
        SpanStreams.Stream stream = SpanStreams.generate(seed, traces, true);
        double[] now = {0};
        List<SpanData> learnerKept = new ArrayList<>();
        List<SpanData> expectedKept = new ArrayList<>();
        TailSampler learner = new TailSampler(new TailSamplingSettings(wait, maxTraces, maxSpans, cacheSize),
                List.of(SamplingPolicy.latency(threshold), SamplingPolicy.anyError(), SamplingPolicy.probabilistic(0.3)),
                learnerKept::add, () -> now[0]);
        reference.workbook.tailsampling.TailSampler expected = new reference.workbook.tailsampling.TailSampler(
                new reference.workbook.tailsampling.TailSamplingSettings(wait, maxTraces, maxSpans, cacheSize),
                List.of(reference.workbook.tailsampling.SamplingPolicy.latency(threshold),
                        reference.workbook.tailsampling.SamplingPolicy.anyError(),
                        reference.workbook.tailsampling.SamplingPolicy.probabilistic(0.3)),
                expectedKept::add, () -> now[0]);

        List<String> steps = new ArrayList<>();
        for (SpanStreams.Event event : stream.events()) {
            now[0] = event.time();
            if (event.isTick()) {
                learner.decideDue();
                expected.decideDue();
                steps.add(String.format("t=%.2f decideDue()", event.time()));
            } else {
                learner.accept(event.span());
                expected.accept(event.span());
                steps.add(String.format("t=%.2f accept(%s of trace %s%s)", event.time(), event.span().operationName(),
                        event.span().traceId().substring(0, 8), event.span().tags().isEmpty() ? "" : ", error"));
            }
            String story = String.join("\n  ", steps.subList(Math.max(0, steps.size() - 12), steps.size()));
            assertThat(describe(learner.stats())).as("stats after (last steps shown)%n  %s", story)
                    .isEqualTo(describe(expected.stats()));
            assertThat(learnerKept).as("exported spans after (last steps shown)%n  %s", story)
                    .containsExactlyElementsOf(expectedKept);
        }
        learner.flush();
        expected.flush();
        assertThat(describe(learner.stats())).as("stats after flush()").isEqualTo(describe(expected.stats()));
        assertThat(learnerKept).as("exported spans after flush()").containsExactlyElementsOf(expectedKept);
    }

    @Property(tries = 200, seed = "802")
    @Tag("ch08.2")
    @Tag("ch08.4")
    @Tag("ch08.5")
    void neverExceedsItsBoundsAndConservesSpans(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int traces,
                                                @ForAll @IntRange(min = 1, max = 4) int maxTraces,
                                                @ForAll @IntRange(min = 1, max = 4) int maxSpans,
                                                @ForAll @IntRange(min = 1, max = 4) int cacheSize) {
        SpanStreams.Stream stream = SpanStreams.generate(seed, traces, true);
        double[] now = {0};
        List<SpanData> kept = new ArrayList<>();
        TailSampler sampler = new TailSampler(new TailSamplingSettings(0.5, maxTraces, maxSpans, cacheSize),
                List.of(SamplingPolicy.latency(1.0), SamplingPolicy.anyError()), kept::add, () -> now[0]);

        for (SpanStreams.Event event : stream.events()) {
            now[0] = event.time();
            if (event.isTick()) {
                sampler.decideDue();
            } else {
                sampler.accept(event.span());
            }
            TailSamplingStats stats = sampler.stats();
            assertThat(stats.tracesBuffered()).as("traces held at t=%.2f, maxTraces %d%n%s", now[0], maxTraces, stats)
                    .isLessThanOrEqualTo(maxTraces);
            for (String traceId : stream.traceIds()) {
                assertThat(sampler.bufferedSpanCount(traceId)).as("spans held for %s, maxSpansPerTrace %d", traceId,
                        maxSpans).isLessThanOrEqualTo(maxSpans);
            }
            assertThat(stats.cachedDecisions()).as("decisions remembered, decisionCacheSize %d", cacheSize)
                    .isLessThanOrEqualTo(cacheSize);
            assertThat(stats.isConserved()).as("received = kept + dropped + buffered%n%s", stats).isTrue();
            assertThat(stats.spansKept()).as("spans kept = spans exported").isEqualTo(kept.size());
        }
        sampler.flush();
        TailSamplingStats end = sampler.stats();
        assertThat(end.spansBuffered()).as("spans held after flush()").isZero();
        assertThat(end.spansReceived()).as("received = kept + dropped after flush()%n%s", end)
                .isEqualTo(end.spansKept() + end.spansDropped());
    }

    @Property(tries = 150, seed = "803")
    @Tag("ch08.3")
    @Tag("ch08.5")
    void oneDecisionPerTraceAppliedToAllItsSpans(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int traces,
                                                @ForAll @DoubleRange(min = 0, max = 2) double wait) {
        SpanStreams.Stream stream = SpanStreams.generate(seed, traces, true);
        List<SpanData> kept = run(stream, new TailSamplingSettings(wait, 100, 100, 100),
                List.of(SamplingPolicy.latency(1.0), SamplingPolicy.anyError(), SamplingPolicy.probabilistic(0.3)));

        Map<String, Long> keptPerTrace = kept.stream().collect(Collectors.groupingBy(SpanData::traceId, Collectors.counting()));
        for (String traceId : stream.traceIds()) {
            int total = stream.spansByTrace().get(traceId).size();
            assertThat(keptPerTrace.getOrDefault(traceId, 0L)).as("spans of trace %s kept, of %d", traceId, total)
                    .isIn(0L, (long) total);
        }
    }

    @Property(tries = 150, seed = "804")
    @Tag("ch08.1")
    @Tag("ch08.3")
    void everySlowOrFailedTraceIsKeptWhileCapacityAllows(@ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 14) int traces,
                                                         @ForAll @DoubleRange(min = 0, max = 2) double wait) {
        SpanStreams.Stream stream = SpanStreams.generate(seed, traces, false);
        List<SpanData> kept = run(stream, new TailSamplingSettings(wait, traces, 6, traces),
                List.of(SamplingPolicy.latency(1.0), SamplingPolicy.anyError()));

        Map<String, Long> keptPerTrace = kept.stream().collect(Collectors.groupingBy(SpanData::traceId, Collectors.counting()));
        for (String traceId : stream.traceIds()) {
            List<SpanData> spans = stream.spansByTrace().get(traceId);
            double duration = spans.stream().mapToDouble(SpanData::endTime).max().orElseThrow()
                    - spans.stream().mapToDouble(SpanData::startTime).min().orElseThrow();
            boolean failed = spans.stream().anyMatch(span -> Boolean.TRUE.equals(span.tags().get("error")));
            long expected = duration >= 1.0 || failed ? spans.size() : 0;
            assertThat(keptPerTrace.getOrDefault(traceId, 0L))
                    .as("spans kept of trace %s (%.3f s%s, %d spans)", traceId, duration, failed ? ", failed" : "",
                            spans.size())
                    .isEqualTo(expected);
        }
    }

    private static List<SpanData> run(SpanStreams.Stream stream, TailSamplingSettings settings,
                                      List<SamplingPolicy> policies) {
        double[] now = {0};
        List<SpanData> kept = new ArrayList<>();
        TailSampler sampler = new TailSampler(settings, policies, kept::add, () -> now[0]);
        for (SpanStreams.Event event : stream.events()) {
            now[0] = event.time();
            if (event.isTick()) {
                sampler.decideDue();
            } else {
                sampler.accept(event.span());
            }
        }
        sampler.flush();
        return kept;
    }

    /** The counters of either implementation's stats, as one comparable line. */
    private static String describe(TailSamplingStats stats) {
        return describe(stats.spansReceived(), stats.spansBuffered(), stats.tracesBuffered(), byName(stats.spans()),
                byName(stats.traces()), stats.tracesDecidedEarly(), stats.lateSpans(), stats.cachedDecisions());
    }

    private static String describe(reference.workbook.tailsampling.TailSamplingStats stats) {
        return describe(stats.spansReceived(), stats.spansBuffered(), stats.tracesBuffered(), byName(stats.spans()),
                byName(stats.traces()), stats.tracesDecidedEarly(), stats.lateSpans(), stats.cachedDecisions());
    }

    private static String describe(long received, long buffered, int tracesBuffered, Map<String, Long> spans,
                                   Map<String, Long> traces, long early, long late, int cached) {
        return String.format("received %d, buffered %d spans in %d traces, spans %s, traces %s, decided early %d,"
                + " late %d, cached %d", received, buffered, tracesBuffered, spans, traces, early, late, cached);
    }

    private static Map<String, Long> byName(Map<? extends Enum<?>, Long> counts) {
        Map<String, Long> byName = new HashMap<>();
        counts.forEach((outcome, count) -> byName.put(outcome.name(), count));
        return new java.util.TreeMap<>(byName);
    }
}
