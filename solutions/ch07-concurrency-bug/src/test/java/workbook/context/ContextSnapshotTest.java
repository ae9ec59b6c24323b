package workbook.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.context.Contexts.ALICE;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.TraceContext;

class ContextSnapshotTest {

    private final ContextStorage storage = new ContextStorage();
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    @Tag("ch07.4")
    @DisplayName("ch07.4 a wrapped Runnable runs in the captured context on a pool thread")
    void wrappedRunnableRunsInTheCapturedContext() throws Exception {
        storage.attach(ALICE);
        TraceContext[] seen = new TraceContext[1];

        pool.submit(storage.capture().wrap(() -> seen[0] = storage.current())).get(5, TimeUnit.SECONDS);

        assertThat(seen[0]).as("current() inside the wrapped task on the pool thread").isEqualTo(ALICE);
    }

    @Test
    @Tag("ch07.4")
    @DisplayName("ch07.4 the pool thread has no context left once a wrapped task is done")
    void poolThreadIsCleanAfterTheTask() throws Exception {
        storage.attach(ALICE);
        pool.submit(storage.capture().wrap(() -> { })).get(5, TimeUnit.SECONDS);

        TraceContext left = pool.submit(storage::current).get(5, TimeUnit.SECONDS);

        assertThat(left).as("current() on the same pool thread, in the next, unwrapped task").isNull();
    }

    @Test
    @Tag("ch07.4")
    @DisplayName("ch07.4 a wrapped Callable returns its value, and its failure leaves no context behind")
    void wrappedCallableReturnsAndRestores() throws Exception {
        storage.attach(ALICE);
        ContextSnapshot snapshot = storage.capture();
        Callable<String> traceId = snapshot.wrap(() -> storage.current().traceId());
        Callable<String> failing = snapshot.wrap(() -> {
            throw new IllegalStateException("inventory down");
        });

        String result = pool.submit(traceId).get(5, TimeUnit.SECONDS);
        Future<String> failed = pool.submit(failing);

        assertThat(result).as("trace ID seen by the wrapped Callable").isEqualTo(ALICE.traceId());
        assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().hasMessage("inventory down");
        assertThat(pool.submit(storage::current).get(5, TimeUnit.SECONDS))
                .as("current() on the pool thread after the wrapped Callable threw").isNull();
    }
}
