package workbook.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.IdGenerator;
import workbook.testkit.Thrown;

class TraceIdRatioSamplerTest {

    /** A trace ID whose high half is the W3C example's and whose low half the test chooses. */
    private static String traceId(String lowHalf) {
        return "4bf92f3577b34da6" + lowHalf;
    }

    @Test
    @Tag("ch05.1")
    @DisplayName("ch05.1 a ratio above 1 is rejected with the bad value in the message")
    void ratioAboveOneIsRejected() {
        assertThat(Thrown.by(() -> new TraceIdRatioSampler(1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratio")
                .hasMessageContaining("1.5");
    }

    @Test
    @Tag("ch05.3")
    @DisplayName("ch05.3 ratio 0 maps to Long.MIN_VALUE, ratio 1 to Long.MAX_VALUE, 0.5 to half of it")
    void upperBoundsAtTheEndsAndInTheMiddle() {
        assertThat(TraceIdRatioSampler.idUpperBound(0.0)).as("idUpperBound(0.0)").isEqualTo(Long.MIN_VALUE);
        assertThat(TraceIdRatioSampler.idUpperBound(1.0)).as("idUpperBound(1.0)").isEqualTo(Long.MAX_VALUE);
        assertThat(TraceIdRatioSampler.idUpperBound(0.5)).as("idUpperBound(0.5)").isEqualTo(4611686018427387904L);
    }

    @Test
    @Tag("ch05.3")
    @DisplayName("ch05.3 a higher ratio gives a higher bound")
    void higherRatioHigherBound() {
        assertThat(TraceIdRatioSampler.idUpperBound(0.1))
                .isLessThan(TraceIdRatioSampler.idUpperBound(0.25))
                .isPositive();
        assertThat(TraceIdRatioSampler.idUpperBound(0.25)).isLessThan(TraceIdRatioSampler.idUpperBound(0.75));
    }

    @Test
    @Tag("ch05.4")
    @DisplayName("ch05.4 the random part is the last 16 hex digits read as a signed long")
    void randomPartIsTheLowHalf() {
        assertThat(TraceIdRatioSampler.randomPart("4bf92f3577b34da6a3ce929d0e0e4736"))
                .isEqualTo(0xa3ce929d0e0e4736L);
        assertThat(TraceIdRatioSampler.randomPart(traceId("0000000000000001"))).isEqualTo(1L);
        assertThat(TraceIdRatioSampler.randomPart(traceId("ffffffffffffffff"))).isEqualTo(-1L);
    }

    @Test
    @Tag("ch05.4")
    @DisplayName("ch05.4 a trace is sampled when its random part is small enough, whatever its high half")
    void smallRandomPartIsSampled() {
        TraceIdRatioSampler sampler = new TraceIdRatioSampler(0.01);

        assertThat(sampler.shouldSample(traceId("0000000000000001"))).as("low half 1 at ratio 0.01").isTrue();
        assertThat(sampler.shouldSample("ffffffffffffffff0000000000000001")).as("another high half").isTrue();
        assertThat(sampler.shouldSample(traceId("ffffffffffffffff"))).as("low half -1: |-1| = 1").isTrue();
        assertThat(sampler.shouldSample(traceId("7fffffffffffffff"))).as("low half Long.MAX_VALUE").isFalse();
    }

    @Test
    @Tag("ch05.4")
    @DisplayName("ch05.4 two services with the same ratio decide the same for every trace")
    void everyServiceDecidesTheSame() {
        TraceIdRatioSampler serviceA = new TraceIdRatioSampler(0.25);
        TraceIdRatioSampler serviceB = new TraceIdRatioSampler(0.25);
        IdGenerator ids = IdGenerator.random(new SplittableRandom(11));

        int sampled = 0;
        for (int i = 0; i < 10_000; i++) {
            String id = ids.newTraceId();
            boolean a = serviceA.shouldSample(id);
            assertThat(serviceB.shouldSample(id)).as("service B's decision for %s", id).isEqualTo(a);
            sampled += a ? 1 : 0;
        }

        // Binomial(10000, 0.25): mean 2500, standard deviation about 43; 5 deviations is 217.
        assertThat(sampled).as("traces sampled of 10000 random IDs at ratio 0.25").isBetween(2283, 2717);
    }

    @Test
    @Tag("ch05.4")
    @DisplayName("ch05.4 a malformed trace ID is rejected, naming it")
    void malformedTraceIdIsRejected() {
        TraceIdRatioSampler sampler = new TraceIdRatioSampler(0.5);

        assertThat(Thrown.by(() -> sampler.shouldSample("trace_7994353")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trace_7994353");
    }
}
