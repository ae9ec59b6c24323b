package workbook.sim;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The chapter's demo: a client and a service exchanging three requests over two queues, the
 * shape every later chapter traces. It prints when each request is sent, handled and
 * answered, in virtual time; the same seed prints the same run on every machine.
 *
 * <p>Run it with {@code ../../mvnw -q compile exec:java} in the chapter's folder.
 */
public final class SimulationDemo {

    /** The simulation's seed: change it and the handling times change, the order of events does not. */
    static final long SEED = 42;

    private SimulationDemo() {}

    public static void main(String[] args) {
        run(SEED, System.out);
    }

    /** Runs the client and the service with {@code seed} and prints their events to {@code out}. */
    static void run(long seed, PrintStream out) {
        try (Environment env = new Environment(seed)) {
            Queue<String> requests = new Queue<>(env);
            Queue<String> replies = new Queue<>(env);
            env.process("service", () -> {
                while (true) {                              // ended by the environment when the run is over
                    String request = requests.get();        // blocks, in virtual time, until a request arrives
                    say(out, env, "handles " + request);
                    env.timeout(env.uniform(0.5, 1.5));     // handling takes virtual time
                    replies.put("done " + request);
                }
            });
            env.process("client", () -> {
                for (int i = 1; i <= 3; i++) {
                    say(out, env, "sends req-" + i);
                    requests.put("req-" + i);
                    say(out, env, "got '" + replies.get() + "'");
                    env.timeout(1.0);                       // think time
                }
            });
            env.run();
            out.printf(Locale.ROOT, "t=%.3f  the run is over: no process has anything left to do%n", env.now());
        }
    }

    private static void say(PrintStream out, Environment env, String what) {
        out.printf(Locale.ROOT, "t=%.3f  %-8s %s%n", env.now(), env.currentProcessName().orElseThrow(), what);
    }
}
