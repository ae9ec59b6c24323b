package workbook.context;

import java.util.Objects;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.tracer.SpanBody;
import workbook.tracer.Storage;
import workbook.tracer.Tracer;

/**
 * Chapter 02's tracer and its global {@link Storage}, seen through {@link Tracing}: the version
 * with the concurrency bug, kept so the bug can be shown next to the fix. Its spans go to
 * {@link Storage#getCollector()}.
 *
 * <p>Thread safety: none, as {@link Storage}; correct only while a single request is in flight.
 */
public final class GlobalStorageTracing implements Tracing {

    private final Tracer tracer;

    public GlobalStorageTracing(Tracer tracer) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
    }

    @Override
    public TraceContext currentContext() {
        return Storage.getContext();
    }

    @Override
    public <T, E extends Exception> T inContext(TraceContext context, SpanBody<T, E> body) throws E {
        Objects.requireNonNull(body, "body");
        TraceContext previous = Storage.getContext();
        Storage.setContext(context);
        try {
            return body.run();
        } finally {
            Storage.setContext(previous);
        }
    }

    @Override
    public <T, E extends Exception> T traceRoot(String operationName, String serviceName, SpanKind kind,
                                                SpanBody<T, E> body) throws E {
        return tracer.traceRoot(operationName, serviceName, kind, body);
    }

    @Override
    public <T, E extends Exception> T inSpan(String operationName, String serviceName, SpanKind kind,
                                             SpanBody<T, E> body) throws E {
        return tracer.inSpan(operationName, serviceName, kind, body);
    }
}
