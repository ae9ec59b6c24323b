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
        // TODO ch02.4: Wrap a service in a tracing proxy
        //   Hint: traced: a java.lang.reflect.Proxy can only implement interfaces, so reject anything else with a message saying so; serviceNameOf: the target's own service name, else its class's name (docs/ch02-tracer.md#ch024).
        throw new UnsupportedOperationException("TODO ch02.4: Wrap a service in a tracing proxy");
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
        // TODO ch02.1: Run code in a child span of the current span
        //   Hint: inSpan does steps 1 and 2 of the seed's five (without a current, sampled context just run the body); runInSpan does steps 3 to 5 (docs/ch02-tracer.md#ch021).
        throw new UnsupportedOperationException("TODO ch02.1: Run code in a child span of the current span");
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
        // TODO ch02.3: Start a new trace at its root
        //   Hint: A root span has a new trace ID, a new span ID and no parent, whatever the current context is (docs/ch02-tracer.md#ch023).
        throw new UnsupportedOperationException("TODO ch02.3: Start a new trace at its root");
    }

    /**
     * Steps 3 to 5 for a started span: make it current, run the body, record the outcome,
     * finish and send the span, and restore {@code previous}, on every path.
     */
    private <T, E extends Exception> T runInSpan(Span span, TraceContext previous, SpanBody<T, E> body) throws E {
        // TODO ch02.1: Run code in a child span of the current span
        //   Hint: inSpan does steps 1 and 2 of the seed's five (without a current, sampled context just run the body); runInSpan does steps 3 to 5 (docs/ch02-tracer.md#ch021).
        throw new UnsupportedOperationException("TODO ch02.1: Run code in a child span of the current span");
    }

    /**
     * Step 4 on failure: {@code error=true}, {@code error.message}, and an {@code exception}
     * log with OpenTelemetry's {@code exception.type} and {@code exception.message} fields.
     * A failure without a message is described by its class name, so the tag is never empty.
     */
    static void recordFailure(Span span, Throwable failure) {
        // TODO ch02.2: Record a failure on the span
        //   Hint: Three facts: error=true, error.message, and a log named exception (docs/ch02-tracer.md#ch022).
        throw new UnsupportedOperationException("TODO ch02.2: Record a failure on the span");
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
    }
}
