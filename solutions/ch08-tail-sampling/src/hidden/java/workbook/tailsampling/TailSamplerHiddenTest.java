package workbook.tailsampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.testkit.Differences;
import workbook.testkit.Printed;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.Trace;

/** Hidden examples: the corners of buffering, deciding, bounds, late spans and bad input. */
class TailSamplerHiddenTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String OTHER = "0af7651916cd43dd8448eb211c80319c";

    private final double[] now = {0};
    private final List<SpanData> exported = new ArrayList<>();

    private TailSampler sampler(TailSamplingSettings settings, SamplingPolicy... policies) {
        return new TailSampler(settings, List.of(policies), exported::add, () -> now[0]);
    }

    private static SpanData span(String traceId, int id, Integer parent, double start, double end, boolean error) {
        return new SpanData(traceId, String.format("%016x", id), parent == null ? null : String.format("%016x", parent),
                parent == null ? "checkout" : "query", "svc", SpanKind.INTERNAL, start, end,
                error ? Map.of("error", true) : Map.of(), List.of());
    }

    // ---- ch08.1 -------------------------------------------------------------------------

    @Test
    @Tag("ch08.1")
    @DisplayName("ch08.1 corners: threshold 0 keeps a zero-length trace, 'true' as text is no error, ratio 0 keeps none")
    void policyCorners() {
        Trace instant = new Trace(TRACE);
        instant.add(span(TRACE, 1, null, 2.0, 2.0, false));
        Trace textual = new Trace(TRACE);
        textual.add(new SpanData(TRACE, "0000000000000001", null, "checkout", "svc", SpanKind.INTERNAL, 0, 1,
                Map.of("error", "true"), List.of()));

        assertThat(SamplingPolicy.latency(0).shouldKeep(instant)).as("latency(0) on a 0 s trace").isTrue();
        assertThat(SamplingPolicy.latency(0).shouldKeep(new Trace(TRACE))).as("latency(0) on a trace without spans,"
                + " which has no duration").isFalse();
        assertThat(SamplingPolicy.anyError().shouldKeep(textual)).as("anyError on error=\"true\" (text)").isFalse();
        assertThat(SamplingPolicy.probabilistic(0.0).shouldKeep(instant)).as("probabilistic(0.0)").isFalse();
        assertThat(((ProbabilisticPolicy) SamplingPolicy.probabilistic(0.25)).ratio()).isEqualTo(0.25);
        assertThat(SamplingPolicy.probabilistic(0.25)).hasToString("ProbabilisticPolicy[ratio=0.25]");
        assertThat(catchThrowable(() -> SamplingPolicy.probabilistic(1.5))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- ch08.2 -------------------------------------------------------------------------

    @Test
    @Tag("ch08.2")
    @DisplayName("ch08.2 a span received twice is refused and changes nothing")
    void duplicateSpanIsRefused() {
        TailSampler sampler = sampler(new TailSamplingSettings(1, 10, 10, 10), SamplingPolicy.latency(0));
        SpanData child = span(TRACE, 2, 1, 0, 0.1, false);
        sampler.accept(child);
        TailSamplingStats before = sampler.stats();

        assertThatThrownBy(() -> sampler.accept(child)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(child.spanId()).hasMessageContaining(TRACE);

        assertThat(sampler.stats()).isEqualTo(before);
        assertThatThrownBy(() -> sampler.accept(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @Tag("ch08.2")
    @DisplayName("ch08.2 a clock that goes back, or reads NaN, is refused")
    void clockMustNeverGoBack() {
        TailSampler sampler = sampler(new TailSamplingSettings(1, 10, 10, 10), SamplingPolicy.latency(0));
        now[0] = 5;
        sampler.accept(span(TRACE, 2, 1, 0, 0.1, false));

        now[0] = 4;
        assertThatThrownBy(() -> sampler.accept(span(TRACE, 3, 1, 0, 0.1, false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("5.0").hasMessageContaining("4.0");
        now[0] = Double.NaN;
        assertThatThrownBy(sampler::decideDue).isInstanceOf(IllegalStateException.class).hasMessageContaining("NaN");
        assertThatThrownBy(sampler::flush).isInstanceOf(IllegalStateException.class);
        assertThat(sampler.stats().spansReceived()).isEqualTo(1);
    }

    @Test
    @Tag("ch08.2")
    @DisplayName("ch08.2 a root over the span limit is dropped, but still starts the wait")
    void rootOverTheLimitStartsTheWait() {
        TailSampler sampler = sampler(new TailSamplingSettings(0.5, 10, 1, 10), SamplingPolicy.anyError());
        SpanData failedChild = span(TRACE, 2, 1, 0, 0.1, true);
        sampler.accept(failedChild);
        now[0] = 1;
        sampler.accept(span(TRACE, 1, null, 0, 1, false));

        now[0] = 1.5;
        sampler.decideDue();

        TailSamplingStats stats = sampler.stats();
        assertThat(exported).as("kept on the child it holds\n%s", stats).containsExactly(failedChild);
        assertThat(stats.spans(Outcome.OVER_SPAN_LIMIT)).isEqualTo(1);
        assertThat(stats.tracesBuffered()).isZero();
    }

    @Test
    @Tag("ch08.2")
    @DisplayName("ch08.2 a second parentless span does not restart the wait")
    void secondRootDoesNotRestartTheWait() {
        TailSampler sampler = sampler(new TailSamplingSettings(0.5, 10, 10, 10), SamplingPolicy.latency(0));
        sampler.accept(span(TRACE, 1, null, 0, 0.1, false));
        now[0] = 0.4;
        sampler.accept(span(TRACE, 7, null, 0.3, 0.4, false));

        now[0] = 0.5;
        sampler.decideDue();

        assertThat(exported).as("decided 0.5 s after the first root").hasSize(2);
        assertThat(sampler.settings().decisionWait()).isEqualTo(0.5);
    }

    @Test
    @Tag("ch08.2")
    @DisplayName("ch08.2 a span of an unknown trace starts holding it; the exported spans are the ones received")
    void unknownTraceStartsANewOne() {
        TailSampler sampler = sampler(new TailSamplingSettings(0, 10, 10, 10), SamplingPolicy.latency(0));
        SpanData root = span(OTHER, 1, null, 0, 0.1, false);

        sampler.accept(root);
        assertThat(sampler.bufferedSpanCount(OTHER)).isEqualTo(1);
        assertThat(sampler.bufferedSpanCount(TRACE)).isZero();
        sampler.decideDue();

        assertThat(exported).singleElement().isSameAs(root);
    }

    /*
     * The memory measurement itself (demo argument "memory") is not graded: it allocates tens of
     * megabytes and waits for the garbage collector, so its time and its figures depend on the
     * machine's load (it once timed out at 10 s beside other builds). It is a measurement, run
     * by hand (docs/ch08-tail-sampling.md); only its report's format is checked here.
     */
    @Test
    @DisplayName("provided code: the memory report prints each cost and the worst cases in a fixed format")
    void memoryReportFormat() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        BufferFootprint.report(new BufferFootprint.Costs(100, 200, 50), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(bytes(report, "each held span")).isEqualTo(100);
        assertThat(report).contains(
                "each held span:                        100 bytes",
                "each held trace, beyond its spans:     200 bytes",
                "each remembered decision:               50 bytes",
                "A checkout request in flight (3 spans): 500 bytes",
                "Worst case, demo settings (1000 traces x 50 spans, 1000 decisions): 5.3 MB",
                "Worst case, 50000 traces (the Collector's default num_traces) x 50 spans: 263 MB");
    }

    private static int bytes(String report, String label) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(label + ": +(-?\\d+) bytes").matcher(report);
        assertThat(line.find()).as("a line '%s: N bytes' in%n%s", label, report).isTrue();
        return Integer.parseInt(line.group(1));
    }

    // ---- ch08.3 -------------------------------------------------------------------------

    @Test
    @Tag("ch08.3")
    @DisplayName("ch08.3 traces fall due in the order their roots arrived, not their first spans")
    void tracesFallDueInRootOrder() {
        TailSampler sampler = sampler(new TailSamplingSettings(1, 10, 10, 10), SamplingPolicy.latency(0));
        sampler.accept(span(TRACE, 2, 1, 0, 0.1, false));
        now[0] = 0.2;
        sampler.accept(span(OTHER, 1, null, 0, 0.2, false));
        now[0] = 0.3;
        sampler.accept(span(TRACE, 1, null, 0, 0.3, false));

        now[0] = 1.25;
        sampler.decideDue();
        assertThat(exported).extracting(SpanData::traceId).as("decided at 1.25").containsExactly(OTHER);
        now[0] = 1.3;
        sampler.decideDue();
        assertThat(exported).extracting(SpanData::traceId).as("decided at 1.3").containsExactly(OTHER, TRACE, TRACE);
    }

    @Test
    @Tag("ch08.3")
    @DisplayName("ch08.3 flush decides every trace on what it holds, rootless ones too")
    void flushDecidesEverything() {
        TailSampler sampler = sampler(new TailSamplingSettings(5, 10, 10, 10), SamplingPolicy.anyError());
        SpanData failed = span(TRACE, 2, 1, 0, 0.1, true);
        sampler.accept(failed);
        sampler.accept(span(OTHER, 2, 1, 0, 0.1, false));

        sampler.flush();

        TailSamplingStats stats = sampler.stats();
        assertThat(exported).containsExactly(failed);
        assertThat(stats.tracesBuffered()).isZero();
        assertThat(stats.traces(Outcome.KEPT)).isEqualTo(1);
        assertThat(stats.traces(Outcome.NOT_SAMPLED)).isEqualTo(1);
        assertThat(stats.traces(Outcome.OVER_SPAN_LIMIT)).isZero();
        assertThat(stats.tracesDecidedEarly()).as("flush is not 'early' eviction").isZero();
    }

    @Test
    @Tag("ch08.3")
    @DisplayName("ch08.3 a trace is kept when any policy keeps it; the policy list is copied")
    void anyPolicyKeeps() {
        List<SamplingPolicy> policies = new ArrayList<>(List.of(trace -> false, SamplingPolicy.anyError()));
        TailSampler sampler = new TailSampler(new TailSamplingSettings(0, 10, 10, 10), policies, exported::add,
                () -> now[0]);
        policies.clear();
        sampler.accept(span(TRACE, 1, null, 0, 0.1, true));

        sampler.decideDue();

        assertThat(exported).hasSize(1);
        assertThatThrownBy(() -> sampler.stats().spans().put(Outcome.KEPT, 0L))
                .isInstanceOf(UnsupportedOperationException.class);
        TailSamplingStats unbalanced = new TailSamplingStats(3, 1, 1, Map.of(Outcome.KEPT, 1L), Map.of(), 0, 0, 0);
        assertThat(unbalanced.isConserved()).as("3 received, 1 kept, 1 buffered").isFalse();
        assertThat(unbalanced.spans(Outcome.EVICTED)).as("an outcome missing from the map counts 0").isZero();
    }

    @Test
    @Tag("ch08.3")
    @DisplayName("ch08.3 the demo prints what the reference's prints, and tail keeps every slow trace")
    void demoMatchesTheReference() {
        TrafficProfile small = new TrafficProfile(250, 20, 0.05, 0.04);
        String output = Printed.to(out -> HeadVsTailDemo.run(3, small, out));
        String expected = Printed.to(out -> reference.workbook.tailsampling.HeadVsTailDemo.run(3,
                new reference.workbook.tailsampling.TrafficProfile(250, 20, 0.05, 0.04), out));

        Differences.assertSameText("the demo's report", expected, output);
        String last = output.lines().reduce((first, second) -> second).orElseThrow();
        assertThat(last).as("last line of%n%s", output).matches("slow traces kept: head (\\d+)/(\\d+), tail (\\d+)/\\2");
        assertThat(output).contains("conserved: true");
        assertThat(catchThrowable(() -> new TrafficProfile(0, 20, 0, 0))).hasMessageContaining("requests");
        assertThat(catchThrowable(() -> new TrafficProfile(1, 0, 0, 0))).hasMessageContaining("requestsPerSecond");
        assertThat(catchThrowable(() -> new TrafficProfile(1, Double.POSITIVE_INFINITY, 0, 0)))
                .hasMessageContaining("requestsPerSecond");
        assertThat(catchThrowable(() -> new TrafficProfile(1, 1, -0.01, 0))).hasMessageContaining("slowFraction");
        assertThat(catchThrowable(() -> new TrafficProfile(1, 1, 0, 1.01))).hasMessageContaining("failureFraction");
        assertThat(new TrafficProfile(1, 0.5, 1, 0).requests()).isEqualTo(1);
        assertThat(new TrafficProfile(1, 0.5, 0, 1).failureFraction()).isEqualTo(1);
    }

    // ---- ch08.4 -------------------------------------------------------------------------

    @Test
    @Tag("ch08.4")
    @DisplayName("ch08.4 a trace decided early can be dropped; room is made only when full")
    void decidedEarlyAndDropped() {
        TailSampler sampler = sampler(new TailSamplingSettings(10, 2, 10, 10), SamplingPolicy.anyError());
        sampler.accept(span(TRACE, 1, null, 0, 0.1, false));
        sampler.accept(span(OTHER, 1, null, 0, 0.1, false));
        assertThat(sampler.stats().tracesBuffered()).as("two traces held, maxTraces 2").isEqualTo(2);

        sampler.accept(span("8448eb211c80319c0af7651916cd43dd", 1, null, 0, 0.1, false));

        TailSamplingStats stats = sampler.stats();
        assertThat(stats.tracesDecidedEarly()).isEqualTo(1);
        assertThat(stats.traces(Outcome.NOT_SAMPLED)).isEqualTo(1);
        assertThat(sampler.bufferedSpanCount(TRACE)).as("the oldest made room").isZero();
        assertThat(sampler.bufferedSpanCount(OTHER)).isEqualTo(1);
    }

    @Test
    @Tag("ch08.4")
    @Tag("ch08.5")
    @DisplayName("ch08.4 the late root of an evicted trace follows the eviction")
    void lateRootOfAnEvictedTrace() {
        TailSampler sampler = sampler(new TailSamplingSettings(10, 1, 10, 10), SamplingPolicy.latency(0));
        sampler.accept(span(TRACE, 2, 1, 0, 0.1, false));
        sampler.accept(span(OTHER, 2, 1, 0, 0.1, false));

        sampler.accept(span(TRACE, 1, null, 0, 0.2, false));

        TailSamplingStats stats = sampler.stats();
        assertThat(stats.spans(Outcome.EVICTED)).as("spans evicted\n%s", stats).isEqualTo(2);
        assertThat(stats.lateSpans()).isEqualTo(1);
        assertThat(sampler.bufferedSpanCount(TRACE)).isZero();
        assertThat(sampler.bufferedSpanCount(OTHER)).isEqualTo(1);
    }

    // ---- ch08.5 -------------------------------------------------------------------------

    @Test
    @Tag("ch08.5")
    @DisplayName("ch08.5 a cache of one remembers only the last decision")
    void cacheOfOne() {
        TailSampler sampler = sampler(new TailSamplingSettings(0, 10, 10, 1), SamplingPolicy.latency(0));
        sampler.accept(span(TRACE, 1, null, 0, 0.1, false));
        sampler.decideDue();
        sampler.accept(span(OTHER, 1, null, 0, 0.1, false));
        sampler.decideDue();

        sampler.accept(span(OTHER, 2, 1, 0, 0.1, false));
        sampler.accept(span(TRACE, 2, 1, 0, 0.1, false));

        TailSamplingStats stats = sampler.stats();
        assertThat(stats.cachedDecisions()).isEqualTo(1);
        assertThat(stats.lateSpans()).isEqualTo(1);
        assertThat(sampler.bufferedSpanCount(TRACE)).as("forgotten, so held as new").isEqualTo(1);
        assertThat(exported).extracting(SpanData::traceId).containsExactly(TRACE, OTHER, OTHER);
    }

    // ---- ch08.6 -------------------------------------------------------------------------

    @Test
    @Tag("ch08.6")
    @DisplayName("ch08.6 more bad input: -infinity, an infinite threshold, the smallest int")
    void moreBadInput() {
        assertThat(catchThrowable(() -> new TailSamplingSettings(Double.NEGATIVE_INFINITY, 1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decisionWait");
        assertThat(catchThrowable(() -> new LatencyPolicy(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThat(catchThrowable(() -> new TailSamplingSettings(0, Integer.MIN_VALUE, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTraces");
        TailSamplingSettings smallest = new TailSamplingSettings(0, 1, 1, 1);
        assertThat(smallest.maxBufferedSpans()).isEqualTo(1);
        assertThat(new TailSamplingSettings(0, 50_000, 100_000, 1).maxBufferedSpans()).isEqualTo(5_000_000_000L);
        assertThat(new LatencyPolicy(0).thresholdSeconds()).isZero();
    }
}
