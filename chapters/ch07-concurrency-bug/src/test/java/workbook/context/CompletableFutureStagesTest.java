package workbook.context;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.context.Contexts.ALICE;
import static workbook.context.Contexts.BOB;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.TraceContext;

@SuppressWarnings("try") // scopes opened only to be closed at the end of their block
class CompletableFutureStagesTest {

    private final ContextStorage storage = new ContextStorage();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    @Tag("ch07.6")
    @DisplayName("ch07.6 a stage built in a context runs in it, even when another thread completes the future")
    void stageRunsInTheContextItWasBuiltIn() throws Exception {
        CompletableFuture<String> reply = new CompletableFuture<>();
        CompletableFuture<TraceContext> handled;
        try (Scope scope = storage.attach(ALICE)) {
            handled = reply.thenApply(storage.capture().wrapFunction(body -> storage.current()));
        }

        pool.execute(() -> reply.complete("200 OK")); // an I/O thread, with no context of its own

        assertThat(handled.get(5, TimeUnit.SECONDS))
                .as("current() in a stage built under ALICE and run by the thread that completed the reply")
                .isEqualTo(ALICE);
    }

    @Test
    @Tag("ch07.6")
    @DisplayName("ch07.6 supplyAsync and thenAcceptAsync with wrapped lambdas run in the captured context")
    void asyncStagesRunInTheCapturedContext() throws Exception {
        TraceContext[] accepted = new TraceContext[1];
        CompletableFuture<TraceContext> supplied;
        CompletableFuture<Void> done;
        try (Scope scope = storage.attach(BOB)) {
            ContextSnapshot snapshot = storage.capture();
            supplied = CompletableFuture.supplyAsync(snapshot.wrapSupplier(storage::current), pool);
            done = supplied.thenAcceptAsync(snapshot.wrapConsumer(ignored -> accepted[0] = storage.current()), pool);
        }

        done.get(5, TimeUnit.SECONDS);

        assertThat(supplied.get()).as("current() in the wrapped supplier").isEqualTo(BOB);
        assertThat(accepted[0]).as("current() in the wrapped consumer").isEqualTo(BOB);
    }
}
