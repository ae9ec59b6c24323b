package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.sampling.TraceIdRatioSampler;
import workbook.testkit.Thrown;
import workbook.trace.TraceContext;

class FastRatioSamplerTest {

    /** The W3C example's trace ID: its low half, 0xa3ce929d0e0e4736, is negative as a long. */
    private static final String W3C_EXAMPLE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    @Tag("ch09.1")
    @DisplayName("ch09.1 longAt reads 16 hex characters in place, as Long.parseUnsignedLong would")
    void longAtReadsTheLowHalfInPlace() {
        assertThat(Base16.longAt(W3C_EXAMPLE, 16)).isEqualTo(0xa3ce929d0e0e4736L);
        assertThat(Base16.longAt(W3C_EXAMPLE, 0)).isEqualTo(0x4bf92f3577b34da6L);
        assertThat(Base16.longAt("xx0000000000000001", 2)).isEqualTo(1L);
        assertThat(Base16.longAt("ffffffffffffffff", 0)).isEqualTo(-1L);
    }

    @Test
    @Tag("ch09.1")
    @DisplayName("ch09.1 the fast sampler decides as chapter 05's does, at several ratios")
    void decidesAsChapter05() {
        String[] traceIds = {W3C_EXAMPLE, "4bf92f3577b34da60000000000000001", "0000000000000001ffffffffffffffff",
                "4bf92f3577b34da68000000000000000", "4bf92f3577b34da67fffffffffffffff"};
        for (double ratio : new double[] {0.0, 0.25, 0.5, 0.75, 1.0}) {
            FastRatioSampler fast = new FastRatioSampler(ratio);
            TraceIdRatioSampler taught = new TraceIdRatioSampler(ratio);
            for (String traceId : traceIds) {
                assertThat(fast.shouldSample(traceId))
                        .as("shouldSample(%s) at ratio %s", traceId, ratio)
                        .isEqualTo(taught.shouldSample(traceId));
            }
        }
    }

    @Test
    @Tag("ch09.1")
    @DisplayName("ch09.1 a context's trace is decided as chapter 05 decides its trace ID")
    void contextIsDecidedAsItsTraceId() {
        FastRatioSampler sampler = new FastRatioSampler(0.5);
        TraceIdRatioSampler taught = new TraceIdRatioSampler(0.5);
        for (String traceId : new String[] {W3C_EXAMPLE, "4bf92f3577b34da60000000000000001",
                "4bf92f3577b34da67fffffffffffffff", "00000000000000000000000000000001"}) {
            TraceContext context = TraceContext.root(traceId, "00f067aa0ba902b7");
            assertThat(sampler.shouldSample(context)).as("shouldSample(context of %s)", traceId)
                    .isEqualTo(taught.shouldSample(traceId));
        }
    }

    @Test
    @Tag("ch09.1")
    @DisplayName("ch09.1 an invalid trace ID is rejected, as chapter 05 rejects it")
    void invalidTraceIdIsRejected() {
        FastRatioSampler sampler = new FastRatioSampler(0.5);
        for (String bad : new String[] {"0".repeat(32), W3C_EXAMPLE.toUpperCase(), W3C_EXAMPLE.substring(1),
                W3C_EXAMPLE + "0", "4bf92f3577b34da6-3ce929d0e0e4736"}) {
            assertThat(Thrown.by(() -> sampler.shouldSample(bad)))
                    .as("shouldSample(\"%s\")", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("traceId");
        }
    }
}
