package workbook.tailsampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.sampling.TraceIdRatioSampler;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;

class PoliciesTest {

    private final TestTrace checkout = new TestTrace(1);

    @Test
    @Tag("ch08.1")
    @DisplayName("ch08.1 the latency policy keeps a trace at or above its threshold")
    void latencyKeepsTracesAtOrAboveTheThreshold() {
        SamplingPolicy latency = SamplingPolicy.latency(1.0);

        assertThat(latency.shouldKeep(checkout.of(checkout.root(2.0, 3.0))))
                .as("a trace of exactly 1.0 s, threshold 1.0 s").isTrue();
        assertThat(latency.shouldKeep(checkout.of(checkout.root(2.0, 2.999))))
                .as("a trace of 0.999 s, threshold 1.0 s").isFalse();
    }

    @Test
    @Tag("ch08.1")
    @DisplayName("ch08.1 latency runs from the earliest span start to the latest span end")
    void latencySpansTheWholeTrace() {
        SamplingPolicy latency = SamplingPolicy.latency(1.0);

        boolean keep = latency.shouldKeep(checkout.of(
                checkout.root(0.5, 0.9), checkout.child(2, 0.0, 0.2), checkout.child(3, 0.8, 1.0)));

        assertThat(keep).as("spans from 0.0 to 1.0 s, none of them 1.0 s long, threshold 1.0 s").isTrue();
    }

    @Test
    @Tag("ch08.1")
    @DisplayName("ch08.1 the error policy keeps a trace with any span tagged error=true")
    void errorPolicyKeepsTracesWithAFailedSpan() {
        SamplingPolicy anyError = SamplingPolicy.anyError();
        SpanData cleared = new SpanData(checkout.traceId, "0000000000000009", "0000000000000001", "retry",
                "OrderService", SpanKind.INTERNAL, 0.1, 0.2, Map.of("error", false), java.util.List.of());

        assertThat(anyError.shouldKeep(checkout.of(checkout.root(0, 1), checkout.failedChild(2, 0.1, 0.2))))
                .as("a trace with a child tagged error=true").isTrue();
        assertThat(anyError.shouldKeep(checkout.of(checkout.root(0, 1), checkout.child(2, 0.1, 0.2), cleared)))
                .as("a trace whose only error tag is error=false").isFalse();
    }

    @Test
    @Tag("ch08.1")
    @DisplayName("ch08.1 the probabilistic policy decides by trace ID, as chapter 05's ratio sampler does")
    void probabilisticPolicyDecidesByTraceId() {
        TestTrace lowId = new TestTrace(2, 1L);
        TestTrace highId = new TestTrace(3, Long.MAX_VALUE - 1);
        SamplingPolicy half = SamplingPolicy.probabilistic(0.5);

        assertThat(half.shouldKeep(lowId.of(lowId.root(0, 1)))).as("ratio 0.5, trace ID %s", lowId.traceId)
                .isEqualTo(new TraceIdRatioSampler(0.5).shouldSample(lowId.traceId)).isTrue();
        assertThat(half.shouldKeep(highId.of(highId.root(0, 1)))).as("ratio 0.5, trace ID %s", highId.traceId)
                .isFalse();
        assertThat(SamplingPolicy.probabilistic(1.0).shouldKeep(highId.of(highId.root(0, 1))))
                .as("ratio 1.0 keeps every trace").isTrue();
    }
}
