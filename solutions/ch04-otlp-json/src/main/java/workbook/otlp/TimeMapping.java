package workbook.otlp;

import java.time.Instant;

/**
 * Places simulated time on the real calendar. The simulation counts seconds from 0.0 as a
 * {@code double}; OTLP counts nanoseconds since the Unix epoch as a 64-bit integer. A
 * mapping picks the instant simulated time 0.0 stands for; each simulated second is then one
 * real second.
 *
 * <p>Times are rounded to the nearest nanosecond, the finest OTLP can say. A simulated time
 * already on the nanosecond grid (such as {@code 1.5} or {@code 0.123456789}) survives the
 * trip to OTLP and back exactly; a finer one comes back within half a nanosecond.
 *
 * <p>Immutable.
 *
 * @param epochUnixNano the Unix time, in nanoseconds, of simulated time 0.0
 */
public record TimeMapping(long epochUnixNano) {

    /** Simulated time 0.0 is 2025-01-01T00:00:00Z: a fixed date, so exports are reproducible. */
    public static final TimeMapping DEFAULT = startingAt(Instant.parse("2025-01-01T00:00:00Z"));

    private static final double NANOS_PER_SECOND = 1e9;

    /** The mapping in which simulated time 0.0 is {@code epoch}. */
    public static TimeMapping startingAt(Instant epoch) {
        return new TimeMapping(Math.addExact(Math.multiplyExact(epoch.getEpochSecond(), 1_000_000_000L),
                epoch.getNano()));
    }

    /**
     * The Unix time in nanoseconds of simulated time {@code seconds}.
     *
     * @throws IllegalArgumentException if {@code seconds} is NaN or infinite, or the result
     *                                  does not fit in a {@code long}
     */
    public long toUnixNano(double seconds) {
        // BEGIN SOLUTION ch04.1
        if (!Double.isFinite(seconds)) {
            throw new IllegalArgumentException("simulated time must be finite, got " + seconds);
        }
        double nanos = Math.rint(seconds * NANOS_PER_SECOND);
        if (Math.abs(nanos) >= 0x1p63) {
            throw new IllegalArgumentException("simulated time " + seconds + " s does not fit in 64-bit nanoseconds");
        }
        try {
            return Math.addExact(epochUnixNano, (long) nanos);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("simulated time " + seconds + " s after the epoch " + epochUnixNano
                    + " ns overflows 64-bit nanoseconds", e);
        }
        // END SOLUTION
    }

    /**
     * The simulated time, in seconds, of the Unix time {@code unixNano}: the inverse of
     * {@link #toUnixNano}. Times before the epoch give negative seconds.
     *
     * @throws IllegalArgumentException if the difference from the epoch does not fit in a {@code long}
     */
    public double toSeconds(long unixNano) {
        // BEGIN SOLUTION ch04.1
        try {
            return Math.subtractExact(unixNano, epochUnixNano) / NANOS_PER_SECOND;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Unix time " + unixNano + " ns is too far from the epoch "
                    + epochUnixNano + " ns", e);
        }
        // END SOLUTION
    }

    /** The instant simulated time 0.0 stands for. */
    public Instant epoch() {
        return Instant.ofEpochSecond(Math.floorDiv(epochUnixNano, 1_000_000_000L),
                Math.floorMod(epochUnixNano, 1_000_000_000L));
    }
}
