package workbook.tracer;

/**
 * The code run inside a span by {@link Tracer#inSpan} and {@link Tracer#traceRoot}: the
 * functional form of a {@code @Traced} method, for code that has no interface to proxy.
 *
 * <p>Why not {@link java.util.concurrent.Callable}: {@code Callable} throws {@code Exception},
 * so every caller would have to catch it. Here the body's own exception type {@code E} flows
 * through the tracer unchanged: a body that throws nothing checked needs no try/catch, and one
 * that throws {@code IOException} makes the tracer call throw exactly {@code IOException}.
 *
 * @param <T> what the body returns ({@code Void} and {@code null} for nothing)
 * @param <E> the checked exception the body may throw ({@code RuntimeException} for none)
 */
@FunctionalInterface
public interface SpanBody<T, E extends Exception> {

    /** Does the work the span measures. */
    T run() throws E;
}
