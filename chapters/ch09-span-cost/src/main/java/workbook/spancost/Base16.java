package workbook.spancost;

import java.util.Arrays;

/**
 * Lowercase hex, read and written where it stands: no substring, no parse of a new string, no
 * boxing. Chapter 05 reads a trace ID's low half with
 * {@code Long.parseUnsignedLong(traceId.substring(16), 16)}, which allocates a string and its
 * bytes for every decision; the methods here only read characters and do arithmetic, so the
 * JIT keeps everything in registers.
 *
 * <p>Why a table: one array load turns a character into its digit value, or into {@code -1}
 * when it is not {@code 0-9a-f}. The table has an entry for every {@code char} value (65 536
 * bytes, of which a lookup of hex text only ever touches the first two cache lines), so no
 * character needs a range test before it is looked up. OR-ing the values of a run of characters
 * is then negative exactly when one of them was not a digit, so a whole ID is checked without
 * a branch per character. OpenTelemetry's {@code OtelEncodingUtils} also checks hex with tables.
 *
 * <p>Stateless and thread-safe.
 */
public final class Base16 {

    /** Characters per 8-byte half of an ID. */
    public static final int LONG_CHARS = 16;

    /** The value of every {@code char} read as a lowercase hex digit: 0 to 15, or -1. */
    private static final byte[] DIGITS = new byte[Character.MAX_VALUE + 1];
    private static final char[] CHARS = "0123456789abcdef".toCharArray();

    static {
        Arrays.fill(DIGITS, (byte) -1);
        for (int i = 0; i < CHARS.length; i++) {
            DIGITS[CHARS[i]] = (byte) i;
        }
    }

    private Base16() {}

    /** The value of a lowercase hex digit, or {@code -1} for any other character. */
    public static int digit(char c) {
        return DIGITS[c];
    }

    /**
     * True when the {@code length} characters of {@code text} from {@code from} are lowercase
     * hex and not all {@code 0}: the rule of W3C and OTLP IDs (chapter 01's {@code TraceId.isValid}),
     * checked in place. The caller makes sure the range lies inside {@code text}.
     */
    public static boolean isId(String text, int from, int length) {
        // One OR over all the digits answers both questions without a branch per character: it is
        // negative when a character was not a digit (-1 sets the sign bit), and zero when every
        // digit was 0. A branch that depends on each character ("is it 0-9, else is it a-f") is
        // taken or not at random on random IDs, and the processor guesses wrong about a third of
        // the time, which costs more than all the rest of the loop.
        int seen = 0;
        for (int i = from; i < from + length; i++) {
            seen |= digit(text.charAt(i));
        }
        return seen > 0;
    }

    /**
     * The 16 hex characters of {@code text} from {@code offset} as the bits of a {@code long}:
     * {@code "ffffffffffffffff"} is {@code -1}, as {@code Long.parseUnsignedLong(..., 16)} reads it.
     * The caller checks the characters first ({@link #isId} or {@link #digit}), or knows them to
     * be valid (a {@code TraceContext}'s IDs are); on anything else the result is meaningless.
     */
    public static long longAt(String text, int offset) {
        // TODO ch09.1: Decide a trace-ID ratio without allocating: read the low 8 bytes in place
        //   Hint: Chapter 05 builds a 16-character substring and parses it; read the 16 characters where they are instead (docs/ch09-span-cost.md#ch091).
        throw new UnsupportedOperationException("TODO ch09.1: Decide a trace-ID ratio without allocating: read the low 8 bytes in place");
    }

    /**
     * The 8 hex characters of {@code text} from {@code offset} as the bits of an {@code int}:
     * {@code "ffffffff"} is {@code -1}. The same rules as {@link #longAt}: the caller knows the
     * characters to be valid.
     */
    public static int intAt(String text, int offset) {
        return digit(text.charAt(offset)) << 28
                | digit(text.charAt(offset + 1)) << 24
                | digit(text.charAt(offset + 2)) << 20
                | digit(text.charAt(offset + 3)) << 16
                | digit(text.charAt(offset + 4)) << 12
                | digit(text.charAt(offset + 5)) << 8
                | digit(text.charAt(offset + 6)) << 4
                | digit(text.charAt(offset + 7));
    }

    /** {@code value} as 16 lowercase hex characters, leading zeros kept: an ID half on the wire. */
    public static String toHex(long value) {
        char[] chars = new char[LONG_CHARS];
        writeHex(value, chars, 0);
        return new String(chars);
    }

    /** A trace ID's 32 characters from its high and low halves. */
    public static String toHex(long high, long low) {
        char[] chars = new char[2 * LONG_CHARS];
        writeHex(high, chars, 0);
        writeHex(low, chars, LONG_CHARS);
        return new String(chars);
    }

    /** Writes {@code value} as 16 lowercase hex characters into {@code into} from {@code offset}. */
    public static void writeHex(long value, char[] into, int offset) {
        for (int i = LONG_CHARS - 1; i >= 0; i--) {
            into[offset + i] = CHARS[(int) (value & 0xf)];
            value >>>= 4;
        }
    }
}
