package workbook.otlp;

import java.util.Map;

/**
 * The workbook's simplified span status, derived from the tags chapter 02's tracer sets:
 * a span tagged {@code error=true} failed, one tagged {@code success=true} succeeded, and
 * anything else says nothing. OpenTelemetry keeps the status as a field of its own that
 * instrumentation sets explicitly; the seed only has tags, so the exporter reads it from
 * them.
 *
 * <p>Stateless.
 */
final class StatusRule {

    /** OTLP's {@code Status.StatusCode}: the default, nothing known. */
    static final int UNSET = 0;
    /** Explicitly successful. */
    static final int OK = 1;
    /** Failed; the status carries a message. */
    static final int ERROR = 2;

    private StatusRule() {}

    /**
     * ERROR with the {@code error.message} tag as its message (or {@code "error"} without
     * one) when {@code error} is {@code true}; else OK when {@code success} is {@code true};
     * else UNSET. An error wins over success. Only ERROR has a message.
     */
    static Otlp.Status of(Map<String, Object> tags) {
        // TODO ch04.3: Derive a span's status from its error and success tags
        //   Hint: ERROR (2) with a message when error=true, OK (1) when success=true, otherwise UNSET (0) (docs/ch04-otlp-json.md#ch043).
        throw new UnsupportedOperationException("TODO ch04.3: Derive a span's status from its error and success tags");
    }
}
