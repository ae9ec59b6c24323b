package workbook.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FIFO queue through which processes exchange requests, replies and spans. */
class QueueTest {

    @Test
    void itemsComeOutInTheOrderTheyWentIn() {
        Environment env = new Environment(1);
        Queue<String> queue = new Queue<>(env);
        List<String> taken = new ArrayList<>();
        env.process("producer", () -> {
            queue.put("first");
            queue.put("second");
            queue.put("third");
        });
        env.process("consumer", () -> {
            for (int i = 0; i < 3; i++) {
                taken.add(queue.get());
            }
        });

        env.run();

        assertThat(taken).containsExactly("first", "second", "third");
    }

    @Test
    void getBlocksTheCallerUntilAnItemIsPut() {
        Environment env = new Environment(1);
        Queue<String> queue = new Queue<>(env);
        List<String> log = new ArrayList<>();
        env.process("consumer", () -> log.add(queue.get() + " at " + env.now()));
        env.process("producer", () -> {
            env.timeout(2);
            queue.put("item");
        });

        env.run();

        assertThat(log).containsExactly("item at 2.0");
    }

    @Test
    void putDoesNotBlockThePutter() {
        Environment env = new Environment(1);
        Queue<String> queue = new Queue<>(env);
        List<String> log = new ArrayList<>();
        env.process("consumer", () -> log.add("consumer got " + queue.get()));
        env.process("producer", () -> {
            queue.put("item");
            log.add("producer went on");
        });

        env.run();

        assertThat(log).containsExactly("producer went on", "consumer got item");
    }

    @Test
    void longestWaitingProcessIsServedFirst() {
        Environment env = new Environment(1);
        Queue<Integer> queue = new Queue<>(env);
        List<String> log = new ArrayList<>();
        for (String name : List.of("early", "middle", "late")) {
            env.process(name, () -> log.add(name + " got " + queue.get()));
        }
        env.process("producer", () -> {
            env.timeout(1);
            queue.put(1);
            queue.put(2);
            queue.put(3);
        });

        env.run();

        assertThat(log).containsExactly("early got 1", "middle got 2", "late got 3");
    }

    @Test
    void putFromOutsideAnyProcessFillsTheQueueBeforeTheRun() {
        Environment env = new Environment(1);
        Queue<String> inbox = new Queue<>(env);
        inbox.put("request-1");
        inbox.put("request-2");
        List<String> handled = new ArrayList<>();
        env.process("service", () -> {
            while (true) {
                handled.add(inbox.get());
            }
        });

        assertThat(inbox.size()).isEqualTo(2);
        assertThat(inbox.isEmpty()).isFalse();
        env.run();

        assertThat(handled).containsExactly("request-1", "request-2");
        assertThat(inbox.isEmpty()).isTrue();
    }

    @Test
    void getOutsideAProcessIsRejected() {
        Queue<String> queue = new Queue<>(new Environment(1));
        queue.put("item");

        assertThatThrownBy(queue::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("get() must be called from inside a running process of this environment");
    }

    @Test
    void toStringCountsItemsAndWaitingProcesses() {
        Environment env = new Environment(1);
        Queue<String> queue = new Queue<>(env);
        List<String> seen = new ArrayList<>();
        env.process("waiter", queue::get);
        env.process("observer", () -> seen.add(queue.toString()));
        queue.put("item");

        assertThat(queue).hasToString("Queue[items=1, waiting processes=0]");
        env.run();
        assertThat(seen).containsExactly("Queue[items=0, waiting processes=0]");
    }

    @Test
    void nullItemsAreRejected() {
        Queue<String> queue = new Queue<>(new Environment(1));

        assertThatThrownBy(() -> queue.put(null)).isInstanceOf(NullPointerException.class);
    }
}
