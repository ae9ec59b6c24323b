package workbook.propagation;

/**
 * The {@code trace-flags} byte of a W3C {@code traceparent}, reduced to the two flags
 * Trace Context Level 2 defines. The other six bits are reserved: a receiver ignores them
 * and a sender must write them as zero, so this record does not even hold them.
 *
 * <p>A bit field, not a number: {@code 09} means "sampled, plus an unknown flag", so the
 * bits are read with masks, never by comparing the whole byte with {@code 01}.
 *
 * @param sampled       bit 0: the caller may have recorded this trace; the decision the
 *                      trace's first service made, carried to every later one
 * @param randomTraceId bit 1 (Level 2): at least the right-most 7 bytes of the trace ID
 *                      are random, so a receiver may sample or shard on them
 */
public record TraceFlags(boolean sampled, boolean randomTraceId) {

    /** Bit 0 of the byte. */
    public static final int SAMPLED_BIT = 0x01;

    /** Bit 1 of the byte. */
    public static final int RANDOM_TRACE_ID_BIT = 0x02;

    /** The flags of a byte as received; bits other than the two known ones are dropped. */
    public static TraceFlags fromByte(int flags) {
        if (flags < 0 || flags > 0xff) {
            throw new IllegalArgumentException("trace flags must be one byte (0 to 255), got " + flags);
        }
        return new TraceFlags((flags & SAMPLED_BIT) != 0, (flags & RANDOM_TRACE_ID_BIT) != 0);
    }

    /** The byte to send: the known bits set as recorded, the reserved bits zero. */
    public int toByte() {
        return (sampled ? SAMPLED_BIT : 0) | (randomTraceId ? RANDOM_TRACE_ID_BIT : 0);
    }

    /** The byte as {@code traceparent} writes it: two lowercase hex digits, such as {@code 03}. */
    public String toHex() {
        // BEGIN SOLUTION ch06.2
        int flags = toByte();
        return String.valueOf(Character.forDigit(flags >> 4, 16)) + Character.forDigit(flags & 0xf, 16);
        // END SOLUTION
    }
}
