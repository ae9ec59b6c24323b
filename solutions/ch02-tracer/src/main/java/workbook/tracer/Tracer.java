package workbook.tracer;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import workbook.trace.Clock;
import workbook.trace.IdGenerator;
import workbook.trace.Span;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;

/**
 * Runs code in spans, without a line of span bookkeeping in the code itself: the Java form of
 * the seed's {@code @traced} and {@code @trace_root} decorators. Two ways in:
 *
 * <ul>
 *   <li>{@link #traced(Class, Object)} wraps an object in a proxy that runs each
 *       {@link Traced @Traced} interface method in a span;</li>
 *   <li>{@link #inSpan} and {@link #traceRoot} run a lambda in a span, for code with no
 *       interface.</li>
 * </ul>
 *
 * <p>Every traced call follows the seed's five steps: (1) without a current, sampled context,
 * call straight through and record nothing; (2) otherwise start a child span of the current
 * span; (3) make its context current for nested calls; (4) on success tag {@code success}, on
 * failure tag {@code error} and {@code error.message}, log an {@code exception} event and
 * rethrow the very same exception; (5) finish the span, send it to
 * {@link Storage#getCollector()} and restore the previous context, whatever happened.
 *
 * <p>Thread safety: the tracer itself holds only its clock and ID generator, but it reads and
 * writes the global {@link Storage}, so it is as safe as that: fine inside one simulation, where
 * one process runs at a time.
 */
public final class Tracer {

    private final Clock clock;
    private final IdGenerator ids;

    /**
     * @param clock stamps span starts, ends and logs; {@code env::now} in a simulation
     * @param ids   makes span and trace IDs; {@code IdGenerator.random(env.random())} in a simulation
     */
    public Tracer(Clock clock, IdGenerator ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * A proxy implementing {@code serviceInterface} that forwards every call to {@code target},
     * running each method annotated {@link Traced @Traced} in a span. The spans are named after
     * the annotation and stamped with the target's service name ({@link ServiceNamed}, or else
     * its class's simple name). Exceptions reach the caller exactly as the target threw them.
     *
     * <p>Only the calls made through the proxy are traced: a method of {@code target} calling
     * another of its own methods on {@code this} bypasses it.
     *
     * @throws IllegalArgumentException if {@code serviceInterface} is not a public interface
     *                                  (a proxy can only implement interfaces, and calls the
     *                                  target through reflection), if {@code target} does not
     *                                  implement it, or if a {@code @Traced} name is blank
     */
    public <T> T traced(Class<T> serviceInterface, T target) {
        Objects.requireNonNull(serviceInterface, "serviceInterface");
        Objects.requireNonNull(target, "target");
        // BEGIN SOLUTION ch02.4
        if (!serviceInterface.isInterface()) {
            throw new IllegalArgumentException("serviceInterface must be an interface, got class "
                    + serviceInterface.getName() + ": a java.lang.reflect.Proxy can only implement interfaces;"
                    + " extract one, or use inSpan for code without an interface");
        }
        if (!Modifier.isPublic(serviceInterface.getModifiers())) {
            throw new IllegalArgumentException("serviceInterface must be public, got " + serviceInterface.getName()
                    + ": the proxy calls the target's methods through reflection");
        }
        if (!serviceInterface.isInstance(target)) {
            throw new IllegalArgumentException("target " + target.getClass().getName() + " does not implement "
                    + serviceInterface.getName());
        }
        for (Method method : serviceInterface.getMethods()) {
            Traced traced = method.getAnnotation(Traced.class);
            if (traced != null && traced.value().isBlank()) {
                throw new IllegalArgumentException("@Traced on " + serviceInterface.getSimpleName() + "."
                        + method.getName() + " needs an operation name, got '" + traced.value() + "'");
            }
        }
        Object proxy = Proxy.newProxyInstance(serviceInterface.getClassLoader(), new Class<?>[] {serviceInterface},
                new TracingHandler(this, target));
        return serviceInterface.cast(proxy);
        // END SOLUTION
    }

    /**
     * Runs {@code body} in an {@link SpanKind#INTERNAL} span that is a child of the current
     * span; see {@link #inSpan(String, String, SpanKind, SpanBody)}.
     */
    public <T, E extends Exception> T inSpan(String operationName, String serviceName, SpanBody<T, E> body)
            throws E {
        return inSpan(operationName, serviceName, SpanKind.INTERNAL, body);
    }

    /**
     * Runs {@code body} in a new span, a child of the span in {@link Storage#getContext()}, and
     * returns what it returns. Without a current context, or when the current trace is not
     * sampled, it only runs {@code body}: untraced work costs nothing and records nothing.
     *
     * @throws IllegalArgumentException if a name is null or blank, traced or not, so that a
     *                                  mistake shows in every run and not only in traced ones
     * @throws E                        whatever {@code body} throws, unchanged
     */
    public <T, E extends Exception> T inSpan(String operationName, String serviceName, SpanKind kind,
                                             SpanBody<T, E> body) throws E {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        // BEGIN SOLUTION ch02.1
        requireName(operationName, "operationName");
        requireName(serviceName, "serviceName");
        TraceContext current = Storage.getContext();
        if (current == null || !current.sampled()) {
            return body.run();
        }
        Span span = Span.start(current.child(ids.newSpanId()), operationName, serviceName, kind, clock);
        return runInSpan(span, current, body);
        // END SOLUTION
    }

    /**
     * Runs {@code body} in an {@link SpanKind#INTERNAL} root span of a new trace; see
     * {@link #traceRoot(String, String, SpanKind, SpanBody)}.
     */
    public <T, E extends Exception> T traceRoot(String operationName, String serviceName, SpanBody<T, E> body)
            throws E {
        return traceRoot(operationName, serviceName, SpanKind.INTERNAL, body);
    }

    /**
     * Starts a new, sampled trace whose root span runs {@code body}: the seed's
     * {@code @trace_root}, for the code where a request begins, such as a client. The current
     * context, if any, is ignored while {@code body} runs and restored afterwards.
     *
     * @throws IllegalArgumentException if a name is null or blank ({@link Span#start} checks them)
     * @throws E                        whatever {@code body} throws, unchanged
     */
    public <T, E extends Exception> T traceRoot(String operationName, String serviceName, SpanKind kind,
                                                SpanBody<T, E> body) throws E {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        // BEGIN SOLUTION ch02.3
        TraceContext root = TraceContext.root(ids.newTraceId(), ids.newSpanId());
        Span span = Span.start(root, operationName, serviceName, kind, clock);
        return runInSpan(span, Storage.getContext(), body);
        // END SOLUTION
    }

    /**
     * Steps 3 to 5 for a started span: make it current, run the body, record the outcome,
     * finish and send the span, and restore {@code previous}, on every path.
     */
    private <T, E extends Exception> T runInSpan(Span span, TraceContext previous, SpanBody<T, E> body) throws E {
        // BEGIN SOLUTION ch02.1
        Storage.setContext(span.context());
        try {
            T result = body.run();
            span.tag("success", true);
            return result;
        } catch (Throwable failure) {
            recordFailure(span, failure);
            throw failure;
        } finally {
            try {
                span.finish();
                SpanSink collector = Storage.getCollector();
                if (collector != null) {
                    collector.accept(span.toData());
                }
            } finally {
                Storage.setContext(previous);
            }
        }
        // END SOLUTION
    }

    /**
     * Step 4 on failure: {@code error=true}, {@code error.message}, and an {@code exception}
     * log with OpenTelemetry's {@code exception.type} and {@code exception.message} fields.
     * A failure without a message is described by its class name, so the tag is never empty.
     */
    static void recordFailure(Span span, Throwable failure) {
        // BEGIN SOLUTION ch02.2
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
        span.tag("error", true);
        span.tag("error.message", message);
        span.log("exception", Map.of("exception.type", failure.getClass().getName(), "exception.message", message));
        // END SOLUTION
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
    }
}
