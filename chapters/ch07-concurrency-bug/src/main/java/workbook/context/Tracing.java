package workbook.context;

import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.tracer.SpanBody;

/**
 * What traced code asks of a tracer: the current context, and running code in a span or in a
 * given context. Where the current context is kept is the implementation's business, and that
 * is the point of this chapter: {@link GlobalStorageTracing} keeps it in chapter 02's global
 * {@code Storage}, {@link ScopedTracer} in a per-thread {@link ContextStorage}, and
 * {@link ConcurrentRequests} runs the same services with either.
 *
 * <p>Every method restores the context that was current before it, on every path.
 */
public interface Tracing {

    /** The context of the span now running here, or {@code null} when no trace is active. */
    TraceContext currentContext();

    /**
     * Runs {@code body} with {@code context} current ({@code null}: no context), as a service does
     * with the context a request brought along, and returns what it returns.
     */
    <T, E extends Exception> T inContext(TraceContext context, SpanBody<T, E> body) throws E;

    /** Runs {@code body} in the root span of a new, sampled trace, as a client starting a request. */
    <T, E extends Exception> T traceRoot(String operationName, String serviceName, SpanKind kind,
                                         SpanBody<T, E> body) throws E;

    /**
     * Runs {@code body} in a child span of the current span; without a current sampled context it
     * only runs {@code body} and records nothing.
     */
    <T, E extends Exception> T inSpan(String operationName, String serviceName, SpanKind kind,
                                      SpanBody<T, E> body) throws E;
}
