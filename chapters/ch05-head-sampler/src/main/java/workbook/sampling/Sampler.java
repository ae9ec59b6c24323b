package workbook.sampling;

/**
 * Decides whether a trace is recorded. A tracer asks once, when the trace starts (head
 * sampling); the answer then travels with the request in {@code TraceContext.sampled()},
 * so the services downstream follow it instead of deciding again.
 *
 * <p>OpenTelemetry's {@code Sampler} also sees the parent context, the span's name, kind
 * and attributes; the seed's {@code HeadSampler} sees nothing at all. The trace ID is the
 * one input that matters here: a sampler that decides from it alone
 * ({@link TraceIdRatioSampler}) reaches the same answer in every service.
 */
@FunctionalInterface
public interface Sampler {

    /**
     * True when the trace with this ID is to be recorded.
     *
     * @param traceId 32 lowercase hex characters; a sampler may ignore it
     */
    boolean shouldSample(String traceId);
}
