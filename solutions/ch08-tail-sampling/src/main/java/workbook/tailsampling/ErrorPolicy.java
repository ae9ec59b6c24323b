package workbook.tailsampling;

import workbook.trace.Trace;

/**
 * Keeps traces in which something failed: a span tagged {@code error=true}, as chapter 02's
 * tracer tags a span whose code threw. OpenTelemetry records the same fact as the span status
 * {@code ERROR}, and the Collector's {@code status_code} policy looks for it.
 *
 * <p>Immutable.
 */
public record ErrorPolicy() implements SamplingPolicy {

    /** The tag that marks a failed span. */
    public static final String ERROR_TAG = "error";

    @Override
    public boolean shouldKeep(Trace trace) {
        // BEGIN SOLUTION ch08.1
        return trace.spans().stream().anyMatch(span -> Boolean.TRUE.equals(span.tags().get(ERROR_TAG)));
        // END SOLUTION
    }
}
