package workbook.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;

/** Hidden examples: the corners of the rate check, the ratio algorithm and the tracer. */
class SamplingHiddenTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static String lowHalf(String hex16) {
        return "4bf92f3577b34da6" + hex16;
    }

    // ---- ch05.1 -------------------------------------------------------------------------

    @Test
    @Tag("ch05.1")
    @DisplayName("ch05.1 the smallest positive rate and -0.0 are accepted; the next double above 1.0 is not")
    void rateBoundaries() {
        assertThat(new HeadSampler(Double.MIN_VALUE, new SplittableRandom(1)).rate()).isEqualTo(Double.MIN_VALUE);
        assertThat(new TraceIdRatioSampler(-0.0).ratio()).isZero();
        assertThatThrownBy(() -> new HeadSampler(Math.nextUp(1.0), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(Math.nextUp(1.0)));
        assertThatThrownBy(() -> new HeadSampler(Double.NEGATIVE_INFINITY, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Tag("ch05.1")
    @DisplayName("ch05.1 the ratio sampler rejects NaN, which OpenTelemetry's own check lets through")
    void ratioSamplerRejectsNaN() {
        assertThatThrownBy(() -> new TraceIdRatioSampler(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratio")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> new TraceIdRatioSampler(-0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.5");
    }

    @Test
    @Tag("ch05.1")
    @DisplayName("ch05.1 the refusal reads as the doc shows: the parameter, the interval and the value")
    void refusalReadsAsTheDocShows() {
        assertThatThrownBy(() -> new HeadSampler(1.5, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sample rate must be in [0.0, 1.0], got 1.5");
        assertThatThrownBy(() -> new TraceIdRatioSampler(-0.25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratio must be in [0.0, 1.0], got -0.25");
    }

    // ---- ch05.2 -------------------------------------------------------------------------

    @Test
    @Tag("ch05.2")
    @DisplayName("ch05.2 a draw equal to the rate is not sampled; one draw per trace; the rate divides as a double")
    void drawEqualToTheRateIsNotSampled() {
        HeadSampler sampler = new HeadSampler(0.25, new ScriptedRandom(0.25, 0.0, 0.9));

        assertThat(sampler.shouldSample()).as("draw 0.25 at rate 0.25").isFalse();
        assertThat(sampler.shouldSample()).as("draw 0.0 at rate 0.25").isTrue();
        assertThat(sampler.shouldSample()).as("draw 0.9 at rate 0.25").isFalse();

        assertThat(sampler.totalTraces()).isEqualTo(3);
        assertThat(sampler.sampledTraces()).isEqualTo(1);
        assertThat(sampler.sampleRateActual()).isEqualTo(1.0 / 3);
    }

    @Test
    @Tag("ch05.2")
    @DisplayName("ch05.2 the actual rate is 0.0 before any trace, even at rate 1")
    void actualRateBeforeAnyTrace() {
        HeadSampler sampler = new HeadSampler(1.0, new ScriptedRandom());

        assertThat(sampler.sampleRateActual()).isEqualTo(0.0);
        assertThat(sampler.totalTraces()).isZero();
        assertThat(sampler.toString()).contains("rate=1.0");
    }

    // ---- ch05.3 -------------------------------------------------------------------------

    @Test
    @Tag("ch05.3")
    @DisplayName("ch05.3 bounds just inside the ends follow ratio x Long.MAX_VALUE")
    void boundsJustInsideTheEnds() {
        assertThat(TraceIdRatioSampler.idUpperBound(Double.MIN_VALUE)).isZero();
        assertThat(TraceIdRatioSampler.idUpperBound(Math.nextDown(1.0)))
                .isEqualTo((long) (Math.nextDown(1.0) * Long.MAX_VALUE))
                .isLessThan(Long.MAX_VALUE);
        assertThat(TraceIdRatioSampler.idUpperBound(0.25)).isEqualTo(2305843009213693952L);
    }

    // ---- ch05.4 -------------------------------------------------------------------------

    @Test
    @Tag("ch05.4")
    @DisplayName("ch05.4 the corners of OpenTelemetry's comparison")
    void cornersOfTheComparison() {
        String minValue = lowHalf("8000000000000000");
        assertThat(new TraceIdRatioSampler(1e-9).shouldSample(minValue))
                .as("|Long.MIN_VALUE| is negative, so it is below any positive bound").isTrue();
        assertThat(new TraceIdRatioSampler(0.0).shouldSample(minValue)).as("but not below Long.MIN_VALUE").isFalse();
        assertThat(new TraceIdRatioSampler(1.0).shouldSample(lowHalf("7fffffffffffffff")))
                .as("Long.MAX_VALUE is not below itself, even at ratio 1").isFalse();
        assertThat(new TraceIdRatioSampler(0.5).shouldSample(lowHalf("4000000000000000")))
                .as("2^62 is not below the bound of 0.5, which is 2^62").isFalse();
        assertThat(new TraceIdRatioSampler(0.5).shouldSample(lowHalf("3fffffffffffffff"))).isTrue();
        assertThat(new TraceIdRatioSampler(0.001).shouldSample(lowHalf("0000000000000000")))
                .as("a zero low half is a valid ID and sampled at any ratio above 0").isTrue();
        assertThat(new TraceIdRatioSampler(Double.MIN_VALUE).shouldSample(lowHalf("0000000000000000"))).isFalse();
        assertThat(TraceIdRatioSampler.randomPart(lowHalf("8000000000000000"))).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    @Tag("ch05.4")
    @DisplayName("ch05.4 uppercase, short and null trace IDs are rejected")
    void invalidTraceIdsAreRejected() {
        TraceIdRatioSampler sampler = new TraceIdRatioSampler(1.0);

        assertThatThrownBy(() -> sampler.shouldSample(TRACE.toUpperCase())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sampler.shouldSample(TRACE.substring(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sampler.shouldSample(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThat(sampler.toString()).isEqualTo("TraceIdRatioBased{1.000000}");
    }

    @Test
    @Tag("ch05.4")
    @DisplayName("ch05.4 --decide prints 1 or 0 per line, and names the first malformed line")
    void decideFilter() throws Exception {
        String input = TRACE + " 0.25\n" + lowHalf("0000000000000001") + " 0.01\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = SamplingDemo.run(reader(input), print(out), print(err), "--decide");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("0\n1\n");

        ByteArrayOutputStream badOut = new ByteArrayOutputStream();
        int badStatus = SamplingDemo.run(reader(TRACE + " 1\n" + TRACE + " half\n"), print(badOut), print(err),
                "--decide");
        assertThat(badStatus).isEqualTo(1);
        assertThat(badOut.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("1\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("'half'");

        assertThatThrownBy(() -> RatioDecisions.decide(reader("\n"), print(out)))
                .hasMessageContaining("line 1").hasMessageContaining("<traceIdHex32> <ratio>");
        assertThatThrownBy(() -> RatioDecisions.decide(reader(TRACE + " 0.5 extra\n"), print(out)))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> RatioDecisions.decide(reader("trace_1 0.5\n"), print(out)))
                .hasMessageContaining("line 1: traceId");
        assertThat(RatioDecisions.decide(reader("  " + TRACE + "\t0.5  \n" + TRACE + " 1e-3\n"), print(out)))
                .as("lines decided, spaces and tabs around the fields allowed").isEqualTo(2);
    }

    // ---- ch05.5 -------------------------------------------------------------------------

    @Test
    @Tag("ch05.5")
    @DisplayName("ch05.5 with a head sampler, exactly the sampled traces leave root spans")
    void headSamplerDecidesTheRoots() {
        List<SpanData> recorded = new ArrayList<>();
        HeadSampler sampler = new HeadSampler(0.5, new SplittableRandom(9));
        RequestTracer tracer = new RequestTracer(sampler, new CountingIds(), () -> 0.0, recorded::add);

        int sampledContexts = 0;
        for (int i = 0; i < 200; i++) {
            TraceContext root = tracer.traceRoot("make_request", "Client", SpanKind.CLIENT, context -> context);
            sampledContexts += root.sampled() ? 1 : 0;
            assertThat(root.baggage()).isEmpty();
        }

        assertThat(sampler.totalTraces()).as("one decision per trace").isEqualTo(200);
        assertThat(recorded).hasSize((int) sampler.sampledTraces()).hasSize(sampledContexts);
        assertThat(recorded).allSatisfy(span -> {
            assertThat(span.isRoot()).isTrue();
            assertThat(span.kind()).isEqualTo(SpanKind.CLIENT);
            assertThat(span.serviceName()).isEqualTo("Client");
        });
    }

    // ---- ch05.6 -------------------------------------------------------------------------

    @Test
    @Tag("ch05.6")
    @DisplayName("ch05.6 an unsampled step allocates nothing")
    void unsampledStepAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeThat(bean).isInstanceOf(com.sun.management.ThreadMXBean.class);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        RequestTracer tracer = new RequestTracer(traceId -> true, new CountingIds(), () -> 0.0, span -> { });
        TraceContext unsampled = new TraceContext(TRACE, "00f067aa0ba902b7", null, false, Map.of());
        TracedWork<TraceContext, RuntimeException> work = context -> context;
        for (int i = 0; i < 20_000; i++) {
            tracer.inSpan(unsampled, "process_data", "OrderService", SpanKind.INTERNAL, work);
        }

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            tracer.inSpan(unsampled, "process_data", "OrderService", SpanKind.INTERNAL, work);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).as("bytes allocated by 100000 unsampled inSpan calls (a span alone is over 100)")
                .isLessThan(100_000);
    }

    @Test
    @Tag("ch05.6")
    @DisplayName("ch05.6 a sampled step returns what its work returns")
    void sampledStepReturnsTheWorksValue() {
        RequestTracer tracer = new RequestTracer(traceId -> true, new CountingIds(), () -> 0.0, span -> { });
        TraceContext sampled = TraceContext.root(TRACE, "00f067aa0ba902b7");

        String result = tracer.inSpan(sampled, "op", "svc", SpanKind.INTERNAL, context -> "done by " + context.spanId());

        assertThat(result).startsWith("done by ").doesNotEndWith("00f067aa0ba902b7");
        Integer answer = tracer.traceRoot("op", "svc", SpanKind.SERVER, context -> 42);
        assertThat(answer).isEqualTo(42);
    }

    @Test
    @Tag("ch05.6")
    @DisplayName("ch05.6 a failure on an unsampled path goes on unchanged and records nothing")
    void unsampledFailureGoesOn() {
        List<SpanData> recorded = new ArrayList<>();
        RequestTracer tracer = new RequestTracer(traceId -> true, new CountingIds(), () -> 0.0, recorded::add);
        TraceContext unsampled = new TraceContext(TRACE, "00f067aa0ba902b7", null, false, Map.of());
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> tracer.inSpan(unsampled, "op", "svc", SpanKind.INTERNAL, context -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(recorded).isEmpty();
    }

    @Test
    @Tag("ch05.6")
    @DisplayName("ch05.6 a failure without a message is tagged with its class name, as in chapter 02, and goes on")
    void failureWithoutAMessageIsTaggedWithItsClass() {
        List<SpanData> recorded = new ArrayList<>();
        RequestTracer tracer = new RequestTracer(traceId -> true, new CountingIds(), () -> 0.0, recorded::add);
        TraceContext sampled = TraceContext.root(TRACE, "00f067aa0ba902b7");
        IllegalStateException failure = new IllegalStateException();

        assertThatThrownBy(() -> tracer.inSpan(sampled, "op", "svc", SpanKind.INTERNAL, context -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(recorded).singleElement().satisfies(span -> assertThat(span.tags())
                .containsEntry("error", true)
                .containsEntry("error.message", "java.lang.IllegalStateException"));
    }

    // ---- ch05.7 -------------------------------------------------------------------------

    @Test
    @Tag("ch05.7")
    @DisplayName("ch05.7 identical runs have variance 0; every slowest missed gives rate 1")
    void identicalRuns() {
        ExperimentSummary summary = ExperimentSummary.of(List.of(
                new RunOutcome(1, 10, 0, false), new RunOutcome(2, 10, 0, false)));

        assertThat(summary.mean()).isZero();
        assertThat(summary.variance()).isZero();
        assertThat(summary.slowestMissedRate()).isEqualTo(1.0);
        assertThat(summary.meanStandardError()).isZero();
        assertThat(summary.slowestMissedStandardError()).isZero();
        ExperimentSummary spread = ExperimentSummary.of(List.of(new RunOutcome(1, 10, 3, true),
                new RunOutcome(2, 10, 5, false), new RunOutcome(3, 10, 7, true)));
        assertThat(spread.meanStandardError()).isCloseTo(Math.sqrt(4.0 / 3), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(spread.slowestMissedStandardError())
                .isCloseTo(Math.sqrt(1.0 / 3 * 2.0 / 3 / 3), org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> ExperimentSummary.of(List.of(new RunOutcome(1, 10, 0, false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1");
    }

    @Test
    @Tag("ch05.7")
    @DisplayName("ch05.7 the demo prints mean and variance next to the theory")
    void demoPrintsTheExperiment() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = SamplingDemo.run(reader(""), print(out), print(new ByteArrayOutputStream()),
                "--runs", "50", "--first-seed", "7");

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(text).contains("rate 0.50", "10 requests per run", "50 runs (seeds 7 to 56)")
                .containsPattern("(?m)^mean: +\\d\\.\\d{3} .*theory n\\*p = 5\\.000$")
                .containsPattern("(?m)^variance: +\\d\\.\\d{3}; theory n\\*p\\*\\(1-p\\) = 2\\.500$")
                .containsPattern("(?m)^slowest request missed: \\d+\\.\\d % of runs, .*theory 1-p = 50\\.0 %$");
        ExperimentSummary expected = new SamplingExperiment(10, 0.5).summarise(7, 50);
        assertThat(text).contains(
                String.format(java.util.Locale.ROOT, "mean:     %.3f traces recorded per run, standard error %.3f;",
                        expected.mean(), expected.meanStandardError()),
                String.format(java.util.Locale.ROOT, "variance: %.3f;", expected.variance()),
                String.format(java.util.Locale.ROOT, "missed: %.1f %% of runs, standard error %.1f %%;",
                        100 * expected.slowestMissedRate(), 100 * expected.slowestMissedStandardError()));
    }

    @Test
    @DisplayName("provided code: the experiment is reproducible and rejects bad settings")
    void experimentIsReproducible() {
        SamplingExperiment experiment = new SamplingExperiment(4, 1.0);

        RunOutcome outcome = experiment.run(3);

        assertThat(outcome).isEqualTo(new RunOutcome(3, 4, 4, true));
        assertThat(new SamplingExperiment(4, 0.0).run(3)).isEqualTo(new RunOutcome(3, 4, 0, false));
        assertThat(new SamplingExperiment(20, 0.3).run(5)).isEqualTo(new SamplingExperiment(20, 0.3).run(5));
        assertThat(experiment.expectedMean()).isEqualTo(4.0);
        assertThat(new SamplingExperiment(10, 0.3).expectedVariance()).isCloseTo(2.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new SamplingExperiment(10, 0.3).expectedSlowestMissedRate()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> new SamplingExperiment(0, 0.5)).hasMessageContaining("requests");
        assertThatThrownBy(() -> new SamplingExperiment(1, 2.0)).hasMessageContaining("2.0");
        assertThat(new RunOutcome(1, 1, 1, true).requests()).isEqualTo(1);
        assertThatThrownBy(() -> new RunOutcome(1, 3, 4, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunOutcome(1, 3, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunOutcome(1, 0, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunOutcome(1, 3, -1, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("provided code: each run is the seed's scenario: a request every 1.5 s, 0.15 to 0.45 s long")
    void runsFollowTheSeedsScenario() {
        for (long seed = 1; seed <= 20; seed++) {
            SamplingExperiment experiment = new SamplingExperiment(6, seed % 2 == 0 ? 1.0 : 0.5);
            List<SamplingExperiment.Request> requests = experiment.requests(seed);

            assertThat(requests).hasSize(6);
            double previousEnd = 0.0;
            for (SamplingExperiment.Request request : requests) {
                assertThat(request.start()).as("start of %s", request).isCloseTo(previousEnd + 1.5,
                        org.assertj.core.data.Offset.offset(1e-9));
                assertThat(request.latency()).as("latency of %s", request).isBetween(0.15, 0.45);
                previousEnd = request.start() + request.latency();
            }
            SamplingExperiment.Request slowest = requests.stream()
                    .max(java.util.Comparator.comparingDouble(SamplingExperiment.Request::latency)).orElseThrow();
            RunOutcome outcome = experiment.run(seed);
            assertThat(outcome.slowestRecorded()).as("seed %d: the slowest is %s", seed, slowest)
                    .isEqualTo(slowest.recorded());
            assertThat(outcome.tracesRecorded()).isEqualTo((int) requests.stream().filter(r -> r.recorded()).count());
            if (experiment.rate() == 1.0) {
                assertThat(requests).allMatch(SamplingExperiment.Request::recorded);
            }
        }
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
