package workbook.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.context.Contexts.ALICE;
import static workbook.context.Contexts.BOB;
import static workbook.context.Contexts.CAROL;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private final ContextStorage storage = new ContextStorage();

    @Test
    @Tag("ch07.2")
    @DisplayName("ch07.2 closing scopes innermost first restores each previous context")
    void closingRestoresThePreviousContext() {
        Scope alice = storage.attach(ALICE);
        Scope bob = storage.attach(BOB);

        bob.close();
        assertThat(storage.current()).as("current() after closing BOB's scope").isEqualTo(ALICE);

        alice.close();
        assertThat(storage.current()).as("current() after closing ALICE's scope too").isNull();
    }

    @Test
    @Tag("ch07.2")
    @DisplayName("ch07.2 try-with-resources restores the context when the body throws")
    @SuppressWarnings("try") // the scopes are only there to be closed
    void contextIsRestoredWhenTheBodyThrows() {
        try (Scope outer = storage.attach(ALICE)) {
            assertThatThrownBy(() -> {
                try (Scope inner = storage.attach(BOB)) {
                    throw new IllegalStateException("payment declined");
                }
            }).hasMessage("payment declined");

            assertThat(storage.current()).as("current() after the inner block threw").isEqualTo(ALICE);
        }
        assertThat(storage.current()).as("current() after both blocks").isNull();
    }

    @Test
    @Tag("ch07.2")
    @DisplayName("ch07.2 closing a scope twice does nothing the second time")
    void closingTwiceDoesNothing() {
        Scope alice = storage.attach(ALICE);
        Scope bob = storage.attach(BOB);
        bob.close();

        bob.close();

        assertThat(storage.current()).as("current() after closing BOB's scope twice").isEqualTo(ALICE);
        alice.close();
    }

    @Test
    @Tag("ch07.2")
    @DisplayName("ch07.2 closing an outer scope while inner ones are open fails, and cleans up")
    void closingOutOfOrderFailsAndCleansUp() {
        Scope alice = storage.attach(ALICE);
        storage.attach(BOB);
        Scope carol = storage.attach(CAROL);

        assertThatThrownBy(alice::close)
                .as("closing ALICE's scope while BOB's and CAROL's are open")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 scope(s)")
                .hasMessageContaining(CAROL.spanId());

        assertThat(storage.current()).as("current() after the out-of-order close").isNull();
        carol.close();
        assertThat(storage.current()).as("closing a scope that was cleaned up does nothing").isNull();
    }

    @Test
    @Tag("ch07.2")
    @DisplayName("ch07.2 a scope cannot be closed on another thread")
    void closingOnAnotherThreadIsRefused() throws Exception {
        Scope alice = storage.attach(ALICE);
        ExecutorService otherThread = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> closing = CompletableFuture.runAsync(alice::close, otherThread);

            assertThatThrownBy(() -> closing.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("thread");
            assertThat(storage.current()).as("current() here after the refused close").isEqualTo(ALICE);
        } finally {
            otherThread.shutdownNow();
            otherThread.awaitTermination(5, TimeUnit.SECONDS);
        }
        alice.close();
        assertThat(storage.current()).as("current() after closing on the right thread").isNull();
    }
}
