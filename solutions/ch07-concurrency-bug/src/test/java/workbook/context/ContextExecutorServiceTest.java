package workbook.context;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.context.Contexts.ALICE;
import static workbook.context.Contexts.BOB;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.TraceContext;

@SuppressWarnings("try") // scopes opened only to be closed at the end of their block
class ContextExecutorServiceTest {

    private final ContextStorage storage = new ContextStorage();
    private final ExecutorService pool = storage.wrap(Executors.newFixedThreadPool(2));

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    @Tag("ch07.5")
    @DisplayName("ch07.5 a submitted task sees the context of the thread that submitted it")
    void taskSeesTheSubmittersContext() throws Exception {
        try (Scope scope = storage.attach(ALICE)) {
            TraceContext seen = pool.submit(storage::current).get(5, TimeUnit.SECONDS);

            assertThat(seen).as("current() in a task submitted while ALICE was current").isEqualTo(ALICE);
        }
    }

    @Test
    @Tag("ch07.5")
    @DisplayName("ch07.5 the context is captured when the task is submitted, not when it runs")
    void contextIsCapturedAtSubmission() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        pool.submit(() -> release.await(5, TimeUnit.SECONDS));
        pool.submit(() -> release.await(5, TimeUnit.SECONDS)); // both workers busy now

        Future<TraceContext> queued;
        try (Scope scope = storage.attach(ALICE)) {
            queued = pool.submit(storage::current);
        }
        try (Scope scope = storage.attach(BOB)) {
            release.countDown();
            assertThat(queued.get(5, TimeUnit.SECONDS))
                    .as("current() in a task submitted under ALICE that ran while BOB was current here")
                    .isEqualTo(ALICE);
        }
    }

    @Test
    @Tag("ch07.5")
    @DisplayName("ch07.5 invokeAll carries the context to every task")
    void invokeAllCarriesTheContext() throws Exception {
        Callable<TraceContext> look = storage::current;
        try (Scope scope = storage.attach(ALICE)) {
            List<Future<TraceContext>> results = pool.invokeAll(List.of(look, look, look), 5, TimeUnit.SECONDS);

            for (Future<TraceContext> result : results) {
                assertThat(result.get()).as("current() in each task of invokeAll").isEqualTo(ALICE);
            }
        }
    }
}
