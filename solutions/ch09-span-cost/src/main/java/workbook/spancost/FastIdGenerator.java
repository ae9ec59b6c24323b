package workbook.spancost;

import java.util.concurrent.ThreadLocalRandom;
import workbook.trace.IdGenerator;

/**
 * Random IDs written straight into their characters. Chapter 01's generator formats each half
 * with {@code Long.toHexString}, pads it with {@code "0".repeat} and concatenates: three or four
 * strings for one ID. This one fills one {@code char[]} ({@link Base16#toHex(long)}), like
 * OpenTelemetry's {@code RandomIdGenerator}, and draws from {@link ThreadLocalRandom} as it does.
 *
 * <p>Thread-safe. Not reproducible: for a seeded simulation use {@code IdGenerator.random}.
 */
public final class FastIdGenerator implements IdGenerator {

    @Override
    public String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Base16.toHex(nonZero(random), random.nextLong());
    }

    @Override
    public String newSpanId() {
        return Base16.toHex(nonZero(ThreadLocalRandom.current()));
    }

    /** The high half of a trace ID and a whole span ID are never 0, so no ID is all zeros. */
    private static long nonZero(ThreadLocalRandom random) {
        long value;
        do {
            value = random.nextLong();
        } while (value == 0);
        return value;
    }
}
