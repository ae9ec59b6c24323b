package workbook.context;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An {@link ExecutorService} that carries the submitter's context to the task:
 * {@link ContextStorage#wrap(ExecutorService)} makes one. OpenTelemetry's
 * {@code Context.taskWrapping(executor)} does the same.
 *
 * <p>Every way in ({@code execute}, {@code submit}, {@code invokeAll}, {@code invokeAny}) goes
 * through {@link #execute(Runnable)}, which {@link AbstractExecutorService} calls on the
 * submitting thread, so that is the one place where the context is captured. Lifecycle calls
 * go to the wrapped executor; {@link #shutdownNow()} returns the tasks as they were queued, that
 * is, wrapped.
 *
 * <p>Thread safety: as thread-safe as the wrapped executor.
 */
final class ContextExecutorService extends AbstractExecutorService {

    private final ContextStorage storage;
    private final ExecutorService delegate;

    ContextExecutorService(ContextStorage storage, ExecutorService delegate) {
        this.storage = storage;
        this.delegate = delegate;
    }

    /** Runs {@code command} on the wrapped executor, in the context current here and now. */
    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        // BEGIN SOLUTION ch07.5
        delegate.execute(storage.capture().wrap(command));
        // END SOLUTION
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return delegate.awaitTermination(timeout, unit);
    }

    @Override
    public String toString() {
        return "ContextExecutorService(" + delegate + ")";
    }
}
