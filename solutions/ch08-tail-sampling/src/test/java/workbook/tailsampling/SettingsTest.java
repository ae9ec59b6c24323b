package workbook.tailsampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {

    @ParameterizedTest(name = "ch08.6 a decisionWait of {0} is refused")
    @Tag("ch08.6")
    @ValueSource(doubles = {-0.5, Double.NaN, Double.POSITIVE_INFINITY})
    void decisionWaitMustBeFiniteAndNotNegative(double wait) {
        Throwable refused = catchThrowable(() -> new TailSamplingSettings(wait, 10, 10, 10));

        assertThat(refused).as("TODO ch08.6: new TailSamplingSettings(%s, 10, 10, 10) must be refused", wait)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decisionWait")
                .hasMessageContaining(String.valueOf(wait));
    }

    @Test
    @Tag("ch08.6")
    @DisplayName("ch08.6 a bound below 1 is refused with a message naming it")
    void boundsMustBeAtLeastOne() {
        assertRefused(() -> new TailSamplingSettings(1, 0, 10, 10), "maxTraces", "0");
        assertRefused(() -> new TailSamplingSettings(1, 10, -1, 10), "maxSpansPerTrace", "-1");
        assertRefused(() -> new TailSamplingSettings(1, 10, 10, 0), "decisionCacheSize", "0");
    }

    @Test
    @Tag("ch08.6")
    @DisplayName("ch08.6 a negative or NaN latency threshold is refused")
    void latencyThresholdMustBeFiniteAndNotNegative() {
        assertRefused(() -> SamplingPolicy.latency(-1), "thresholdSeconds", "-1.0");
        assertRefused(() -> SamplingPolicy.latency(Double.NaN), "thresholdSeconds", "NaN");
    }

    @Test
    @Tag("ch08.6")
    @DisplayName("ch08.6 a sampler without a policy, or with a null one, is refused")
    void samplerNeedsPolicies() {
        TailSamplingSettings settings = new TailSamplingSettings(1, 10, 10, 10);

        assertRefused(() -> new TailSampler(settings, List.of(), span -> { }, () -> 0), "policies", "[]");
        assertRefused(() -> new TailSampler(settings, Arrays.asList(SamplingPolicy.anyError(), null), span -> { },
                () -> 0), "policies", "null");
    }

    private static void assertRefused(Runnable construction, String parameter, String value) {
        Throwable refused = catchThrowable(construction::run);
        assertThat(refused).as("TODO ch08.6: %s = %s must be refused", parameter, value)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(parameter)
                .hasMessageContaining(value);
    }
}
