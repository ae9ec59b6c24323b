package workbook.spancost;

import java.util.concurrent.ThreadLocalRandom;
import workbook.trace.IdGenerator;

/**
 * Random IDs written straight into their characters. Chapter 01's generator formats each half
 * with {@code Long.toHexString}, pads it with {@code "0".repeat} and concatenates: three or four
 * strings for one ID. This one writes the digits into a per-thread scratch array and makes one string of them, as
 * OpenTelemetry's {@code RandomIdGenerator} does, and draws from {@link ThreadLocalRandom} as it does.
 *
 * <p>Thread-safe. Not reproducible: for a seeded simulation use {@code IdGenerator.random}.
 */
public final class FastIdGenerator implements IdGenerator {

    /** Each thread's scratch characters: the string is the only thing allocated per ID. */
    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[2 * Base16.LONG_CHARS]);

    @Override
    public String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] chars = SCRATCH.get();
        Base16.writeHex(nonZero(random), chars, 0);
        Base16.writeHex(random.nextLong(), chars, Base16.LONG_CHARS);
        return new String(chars, 0, 2 * Base16.LONG_CHARS);
    }

    @Override
    public String newSpanId() {
        char[] chars = SCRATCH.get();
        Base16.writeHex(nonZero(ThreadLocalRandom.current()), chars, 0);
        return new String(chars, 0, Base16.LONG_CHARS);
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
