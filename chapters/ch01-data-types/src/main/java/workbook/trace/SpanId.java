package workbook.trace;

/**
 * Span IDs as OTLP/JSON and W3C Trace Context write them: 16 lowercase hex characters
 * (8 bytes), never all zeros.
 */
public final class SpanId {

    /** Length in hex characters. */
    public static final int LENGTH = 16;

    /** The all-zero ID, which the standards reserve to mean "no span". */
    public static final String INVALID = "0".repeat(LENGTH);

    private SpanId() {}

    /** True for 16 lowercase hex characters that are not all zeros. */
    public static boolean isValid(CharSequence id) {
        return HexIds.isValid(id, LENGTH);
    }

    /**
     * {@code id} when it is a valid span ID; otherwise an {@link IllegalArgumentException}
     * naming the field ({@code name}), the rule and the bad value.
     */
    public static String requireValid(String name, String id) {
        return HexIds.requireValid(name, id, LENGTH);
    }
}
