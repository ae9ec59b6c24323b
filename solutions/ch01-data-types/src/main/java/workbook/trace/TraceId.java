package workbook.trace;

/**
 * Trace IDs as OTLP/JSON and W3C Trace Context write them: 32 lowercase hex characters
 * (16 bytes), never all zeros. The seed's {@code trace_7994353} is not one, and a
 * collector or another service would reject it.
 *
 * <p>IDs travel as plain strings, as in OpenTelemetry's {@code SpanContext}; this class
 * only says which strings are valid.
 */
public final class TraceId {

    /** Length in hex characters. */
    public static final int LENGTH = 32;

    /** The all-zero ID, which the standards reserve to mean "no trace". */
    public static final String INVALID = "0".repeat(LENGTH);

    private TraceId() {}

    /** True for 32 lowercase hex characters that are not all zeros. */
    public static boolean isValid(CharSequence id) {
        return HexIds.isValid(id, LENGTH);
    }

    /**
     * {@code id} when it is a valid trace ID; otherwise an {@link IllegalArgumentException}
     * naming the field ({@code name}), the rule and the bad value.
     */
    public static String requireValid(String name, String id) {
        return HexIds.requireValid(name, id, LENGTH);
    }
}
