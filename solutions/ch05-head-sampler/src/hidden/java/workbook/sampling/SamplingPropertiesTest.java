package workbook.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.testkit.Differences;

/**
 * Hidden properties. The differential ones run the learner's classes and the reference
 * (compiled under {@code reference.workbook.sampling}) on the same generated input.
 */
class SamplingPropertiesTest {

    // ---- ch05.1: which rates are valid ----------------------------------------------------

    @Property(tries = 200, seed = "501")
    @Tag("ch05.1")
    void rateValidityAgreesWithTheReference(@ForAll("rates") double rate) {
        boolean referenceAccepts;
        try {
            new reference.workbook.sampling.HeadSampler(rate, new SplittableRandom(1));
            referenceAccepts = true;
        } catch (IllegalArgumentException e) {
            referenceAccepts = false;
        }
        if (referenceAccepts) {
            assertThat(new HeadSampler(rate, new SplittableRandom(1)).rate()).isEqualTo(rate);
            assertThat(new TraceIdRatioSampler(rate).ratio()).isEqualTo(rate);
        } else {
            assertThatThrownBy(() -> new HeadSampler(rate, new SplittableRandom(1)))
                    .as("new HeadSampler(%s, random)", rate)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(rate));
            assertThatThrownBy(() -> new TraceIdRatioSampler(rate))
                    .as("new TraceIdRatioSampler(%s)", rate)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(rate));
        }
    }

    /** Rates inside, at and just beyond [0, 1], and the special doubles. */
    @Provide
    Arbitrary<Double> rates() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-2.0, 3.0),
                Arbitraries.of(0.0, -0.0, 1.0, Math.nextUp(1.0), Math.nextDown(0.0), Double.MIN_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE));
    }

    // ---- ch05.2: head sampling ------------------------------------------------------------

    @Property(tries = 100, seed = "502")
    @Tag("ch05.2")
    void headSamplerAgreesWithTheReference(@ForAll("unitRates") double rate, @ForAll long seed,
                                           @ForAll @IntRange(min = 0, max = 60) int traces) {
        HeadSampler learner = new HeadSampler(rate, new SplittableRandom(seed));
        reference.workbook.sampling.HeadSampler expected =
                new reference.workbook.sampling.HeadSampler(rate, new SplittableRandom(seed));

        for (int i = 0; i < traces; i++) {
            assertThat(learner.shouldSample()).as("decision %d at rate %s, seed %s", i, rate, seed)
                    .isEqualTo(expected.shouldSample());
        }
        assertThat(learner.totalTraces()).isEqualTo(expected.totalTraces());
        assertThat(learner.sampledTraces()).isEqualTo(expected.sampledTraces());
        assertThat(learner.sampleRateActual()).isEqualTo(expected.sampleRateActual());
    }

    @Property(tries = 50, seed = "503")
    @Tag("ch05.2")
    void rateZeroNeverSamplesAndRateOneAlwaysDoes(@ForAll long seed) {
        HeadSampler never = new HeadSampler(0.0, new SplittableRandom(seed));
        HeadSampler always = new HeadSampler(1.0, new SplittableRandom(seed));
        for (int i = 0; i < 200; i++) {
            assertThat(never.shouldSample()).as("rate 0, seed %s, trace %d", seed, i).isFalse();
            assertThat(always.shouldSample()).as("rate 1, seed %s, trace %d", seed, i).isTrue();
        }
        assertThat(never.sampleRateActual()).isZero();
        assertThat(always.sampleRateActual()).isEqualTo(1.0);
    }

    @Property(tries = 100, seed = "504")
    @Tag("ch05.2")
    void observedRateStaysWithinBinomialBounds(@ForAll("unitRates") double rate, @ForAll long seed) {
        int traces = 2000;
        HeadSampler sampler = new HeadSampler(rate, new SplittableRandom(seed));
        for (int i = 0; i < traces; i++) {
            sampler.shouldSample();
        }
        // Five standard deviations of Binomial(n, p), plus one for the discreteness.
        double slack = 5 * Math.sqrt(traces * rate * (1 - rate)) + 1;
        assertThat((double) sampler.sampledTraces()).as("traces sampled of %d at rate %s", traces, rate)
                .isCloseTo(traces * rate, within(slack));
        assertThat(sampler.sampleRateActual()).isCloseTo(rate, within(slack / traces));
    }

    @Provide
    Arbitrary<Double> unitRates() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0.0, 1.0), Arbitraries.of(0.0, 0.5, 1.0, 1e-6));
    }

    // ---- ch05.3 and ch05.4: trace-ID ratio sampling ---------------------------------------

    @Property(tries = 300, seed = "505")
    @Tag("ch05.3")
    void upperBoundAgreesWithOpenTelemetry(@ForAll("unitRates") double ratio) {
        assertThat(TraceIdRatioSampler.idUpperBound(ratio)).as("idUpperBound(%s)", ratio)
                .isEqualTo(OpenTelemetryRatio.idUpperBound(ratio));
    }

    @Property(tries = 300, seed = "506")
    @Tag("ch05.4")
    void decisionAgreesWithOpenTelemetry(@ForAll("traceIds") String traceId, @ForAll("unitRates") double ratio) {
        assertThat(new TraceIdRatioSampler(ratio).shouldSample(traceId))
                .as("shouldSample(%s) at ratio %s", traceId, ratio)
                .isEqualTo(OpenTelemetryRatio.shouldSample(traceId, ratio))
                .isEqualTo(new reference.workbook.sampling.TraceIdRatioSampler(ratio).shouldSample(traceId));
        assertThat(TraceIdRatioSampler.randomPart(traceId)).isEqualTo(OpenTelemetryRatio.randomPart(traceId));
    }

    @Property(tries = 300, seed = "507")
    @Tag("ch05.4")
    void aHigherRatioKeepsEveryTraceALowerOneKeeps(@ForAll("traceIds") String traceId,
                                                   @ForAll("unitRates") double a, @ForAll("unitRates") double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        if (new TraceIdRatioSampler(low).shouldSample(traceId)) {
            assertThat(new TraceIdRatioSampler(high).shouldSample(traceId))
                    .as("%s is sampled at ratio %s, so it must be at %s", traceId, low, high).isTrue();
        }
    }

    @Property(tries = 200, seed = "508")
    @Tag("ch05.4")
    void onlyTheLowHalfDecides(@ForAll("traceIds") String traceId, @ForAll("traceIds") String other,
                               @ForAll("unitRates") double ratio) {
        String sameLowHalf = other.substring(0, 16) + traceId.substring(16);
        TraceIdRatioSampler serviceA = new TraceIdRatioSampler(ratio);
        TraceIdRatioSampler serviceB = new TraceIdRatioSampler(ratio);

        assertThat(serviceB.shouldSample(sameLowHalf)).as("%s and %s share their low half", traceId, sameLowHalf)
                .isEqualTo(serviceA.shouldSample(traceId));
    }

    @Property(tries = 30, seed = "509")
    @Tag("ch05.4")
    void observedFractionOfRandomIdsStaysWithinBinomialBounds(@ForAll("unitRates") double ratio, @ForAll long seed) {
        IdGenerator ids = IdGenerator.random(new SplittableRandom(seed));
        TraceIdRatioSampler sampler = new TraceIdRatioSampler(ratio);
        int traces = 2000;
        int sampled = 0;
        for (int i = 0; i < traces; i++) {
            sampled += sampler.shouldSample(ids.newTraceId()) ? 1 : 0;
        }
        double slack = 5 * Math.sqrt(traces * ratio * (1 - ratio)) + 1;
        assertThat((double) sampled).as("IDs sampled of %d at ratio %s", traces, ratio)
                .isCloseTo(traces * ratio, within(slack));
    }

    /** Random valid trace IDs, with the low halves where the comparison has its corners. */
    @Provide
    Arbitrary<String> traceIds() {
        Arbitrary<String> high = Arbitraries.strings().withChars("0123456789abcdef").ofLength(16)
                .filter(hex -> !hex.equals("0".repeat(16)));
        Arbitrary<String> low = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(16),
                Arbitraries.of("0000000000000000", "8000000000000000", "7fffffffffffffff", "ffffffffffffffff",
                        "4000000000000000", "3fffffffffffffff", "c000000000000000", "0000000000000001"));
        return Combinators.combine(high, low).as(String::concat);
    }

    // ---- ch05.5 and ch05.6: the tracer, against the reference -----------------------------

    @Property(tries = 150, seed = "510")
    @Tag("ch05.5")
    @Tag("ch05.6")
    void tracerRecordsWhatTheReferenceRecords(@ForAll long seed, @ForAll("unitRates") double rate,
                                              @ForAll @IntRange(min = 1, max = 6) int requests) {
        List<SpanData> learnerSpans = new ArrayList<>();
        double[] learnerClock = {0.0};
        RequestTracer learner = new RequestTracer(new HeadSampler(rate, new SplittableRandom(seed))::shouldSample,
                IdGenerator.random(new SplittableRandom(~seed)), () -> learnerClock[0], learnerSpans::add);
        Random learnerShape = new Random(seed);

        List<SpanData> referenceSpans = new ArrayList<>();
        double[] referenceClock = {0.0};
        reference.workbook.sampling.RequestTracer expected = new reference.workbook.sampling.RequestTracer(
                new reference.workbook.sampling.HeadSampler(rate, new SplittableRandom(seed))::shouldSample,
                IdGenerator.random(new SplittableRandom(~seed)), () -> referenceClock[0], referenceSpans::add);
        Random referenceShape = new Random(seed);

        List<Boolean> learnerSampled = new ArrayList<>();
        List<Boolean> referenceSampled = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            learnerSampled.add(learner.traceRoot("make_request", "Client", SpanKind.CLIENT, context -> {
                learnerClock[0] += 1;
                calls(learnerShape, learnerClock, 0, child -> learner.inSpan(context, child.name, "OrderService",
                        SpanKind.INTERNAL, c -> nested(learner, c, learnerShape, learnerClock, 1)));
                return context.sampled();
            }));
            referenceSampled.add(expected.traceRoot("make_request", "Client", SpanKind.CLIENT, context -> {
                referenceClock[0] += 1;
                calls(referenceShape, referenceClock, 0, child -> expected.inSpan(context, child.name, "OrderService",
                        SpanKind.INTERNAL, c -> nested(expected, c, referenceShape, referenceClock, 1)));
                return context.sampled();
            }));
        }

        assertThat(learnerSampled).as("sampled flags of the root contexts").isEqualTo(referenceSampled);
        Differences.assertEqual("the shape of the recorded traces", shape(referenceSpans), shape(learnerSpans));
        for (SpanData span : learnerSpans) {
            assertThat(span.parentSpanId() == null
                    || learnerSpans.stream().anyMatch(p -> p.spanId().equals(span.parentSpanId())))
                    .as("[%s] has a recorded parent; %s", span.operationName(), SpanTrees.describe(learnerSpans))
                    .isTrue();
        }
    }

    /** A child call in a generated call tree. */
    private record Call(String name) {}

    private static void calls(Random shape, double[] clock, int depth, java.util.function.Consumer<Call> each) {
        int children = depth >= 3 ? 0 : shape.nextInt(3);
        for (int k = 0; k < children; k++) {
            clock[0] += 0.25;
            each.accept(new Call("op" + depth + "." + k));
        }
    }

    private static Object nested(RequestTracer tracer, TraceContext context, Random shape, double[] clock, int depth) {
        calls(shape, clock, depth, child -> tracer.inSpan(context, child.name, "OrderService", SpanKind.INTERNAL,
                c -> nested(tracer, c, shape, clock, depth + 1)));
        clock[0] += 0.125;
        return null;
    }

    private static Object nested(reference.workbook.sampling.RequestTracer tracer, TraceContext context, Random shape,
                                 double[] clock, int depth) {
        calls(shape, clock, depth, child -> tracer.inSpan(context, child.name, "OrderService", SpanKind.INTERNAL,
                c -> nested(tracer, c, shape, clock, depth + 1)));
        clock[0] += 0.125;
        return null;
    }

    /** The spans with each ID replaced by the order it was first seen in, so ID draw order does not matter. */
    private static List<String> shape(List<SpanData> spans) {
        Map<String, Integer> names = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (SpanData span : spans) {
            lines.add(String.join(" ", span.operationName(), span.serviceName(), span.kind().name(),
                    "trace" + names.computeIfAbsent(span.traceId(), id -> names.size()),
                    "span" + names.computeIfAbsent(span.spanId(), id -> names.size()),
                    span.parentSpanId() == null ? "root" : "parent" + names.computeIfAbsent(span.parentSpanId(),
                            id -> names.size()),
                    span.startTime() + ".." + span.endTime()));
        }
        return lines;
    }

    @Property(tries = 100, seed = "511")
    @Tag("ch05.6")
    void anUnsampledRequestMakesNothingOnItsPath(@ForAll long seed) {
        List<SpanData> recorded = new ArrayList<>();
        CountingIds ids = new CountingIds();
        RequestTracer tracer = new RequestTracer(traceId -> false, ids, () -> 0.0, recorded::add);
        Random shape = new Random(seed);
        double[] clock = {0.0};
        List<TraceContext> seen = new ArrayList<>();

        TraceContext root = tracer.traceRoot("make_request", "Client", SpanKind.CLIENT, context -> {
            calls(shape, clock, 0, child -> tracer.inSpan(context, child.name, "svc", SpanKind.INTERNAL, c -> {
                seen.add(c);
                return nested(tracer, c, shape, clock, 1);
            }));
            return context;
        });

        assertThat(recorded).as(SpanTrees.describe(recorded)).isEmpty();
        assertThat(seen).as("contexts seen below the root").allSatisfy(c -> assertThat(c).isSameAs(root));
        assertThat(ids.traceIds).as("trace IDs drawn").isEqualTo(1);
        assertThat(ids.spanIds).as("span IDs drawn: the root context's only").isEqualTo(1);
    }

    // ---- ch05.7: the experiment's statistics ----------------------------------------------

    @Property(tries = 200, seed = "512")
    @Tag("ch05.7")
    void summaryAgreesWithTheReference(@ForAll("outcomes") List<int[]> runs) {
        List<RunOutcome> learner = new ArrayList<>();
        List<reference.workbook.sampling.RunOutcome> expected = new ArrayList<>();
        for (int[] run : runs) {
            boolean slowest = run[1] > 0 && run[2] == 1;
            learner.add(new RunOutcome(run[0], 10, run[1], slowest));
            expected.add(new reference.workbook.sampling.RunOutcome(run[0], 10, run[1], slowest));
        }

        ExperimentSummary summary = ExperimentSummary.of(learner);
        reference.workbook.sampling.ExperimentSummary want = reference.workbook.sampling.ExperimentSummary.of(expected);

        assertThat(summary.runs()).isEqualTo(want.runs());
        assertThat(summary.mean()).as("mean").isCloseTo(want.mean(), within(1e-9));
        assertThat(summary.variance()).as("sample variance").isCloseTo(want.variance(), within(1e-9));
        assertThat(summary.slowestMissedRate()).as("slowest missed rate").isCloseTo(want.slowestMissedRate(), within(1e-12));
    }

    @Provide
    Arbitrary<List<int[]>> outcomes() {
        Arbitrary<int[]> run = Combinators.combine(Arbitraries.integers().between(1, 1000),
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 1))
                .as((seed, recorded, slowest) -> new int[] {seed, recorded, slowest});
        return run.list().ofMinSize(2).ofMaxSize(200);
    }

    /**
     * OpenTelemetry Java's TraceIdRatioBased algorithm, written independently of the
     * workbook's code: the low 8 bytes of the ID, big-endian, compared by absolute value.
     */
    private static final class OpenTelemetryRatio {

        static long idUpperBound(double ratio) {
            return ratio == 0.0 ? Long.MIN_VALUE : ratio == 1.0 ? Long.MAX_VALUE : (long) (ratio * Long.MAX_VALUE);
        }

        static long randomPart(String traceId) {
            return new BigInteger(traceId.substring(16, 32), 16).longValue();
        }

        static boolean shouldSample(String traceId, double ratio) {
            return Math.abs(randomPart(traceId)) < idUpperBound(ratio);
        }
    }
}
