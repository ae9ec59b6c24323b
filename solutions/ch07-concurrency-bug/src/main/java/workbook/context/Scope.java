package workbook.context;

/**
 * An attached context, open until closed: closing it makes the context that was current before
 * current again. Returned by {@link ContextStorage#attach} and {@link ContextSnapshot#makeCurrent};
 * OpenTelemetry's {@code io.opentelemetry.context.Scope} plays the same role.
 *
 * <p>Scopes nest like a stack, so open them with try-with-resources and the innermost one is
 * always closed first, on every path:
 *
 * <pre>{@code
 * try (Scope scope = storage.attach(child)) {
 *     work();            // child is current here
 * }                      // the previous context is current again, also if work() threw
 * }</pre>
 *
 * <p>Thread safety: a scope belongs to the thread that opened it and must be closed there.
 */
public interface Scope extends AutoCloseable {

    /**
     * Makes the context that was current before this scope was opened current again. Closing a
     * scope a second time does nothing.
     *
     * @throws IllegalStateException if called on another thread than the one that opened the
     *                               scope, or if scopes opened inside this one were still open
     *                               (they are closed too, and the message names them)
     */
    @Override
    void close();
}
