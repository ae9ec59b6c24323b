package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import workbook.sampling.TraceIdRatioSampler;
import workbook.trace.TraceContext;

/**
 * Hidden properties of the fast ratio decision: it agrees with chapter 05's sampler on random
 * and mutated trace IDs at random ratios (the same answer, or the same rejection), reads any
 * 16 characters as {@code Long.parseUnsignedLong} does, and allocates nothing.
 */
class FastRatioSamplerProperties {

    @Property(tries = 400, seed = "901")
    @Tag("ch09.1")
    void agreesWithChapter05(@ForAll("traceIds") String traceId,
                             @ForAll @DoubleRange(min = 0.0, max = 1.0) double ratio) {
        TraceIdRatioSampler taught = new TraceIdRatioSampler(ratio);
        FastRatioSampler fast = new FastRatioSampler(ratio);

        Object expected = outcome(() -> taught.shouldSample(traceId));
        Object actual = outcome(() -> fast.shouldSample(traceId));

        assertThat(actual).as("shouldSample(\"%s\") at ratio %s (chapter 05 says %s)", traceId, ratio, expected)
                .isEqualTo(expected);
    }

    @Property(tries = 300, seed = "903")
    @Tag("ch09.1")
    void contextPathAgreesWithChapter05(@ForAll("validTraceIds") String traceId,
                                        @ForAll @DoubleRange(min = 0.0, max = 1.0) double ratio) {
        TraceContext context = TraceContext.root(traceId, "00f067aa0ba902b7");

        assertThat(new FastRatioSampler(ratio).shouldSample(context))
                .as("shouldSample(context of %s) at ratio %s", traceId, ratio)
                .isEqualTo(new TraceIdRatioSampler(ratio).shouldSample(traceId));
    }

    /**
     * The context path reads 8 digits and decides from them unless they come within one of the
     * bound's high half: IDs whose low half is the bound, or minus the bound, give or take a
     * little or a lot (also with the low 32 bits cleared, where a negative value's absolute value
     * carries into its high half) must still be decided as chapter 05 decides them.
     */
    @Property(tries = 400, seed = "904")
    @Tag("ch09.1")
    void contextPathAgreesNearTheBound(@ForAll("ratios") double ratio, @ForAll("hex16") String highHalf,
                                       @ForAll("offsets") long offset, @ForAll boolean negate,
                                       @ForAll boolean clearLow32) {
        long bound = ratio == 0.0 ? Long.MIN_VALUE : ratio == 1.0 ? Long.MAX_VALUE : (long) (ratio * Long.MAX_VALUE);
        long low = bound + offset;
        low = negate ? -low : low;
        low = clearLow32 ? low & 0xffffffff00000000L : low;
        String traceId = highHalf + String.format(Locale.ROOT, "%016x", low);
        if (traceId.equals("0".repeat(32))) {
            return;
        }
        TraceContext context = TraceContext.root(traceId, "00f067aa0ba902b7");

        assertThat(new FastRatioSampler(ratio).shouldSample(context))
                .as("shouldSample(context of %s) at ratio %s", traceId, ratio)
                .isEqualTo(new TraceIdRatioSampler(ratio).shouldSample(traceId));
    }

    @Provide
    Arbitrary<Double> ratios() {
        return Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 0.5, 0.25, 1e-9, 1 - 1e-9),
                Arbitraries.doubles().between(0.0, 1.0));
    }

    @Provide
    Arbitrary<Long> offsets() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-3, 3),
                Arbitraries.of(1L << 32, -(1L << 32), (1L << 32) - 1, -(1L << 32) + 1, (1L << 32) + 1, -(1L << 32) - 1),
                Arbitraries.longs().between(-(1L << 34), 1L << 34));
    }

    @Property(tries = 200, seed = "902")
    @Tag("ch09.1")
    void longAtReadsAsParseUnsignedLong(@ForAll("hex16") String digits, @ForAll("padding") String before) {
        String text = before + digits + "-tail";

        assertThat(Base16.longAt(text, before.length()))
                .as("Base16.longAt(\"%s\", %d)", text, before.length())
                .isEqualTo(Long.parseUnsignedLong(digits, 16));
    }

    @Example
    @Tag("ch09.1")
    void decisionAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String[] traceIds = new String[64];
        for (int i = 0; i < traceIds.length; i++) {
            traceIds[i] = String.format(Locale.ROOT, "%016x%016x", 0x4bf92f3577b34da6L + i, 0x9e3779b97f4a7c15L * (i + 1));
        }
        TraceContext[] contexts = new TraceContext[traceIds.length];
        for (int i = 0; i < traceIds.length; i++) {
            contexts[i] = TraceContext.root(traceIds[i], "00f067aa0ba902b7");
        }
        FastRatioSampler sampler = new FastRatioSampler(0.5);
        int sampled = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < traceIds.length; i++) {
                sampled += sampler.shouldSample(traceIds[i]) ? 1 : 0;
                sampled += sampler.shouldSample(contexts[i]) ? 1 : 0;
            }
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int round = 0; round < 100; round++) {
            for (int i = 0; i < traceIds.length; i++) {
                sampled += sampler.shouldSample(traceIds[i]) ? 1 : 0;
                sampled += sampler.shouldSample(contexts[i]) ? 1 : 0;
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).as("bytes allocated by %d decisions (chapter 05 allocates about 56 each)",
                200 * traceIds.length).isLessThan(200L * traceIds.length);
        assertThat(sampled).isPositive();
    }

    /** The answer, or the kind of exception thrown. */
    private static Object outcome(java.util.function.BooleanSupplier decision) {
        try {
            return decision.getAsBoolean();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    @Provide
    Arbitrary<String> traceIds() {
        Arbitrary<String> valid = hex(32).filter(id -> !id.equals("0".repeat(32)));
        Arbitrary<String> lowHalfEdge = Combinators.combine(hex(16),
                Arbitraries.of("0000000000000000", "0000000000000001", "7fffffffffffffff", "8000000000000000",
                        "8000000000000001", "ffffffffffffffff", "3fffffffffffffff", "4000000000000000"))
                .as((high, low) -> high + low);
        Arbitrary<String> bad = Arbitraries.oneOf(
                Arbitraries.just("0".repeat(32)),
                valid.map(id -> id.toUpperCase(Locale.ROOT)),
                valid.map(id -> id.substring(1)),
                valid.map(id -> id + "a"),
                Combinators.combine(valid, Arbitraries.integers().between(0, 31),
                        Arbitraries.of('g', 'G', '-', ' ', 'é', 'x', '\u0660'))
                        .as((id, at, c) -> id.substring(0, at) + c + id.substring(at + 1)));
        return Arbitraries.frequencyOf(Tuple.of(5, valid), Tuple.of(3, lowHalfEdge), Tuple.of(2, bad));
    }

    @Provide
    Arbitrary<String> validTraceIds() {
        return traceIds().filter(id -> id.matches("[0-9a-f]{32}") && !id.equals("0".repeat(32)));
    }

    @Provide
    Arbitrary<String> hex16() {
        return hex(16);
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars("0123456789abcdef-xyz").ofMaxLength(20);
    }

    private static Arbitrary<String> hex(int length) {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(length);
    }
}
