package workbook.trace;

/**
 * The role a span plays in a request, as OpenTelemetry names it. OTLP encodes these as
 * the integers {@link #otlpCode()} returns.
 */
public enum SpanKind {
    /** Work inside one service, such as {@code process_data}. */
    INTERNAL(1),
    /** A service handling a request it received, such as {@code handle_request}. */
    SERVER(2),
    /** A caller's side of a request to another service, such as {@code make_request}. */
    CLIENT(3),
    /** Sends a message for later, asynchronous processing, such as putting an order on a queue. */
    PRODUCER(4),
    /** Receives a message a producer sent, such as taking an order off a queue. */
    CONSUMER(5);

    private final int otlpCode;

    SpanKind(int otlpCode) {
        this.otlpCode = otlpCode;
    }

    /** The value OTLP's {@code Span.SpanKind} enum gives this kind. */
    public int otlpCode() {
        return otlpCode;
    }
}
