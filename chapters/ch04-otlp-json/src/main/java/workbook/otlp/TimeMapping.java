package workbook.otlp;

import java.time.Instant;

/**
 * Places simulated time on the real calendar. The simulation counts seconds from 0.0 as a
 * {@code double}; OTLP counts nanoseconds since the Unix epoch as a 64-bit integer. A
 * mapping picks the instant simulated time 0.0 stands for; each simulated second is then one
 * real second.
 *
 * <p>OTLP times are unsigned: nanoseconds since 1970-01-01T00:00:00Z ({@code fixed64}). A
 * time before 1970 cannot be written, so a mapping never starts before 1970 and
 * {@link #toUnixNano} refuses a simulated time that would fall before it.
 *
 * <p>Times are rounded to the nearest nanosecond, the finest OTLP can say. A simulated time
 * already on the nanosecond grid (such as {@code 1.5} or {@code 0.123456789}) survives the
 * trip to OTLP and back exactly; a finer one comes back within half a nanosecond.
 *
 * <p>Immutable.
 *
 * @param epochUnixNano the Unix time, in nanoseconds, of simulated time 0.0; not negative
 */
public record TimeMapping(long epochUnixNano) {

    /** The earliest time OTLP can carry, and so the earliest epoch: the Unix epoch. */
    public static final Instant EARLIEST = Instant.EPOCH;

    /** @throws IllegalArgumentException when the epoch is before 1970 */
    public TimeMapping {
        if (epochUnixNano < 0) {
            throw new IllegalArgumentException("the epoch must be 1970-01-01T00:00:00Z or later, since OTLP times are"
                    + " unsigned nanoseconds since then; got " + epochUnixNano + " ns");
        }
    }

    /** Simulated time 0.0 is 2025-01-01T00:00:00Z: a fixed date, so exports are reproducible. */
    public static final TimeMapping DEFAULT = startingAt(Instant.parse("2025-01-01T00:00:00Z"));

    private static final double NANOS_PER_SECOND = 1e9;

    /**
     * The mapping in which simulated time 0.0 is {@code epoch}.
     *
     * @throws IllegalArgumentException when {@code epoch} is before 1970 or after 2262, the
     *                                  range of 64-bit nanoseconds OTLP times are read into here
     */
    public static TimeMapping startingAt(Instant epoch) {
        if (epoch.isBefore(EARLIEST)) {
            throw new IllegalArgumentException("the epoch must be 1970-01-01T00:00:00Z or later, since OTLP times are"
                    + " unsigned nanoseconds since then; got " + epoch);
        }
        if (epoch.isAfter(Instant.ofEpochSecond(0, Long.MAX_VALUE))) {
            throw new IllegalArgumentException("the epoch must be " + Instant.ofEpochSecond(0, Long.MAX_VALUE)
                    + " or earlier, the last instant 64-bit nanoseconds reach; got " + epoch);
        }
        return new TimeMapping(Math.addExact(Math.multiplyExact(epoch.getEpochSecond(), 1_000_000_000L),
                epoch.getNano()));
    }

    /**
     * The Unix time in nanoseconds of simulated time {@code seconds}.
     *
     * @throws IllegalArgumentException if {@code seconds} is NaN or infinite, the result would
     *                                  be before 1970 (OTLP cannot say it), or it does not fit
     *                                  in a {@code long}
     */
    public long toUnixNano(double seconds) {
        // TODO ch04.1: Map simulated seconds onto Unix nanoseconds and back
        //   Hint: Simulated time 0.0 is the epoch; each simulated second is 1e9 nanoseconds after it (docs/ch04-otlp-json.md#ch041).
        throw new UnsupportedOperationException("TODO ch04.1: Map simulated seconds onto Unix nanoseconds and back");
    }

    /**
     * The simulated time, in seconds, of the Unix time {@code unixNano}: the inverse of
     * {@link #toUnixNano}. Times before the epoch give negative seconds.
     *
     * @throws IllegalArgumentException if the difference from the epoch does not fit in a {@code long}
     */
    public double toSeconds(long unixNano) {
        // TODO ch04.1: Map simulated seconds onto Unix nanoseconds and back
        //   Hint: Simulated time 0.0 is the epoch; each simulated second is 1e9 nanoseconds after it (docs/ch04-otlp-json.md#ch041).
        throw new UnsupportedOperationException("TODO ch04.1: Map simulated seconds onto Unix nanoseconds and back");
    }

    /** The instant simulated time 0.0 stands for. */
    public Instant epoch() {
        return Instant.ofEpochSecond(Math.floorDiv(epochUnixNano, 1_000_000_000L),
                Math.floorMod(epochUnixNano, 1_000_000_000L));
    }
}
