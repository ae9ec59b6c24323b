package workbook.tailsampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.ManualClock;
import workbook.trace.SpanData;

class BoundsTest {

    private final ManualClock clock = new ManualClock();
    private final List<SpanData> exported = new ArrayList<>();
    private final TailSampler sampler = new TailSampler(new TailSamplingSettings(10, 2, 10, 10),
            List.of(SamplingPolicy.latency(0)), exported::add, clock);

    @Test
    @Tag("ch08.4")
    @DisplayName("ch08.4 when full, the oldest trace is decided early if its root is in")
    void oldestTraceWithItsRootIsDecidedEarly() {
        TestTrace oldest = new TestTrace(1);
        sampler.accept(oldest.root(0.0, 0.1));
        sampler.accept(new TestTrace(2).child(2, 0.0, 0.1));

        sampler.accept(new TestTrace(3).child(2, 0.0, 0.1));

        TailSamplingStats stats = sampler.stats();
        assertThat(exported).as("exported: the oldest trace, decided early and kept\n%s", stats)
                .extracting(SpanData::traceId).containsExactly(oldest.traceId);
        assertThat(stats.tracesDecidedEarly()).as("tracesDecidedEarly").isEqualTo(1);
        assertThat(stats.tracesBuffered()).as("tracesBuffered, maxTraces 2").isEqualTo(2);
    }

    @Test
    @Tag("ch08.4")
    @DisplayName("ch08.4 when full, the oldest trace is evicted if its root is not in, and the drop is counted")
    void oldestTraceWithoutItsRootIsEvicted() {
        TestTrace oldest = new TestTrace(1);
        sampler.accept(oldest.child(2, 0.0, 0.1));
        sampler.accept(oldest.child(3, 0.0, 0.1));
        sampler.accept(new TestTrace(2).root(0.0, 0.1));

        sampler.accept(new TestTrace(3).child(2, 0.0, 0.1));

        TailSamplingStats stats = sampler.stats();
        assertThat(exported).as("exported after the eviction\n%s", stats).isEmpty();
        assertThat(stats.spans(Outcome.EVICTED)).as("spans evicted\n%s", stats).isEqualTo(2);
        assertThat(stats.traces(Outcome.EVICTED)).as("traces evicted\n%s", stats).isEqualTo(1);
        assertThat(sampler.bufferedSpanCount(oldest.traceId)).as("spans still held for the evicted trace").isZero();
    }

    @Test
    @Tag("ch08.4")
    @DisplayName("ch08.4 however many traces arrive, at most maxTraces are held")
    void neverHoldsMoreThanMaxTraces() {
        for (int n = 1; n <= 50; n++) {
            TestTrace trace = new TestTrace(n);
            sampler.accept(trace.child(2, 0.0, 0.1));
            if (n % 3 == 0) {
                sampler.accept(trace.root(0.0, 0.2));
            }
            TailSamplingStats stats = sampler.stats();
            assertThat(stats.tracesBuffered()).as("traces held after trace %d, maxTraces 2\n%s", n, stats)
                    .isLessThanOrEqualTo(2);
            assertThat(stats.isConserved()).as("received = kept + dropped + buffered\n%s", stats).isTrue();
        }
    }
}
