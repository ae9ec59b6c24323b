package workbook.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example of docs/ch00-simulation.md: a client and a service exchanging requests over queues. */
class ClientServiceExampleTest {

    @Test
    void clientAndServiceExchangeRequestsAsTheChapterDocShows() {
        List<String> output = new ArrayList<>();
        try (Environment env = new Environment(42)) {
            Queue<String> requests = new Queue<>(env);
            Queue<String> replies = new Queue<>(env);

            env.process("service", () -> {
                while (true) {                              // ended by the environment when the run is over
                    String request = requests.get();        // blocks until a request arrives
                    env.timeout(env.uniform(0.5, 1.5));     // handling takes virtual time
                    replies.put("done " + request);
                }
            });
            env.process("client", () -> {
                for (int i = 1; i <= 3; i++) {
                    requests.put("req-" + i);
                    String reply = replies.get();
                    output.add(String.format(Locale.ROOT, "t=%.3f %s got '%s'",
                            env.now(), env.currentProcessName().orElseThrow(), reply));
                    env.timeout(1.0);                       // think time
                }
            });

            env.run();
            output.add(String.format(Locale.ROOT, "finished at t=%.3f", env.now()));
        }

        assertThat(output).containsExactly(
                "t=1.228 client got 'done req-1'",
                "t=3.411 client got 'done req-2'",
                "t=5.220 client got 'done req-3'",
                "finished at t=6.220");
    }
}
