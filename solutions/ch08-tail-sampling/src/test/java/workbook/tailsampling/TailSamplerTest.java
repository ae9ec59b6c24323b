package workbook.tailsampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.ManualClock;
import workbook.trace.SpanData;

class TailSamplerTest {

    private final ManualClock clock = new ManualClock();
    private final List<SpanData> exported = new ArrayList<>();

    private TailSampler sampler(TailSamplingSettings settings, SamplingPolicy... policies) {
        return new TailSampler(settings, List.of(policies), exported::add, clock);
    }

    @Test
    @Tag("ch08.2")
    @DisplayName("ch08.2 spans are held, not exported, while their trace has no root")
    void spansAreHeldUntilTheirTraceIsDecided() {
        TailSampler sampler = sampler(new TailSamplingSettings(0.5, 10, 10, 10), SamplingPolicy.latency(0));
        TestTrace checkout = new TestTrace(1);
        clock.advanceTo(0.1);

        sampler.accept(checkout.child(2, 0.0, 0.05));
        sampler.accept(checkout.child(3, 0.05, 0.1));
        clock.advanceTo(100);
        sampler.decideDue();

        TailSamplingStats stats = sampler.stats();
        assertThat(exported).as("spans exported before the root arrived").isEmpty();
        assertThat(sampler.bufferedSpanCount(checkout.traceId)).as("spans held for the trace\n%s", stats).isEqualTo(2);
        assertThat(stats.spansReceived()).as("spansReceived").isEqualTo(2);
        assertThat(stats.spansBuffered()).as("spansBuffered").isEqualTo(2);
        assertThat(stats.tracesBuffered()).as("tracesBuffered").isEqualTo(1);
    }

    @Test
    @Tag("ch08.2")
    @DisplayName("ch08.2 spans of different traces are held apart")
    void spansOfDifferentTracesAreHeldApart() {
        TailSampler sampler = sampler(new TailSamplingSettings(0.5, 10, 10, 10), SamplingPolicy.latency(0));
        TestTrace first = new TestTrace(1);
        TestTrace second = new TestTrace(2);

        sampler.accept(first.child(2, 0.0, 0.05));
        sampler.accept(second.child(2, 0.0, 0.05));
        sampler.accept(second.child(3, 0.0, 0.05));

        assertThat(sampler.bufferedSpanCount(first.traceId)).as("spans held for the first trace").isEqualTo(1);
        assertThat(sampler.bufferedSpanCount(second.traceId)).as("spans held for the second trace").isEqualTo(2);
        assertThat(sampler.stats().tracesBuffered()).as("tracesBuffered").isEqualTo(2);
    }

    @Test
    @Tag("ch08.2")
    @DisplayName("ch08.2 a span beyond maxSpansPerTrace is dropped and counted; the trace lives on")
    void spanBeyondTheLimitIsDroppedAndCounted() {
        TailSampler sampler = sampler(new TailSamplingSettings(0.5, 10, 2, 10), SamplingPolicy.latency(0));
        TestTrace checkout = new TestTrace(1);

        sampler.accept(checkout.child(2, 0.0, 0.05));
        sampler.accept(checkout.child(3, 0.0, 0.05));
        sampler.accept(checkout.child(4, 0.0, 0.05));

        TailSamplingStats stats = sampler.stats();
        assertThat(sampler.bufferedSpanCount(checkout.traceId)).as("spans held, limit 2\n%s", stats).isEqualTo(2);
        assertThat(stats.spans(Outcome.OVER_SPAN_LIMIT)).as("spans dropped over the limit\n%s", stats).isEqualTo(1);
        assertThat(stats.isConserved()).as("received = kept + dropped + buffered\n%s", stats).isTrue();
    }

    @Test
    @Tag("ch08.3")
    @DisplayName("ch08.3 a trace is decided once its root has waited decisionWait, and all its spans go together")
    void traceIsDecidedOnceItsRootHasWaited() {
        TailSampler sampler = sampler(new TailSamplingSettings(0.5, 10, 10, 10), SamplingPolicy.latency(0));
        TestTrace checkout = new TestTrace(1);
        List<SpanData> spans = List.of(checkout.child(2, 0.0, 0.05), checkout.child(3, 0.05, 0.1),
                checkout.root(0.0, 1.0));
        clock.advanceTo(0.1);
        sampler.accept(spans.get(0));
        sampler.accept(spans.get(1));
        clock.advanceTo(1.0);
        sampler.accept(spans.get(2));

        clock.advanceTo(1.4);
        sampler.decideDue();
        assertThat(exported).as("exported at 1.4, root arrived at 1.0, wait 0.5").isEmpty();

        clock.advanceTo(1.5);
        sampler.decideDue();
        assertThat(exported).as("exported at 1.5, root arrived at 1.0, wait 0.5").containsExactlyElementsOf(spans);
        TailSamplingStats stats = sampler.stats();
        assertThat(stats.traces(Outcome.KEPT)).as("traces kept\n%s", stats).isEqualTo(1);
        assertThat(stats.tracesBuffered()).as("traces still held\n%s", stats).isZero();
    }

    @Test
    @Tag("ch08.3")
    @DisplayName("ch08.3 slow and failed traces are kept, a fast successful one is dropped")
    void slowAndFailedTracesAreKept() {
        TailSampler sampler = sampler(new TailSamplingSettings(0.0, 10, 10, 10),
                SamplingPolicy.latency(1.0), SamplingPolicy.anyError());
        TestTrace slow = new TestTrace(1);
        TestTrace failed = new TestTrace(2);
        TestTrace fast = new TestTrace(3);

        sampler.accept(slow.root(0.0, 1.5));
        sampler.accept(failed.failedChild(2, 0.0, 0.05));
        sampler.accept(failed.root(0.0, 0.1));
        sampler.accept(fast.child(2, 0.0, 0.05));
        sampler.accept(fast.root(0.0, 0.1));
        sampler.decideDue();

        TailSamplingStats stats = sampler.stats();
        assertThat(exported).as("exported spans\n%s", stats).extracting(SpanData::traceId)
                .containsExactly(slow.traceId, failed.traceId, failed.traceId);
        assertThat(stats.traces(Outcome.KEPT)).as("traces kept").isEqualTo(2);
        assertThat(stats.traces(Outcome.NOT_SAMPLED)).as("traces not sampled").isEqualTo(1);
        assertThat(stats.spans(Outcome.NOT_SAMPLED)).as("spans not sampled").isEqualTo(2);
        assertThat(stats.isConserved()).as("received = kept + dropped + buffered\n%s", stats).isTrue();
    }
}
