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

class ContextStorageTest {

    private final ContextStorage storage = new ContextStorage();
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopOtherThread() throws InterruptedException {
        otherThread.shutdownNow();
        otherThread.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    @Tag("ch07.1")
    @DisplayName("ch07.1 a new storage has no current context; attach makes one current")
    void attachedContextBecomesCurrent() {
        assertThat(storage.current()).as("current() of a new storage").isNull();

        storage.attach(ALICE);

        assertThat(storage.current()).as("current() after attach(ALICE)").isEqualTo(ALICE);
    }

    @Test
    @Tag("ch07.1")
    @DisplayName("ch07.1 the innermost attached context is the current one")
    void innermostAttachedContextIsCurrent() {
        storage.attach(ALICE);
        storage.attach(BOB);

        assertThat(storage.current()).as("current() after attach(ALICE), attach(BOB)").isEqualTo(BOB);
    }

    @Test
    @Tag("ch07.1")
    @DisplayName("ch07.1 a context attached on one thread is not current on another")
    void otherThreadsDoNotSeeTheContext() throws Exception {
        storage.attach(ALICE);

        TraceContext seenElsewhere = CompletableFuture.supplyAsync(storage::current, otherThread)
                .get(5, TimeUnit.SECONDS);
        TraceContext attachedElsewhere = CompletableFuture.supplyAsync(() -> {
            storage.attach(BOB);
            return storage.current();
        }, otherThread).get(5, TimeUnit.SECONDS);

        assertThat(seenElsewhere).as("current() on another thread, while ALICE is attached here").isNull();
        assertThat(attachedElsewhere).as("current() on the other thread after it attached BOB").isEqualTo(BOB);
        assertThat(storage.current()).as("current() here, after the other thread attached BOB").isEqualTo(ALICE);
    }

    @Test
    @Tag("ch07.1")
    @DisplayName("ch07.1 two storages keep separate slots")
    void twoStoragesAreIndependent() {
        ContextStorage other = new ContextStorage();

        storage.attach(ALICE);

        assertThat(other.current()).as("current() of another storage").isNull();
    }
}
