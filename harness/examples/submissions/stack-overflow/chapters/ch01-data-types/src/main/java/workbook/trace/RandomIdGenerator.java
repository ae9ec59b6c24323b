package workbook.trace;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** {@link IdGenerator#random}: IDs from a random source, as OpenTelemetry's default does. */
final class RandomIdGenerator implements IdGenerator {

    private final RandomGenerator random;

    RandomIdGenerator(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String newTraceId() {
        return hex(nonZeroLong()) + hex(random.nextLong());
    }

    @Override
    public String newSpanId() {
        return hex(nonZeroLong());
    }

    /** A random long other than 0, so that no ID is ever all zeros. */
    private long nonZeroLong() {
        long value;
        do {
            value = random.nextLong();
        } while (value == 0);
        return value;
    }

    /** The 16 lowercase hex digits of {@code value}, with leading zeros kept. */
    static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
