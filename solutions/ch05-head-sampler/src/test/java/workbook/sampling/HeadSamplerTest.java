package workbook.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.testkit.Thrown;

class HeadSamplerTest {

    @ParameterizedTest(name = "ch05.1 sample rate {0} is rejected with the bad value in the message")
    @Tag("ch05.1")
    @ValueSource(doubles = {1.5, -0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void rateOutsideTheUnitIntervalIsRejected(double rate) {
        assertThat(Thrown.by(() -> new HeadSampler(rate, new SplittableRandom(1))))
                .as("new HeadSampler(%s, random)", rate)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample rate")
                .hasMessageContaining(String.valueOf(rate));
    }

    @Test
    @Tag("ch05.1")
    @DisplayName("ch05.1 rates 0.0, 0.5 and 1.0 are accepted")
    void endsOfTheIntervalAreAccepted() {
        assertThat(new HeadSampler(0.0, new SplittableRandom(1)).rate()).isEqualTo(0.0);
        assertThat(new HeadSampler(0.5, new SplittableRandom(1)).rate()).isEqualTo(0.5);
        assertThat(new HeadSampler(1.0, new SplittableRandom(1)).rate()).isEqualTo(1.0);
    }

    @Test
    @Tag("ch05.2")
    @DisplayName("ch05.2 a trace is sampled when its draw is below the rate, and every trace is counted")
    void drawBelowTheRateIsSampled() {
        HeadSampler sampler = new HeadSampler(0.5, new ScriptedRandom(0.1, 0.7, 0.49, 0.5));
        assertThat(sampler.sampleRateActual()).as("actual rate before any trace").isEqualTo(0.0);

        boolean[] decisions = {sampler.shouldSample(), sampler.shouldSample(), sampler.shouldSample(),
            sampler.shouldSample()};

        assertThat(decisions).as("decisions for draws 0.1, 0.7, 0.49, 0.5 at rate 0.5")
                .containsExactly(true, false, true, false);
        assertThat(sampler.totalTraces()).as("totalTraces").isEqualTo(4);
        assertThat(sampler.sampledTraces()).as("sampledTraces").isEqualTo(2);
        assertThat(sampler.sampleRateActual()).as("sampleRateActual").isEqualTo(0.5);
    }

    @Test
    @Tag("ch05.2")
    @DisplayName("ch05.2 rate 0 never samples and rate 1 always does")
    void rateZeroNeverAndRateOneAlways() {
        HeadSampler never = new HeadSampler(0.0, new SplittableRandom(3));
        HeadSampler always = new HeadSampler(1.0, new SplittableRandom(3));

        IntStream.range(0, 1000).forEach(i -> {
            never.shouldSample();
            always.shouldSample();
        });

        assertThat(never.sampledTraces()).as("traces sampled at rate 0 of 1000").isZero();
        assertThat(always.sampledTraces()).as("traces sampled at rate 1 of 1000").isEqualTo(1000);
        assertThat(always.sampleRateActual()).isEqualTo(1.0);
    }

    @Test
    @Tag("ch05.2")
    @DisplayName("ch05.2 the same seed gives the same decisions, and about rate x traces")
    void sameSeedSameDecisions() {
        HeadSampler first = new HeadSampler(0.3, new SplittableRandom(42));
        HeadSampler second = new HeadSampler(0.3, new SplittableRandom(42));

        for (int i = 0; i < 10_000; i++) {
            assertThat(first.shouldSample()).as("decision %d for the same seed", i).isEqualTo(second.shouldSample());
        }

        // Binomial(10000, 0.3): mean 3000, standard deviation about 46; 5 deviations is 229.
        assertThat(first.sampledTraces()).as("traces sampled of 10000 at rate 0.3").isBetween(2771L, 3229L);
    }

    @Test
    @Tag("ch05.2")
    @DisplayName("ch05.2 as a Sampler, a head sampler ignores the trace ID but counts the trace")
    void samplerInterfaceCountsToo() {
        Sampler sampler = new HeadSampler(1.0, new SplittableRandom(1));

        assertThat(sampler.shouldSample("4bf92f3577b34da6a3ce929d0e0e4736")).isTrue();
        assertThat(((HeadSampler) sampler).totalTraces()).isEqualTo(1);
    }
}
