package workbook.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.testkit.Thrown;

class TimeMappingTest {

    /** 2025-01-01T00:00:00Z in Unix nanoseconds. */
    private static final long EPOCH = 1_735_689_600_000_000_000L;

    @Test
    @Tag("ch04.1")
    @DisplayName("ch04.1 simulated 0.0 is the epoch and 1.5 s is 1.5e9 ns after it")
    void simulatedSecondsBecomeNanosecondsAfterTheEpoch() {
        TimeMapping time = TimeMapping.startingAt(Instant.parse("2025-01-01T00:00:00Z"));

        assertThat(time.toUnixNano(0.0)).as("toUnixNano(0.0)").isEqualTo(EPOCH);
        assertThat(time.toUnixNano(1.5)).as("toUnixNano(1.5)").isEqualTo(EPOCH + 1_500_000_000L);
        assertThat(time.toUnixNano(0.123456789)).as("toUnixNano(0.123456789)").isEqualTo(EPOCH + 123_456_789L);
    }

    @Test
    @Tag("ch04.1")
    @DisplayName("ch04.1 a time finer than a nanosecond rounds to the nearest one")
    void finerTimesRoundToTheNearestNanosecond() {
        TimeMapping time = new TimeMapping(EPOCH);

        assertThat(time.toUnixNano(1.0000000006)).isEqualTo(EPOCH + 1_000_000_001L);
        assertThat(time.toUnixNano(1.0000000004)).isEqualTo(EPOCH + 1_000_000_000L);
    }

    @Test
    @Tag("ch04.1")
    @DisplayName("ch04.1 toSeconds undoes toUnixNano for times on the nanosecond grid")
    void toSecondsUndoesToUnixNano() {
        TimeMapping time = new TimeMapping(EPOCH);

        assertThat(time.toSeconds(EPOCH + 1_500_000_000L)).isEqualTo(1.5);
        assertThat(time.toSeconds(time.toUnixNano(3.733109790))).isEqualTo(3.733109790);
        assertThat(time.toSeconds(EPOCH - 250_000_000L)).as("before the epoch").isEqualTo(-0.25);
    }

    @Test
    @Tag("ch04.1")
    @DisplayName("ch04.1 NaN and infinite times are rejected with the value in the message")
    void nonFiniteTimesAreRejected() {
        TimeMapping time = new TimeMapping(EPOCH);

        assertThat(Thrown.by(() -> time.toUnixNano(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThat(Thrown.by(() -> time.toUnixNano(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
    }
}
