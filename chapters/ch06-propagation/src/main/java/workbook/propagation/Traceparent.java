package workbook.propagation;

import java.util.Objects;
import java.util.Optional;
import workbook.trace.SpanId;
import workbook.trace.TraceId;

/**
 * The W3C {@code traceparent} header: which trace a request belongs to, which span of the
 * caller sent it, and the trace flags. On the wire it reads
 * {@code version-traceid-parentid-flags}, all lowercase hex, for example
 * {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}.
 *
 * <p>The seed sends three headers ({@code X-Trace-Id}, {@code X-Span-Id},
 * {@code X-Parent-Span-Id}) that only its own services understand; {@code traceparent}
 * is the one header every tracing vendor reads, which is why OpenTelemetry sends it by
 * default. It has no field for the caller's own parent: a receiver needs only the span
 * that called it.
 *
 * <p>Immutable; the constructor accepts only valid values, so a {@code Traceparent} that
 * exists can always be sent.
 *
 * @param traceId  32 lowercase hex characters, not all zeros
 * @param parentId the caller's span: 16 lowercase hex characters, not all zeros
 * @param flags    sampled and random-trace-id
 */
public record Traceparent(String traceId, String parentId, TraceFlags flags) {

    /** The version this workbook writes, and the only one whose layout it knows. */
    public static final String VERSION = "00";

    /** The length of a version {@code 00} header, and the least any version may have. */
    public static final int LENGTH = 55;

    public Traceparent {
        TraceId.requireValid("traceId", traceId);
        SpanId.requireValid("parentId", parentId);
        Objects.requireNonNull(flags, "flags");
    }

    /**
     * Reads a {@code traceparent} value, or returns empty when the W3C rules say to ignore
     * it, in which case the receiver starts a new trace (and ignores {@code tracestate}).
     *
     * <p>The rules: a version of two lowercase hex digits and a dash, never {@code ff}; a
     * version {@code 00} header is exactly {@value #LENGTH} characters; a higher version is
     * read with the version-00 layout and may go on only after a dash (its extra fields are
     * not interpreted); the trace ID, parent ID and flags are lowercase hex of exactly 32,
     * 16 and 2 characters, separated by dashes; neither ID is all zeros.
     *
     * @param value the header's value, with the optional whitespace HTTP allows around it
     *              already removed; {@code null} reads as "no header"
     */
    public static Optional<Traceparent> parse(String value) {
        // TODO ch06.1: Read a traceparent header exactly as W3C Trace Context says
        //   Hint: Check the layout before the content: two lowercase hex digits of version and a dash (never ff), then 32, 16 and 2 hex characters with dashes at fixed places (docs/ch06-propagation.md#ch061).
        throw new UnsupportedOperationException("TODO ch06.1: Read a traceparent header exactly as W3C Trace Context says");
    }

    /**
     * This header's value in version {@code 00}, the only version this workbook writes,
     * whatever version it was read from ("downgrading" is the one change the spec allows
     * to a version it does not know).
     */
    public String toHeader() {
        // TODO ch06.2: Write a traceparent header in version 00
        //   Hint: Always write version 00, whatever version was read: version-traceid-parentid-flags (docs/ch06-propagation.md#ch062).
        throw new UnsupportedOperationException("TODO ch06.2: Write a traceparent header in version 00");
    }
}
