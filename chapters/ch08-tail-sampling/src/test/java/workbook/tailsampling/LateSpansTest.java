package workbook.tailsampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.ManualClock;
import workbook.trace.SpanData;

class LateSpansTest {

    private final ManualClock clock = new ManualClock();
    private final List<SpanData> exported = new ArrayList<>();

    private TailSampler sampler(int decisionCacheSize) {
        return new TailSampler(new TailSamplingSettings(0.0, 10, 10, decisionCacheSize),
                List.of(SamplingPolicy.latency(1.0)), exported::add, clock);
    }

    private static void decide(TailSampler sampler, TestTrace trace, double duration) {
        sampler.accept(trace.root(0.0, duration));
        sampler.decideDue();
    }

    @Test
    @Tag("ch08.5")
    @DisplayName("ch08.5 a late span of a kept trace is exported at once")
    void lateSpanOfAKeptTraceIsExported() {
        TailSampler sampler = sampler(10);
        TestTrace slow = new TestTrace(1);
        decide(sampler, slow, 2.0);
        SpanData late = slow.child(2, 1.5, 2.5);

        sampler.accept(late);

        TailSamplingStats stats = sampler.stats();
        assertThat(exported).as("exported after the late span\n%s", stats).endsWith(late);
        assertThat(stats.lateSpans()).as("lateSpans").isEqualTo(1);
        assertThat(stats.tracesBuffered()).as("a late span must not start a new trace\n%s", stats).isZero();
    }

    @Test
    @Tag("ch08.5")
    @DisplayName("ch08.5 a late span of a dropped trace is dropped too")
    void lateSpanOfADroppedTraceIsDropped() {
        TailSampler sampler = sampler(10);
        TestTrace fast = new TestTrace(1);
        decide(sampler, fast, 0.1);

        sampler.accept(fast.child(2, 0.0, 0.05));

        TailSamplingStats stats = sampler.stats();
        assertThat(exported).as("exported").isEmpty();
        assertThat(stats.spans(Outcome.NOT_SAMPLED)).as("spans not sampled, the root and the late child\n%s", stats)
                .isEqualTo(2);
        assertThat(stats.tracesBuffered()).as("a late span must not start a new trace\n%s", stats).isZero();
    }

    @Test
    @Tag("ch08.5")
    @DisplayName("ch08.5 the decision cache forgets the least recently used decision first")
    void cacheForgetsTheLeastRecentlyUsedDecision() {
        TailSampler sampler = sampler(2);
        TestTrace first = new TestTrace(1);
        TestTrace second = new TestTrace(2);
        decide(sampler, first, 2.0);
        decide(sampler, second, 2.0);
        sampler.accept(first.child(2, 0.0, 0.1)); // uses the first decision: now the second is the oldest
        decide(sampler, new TestTrace(3), 2.0);

        sampler.accept(first.child(3, 0.0, 0.1));
        sampler.accept(second.child(2, 0.0, 0.1));

        TailSamplingStats stats = sampler.stats();
        assertThat(stats.cachedDecisions()).as("decisions remembered, cache of 2\n%s", stats).isEqualTo(2);
        assertThat(stats.lateSpans()).as("late spans that followed a remembered decision\n%s", stats).isEqualTo(2);
        assertThat(sampler.bufferedSpanCount(second.traceId))
                .as("the second trace's decision was forgotten, so its late span starts a new trace").isEqualTo(1);
    }
}
