package workbook.sim;

import java.util.Objects;

/**
 * An active participant of a simulation, written as plain sequential code: a client that sends
 * requests, a service that loops over its inbox, a collector that drains spans.
 *
 * <p>This is the Java form of the seed's {@code class Client(Process)}: subclass it, implement
 * {@link #run()}, and call {@link #timeout(double)} where asimpy writes
 * {@code await self.timeout(d)} and {@link #now()} where it reads {@code self.now}. For a small
 * process a lambda is enough: {@link Environment#process(String, ProcessBody)}.
 *
 * <p>Creating a process schedules its start at the environment's current time; its body runs
 * on its own thread named {@code sim-<name>} (a virtual thread on Java 24 or newer, a platform
 * thread before), but only while it holds the environment's baton, so no two processes ever
 * run at once. The thread is created with the process (it inherits its creator's
 * {@link InheritableThreadLocal} values) and started at the first event of the process.
 *
 * <p>The name is the seed's, kept on purpose although it shadows {@link java.lang.Process}
 * (see docs/ch00-simulation.md): import {@code workbook.sim.Process} explicitly.
 *
 * <p>Thread safety: the protected methods may only be called by this process's own body; a
 * process is otherwise used under the baton like the rest of its {@link Environment}.
 */
public abstract class Process {

    private final Environment env;
    private final String name;
    private final ProcessThread thread;

    /**
     * Creates the process and schedules its start at {@code env.now()}.
     *
     * <p>Call it before {@link Environment#run()} or from inside a running process (a process
     * may start others, as a service spawns a handler).
     *
     * @param env  the environment the process lives in
     * @param name a short, non-blank name; it appears in logs, thread names and failures
     * @throws IllegalStateException when the environment has run, or from a thread that is not
     *                               its running process while it runs
     */
    @SuppressWarnings("this-escape") // safe: the process cannot start before this constructor returns
    protected Process(Environment env, String name) {
        this.env = Objects.requireNonNull(env, "env");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
        }
        this.name = name;
        this.thread = env.scheduler().admit(this);
    }

    /**
     * The behaviour of the process, from its start to its end.
     *
     * <p>Returning ends the process. Throwing ends the whole run: {@link Environment#run()}
     * throws a {@link SimulationException} naming this process.
     *
     * @throws Exception any failure of the process
     */
    protected abstract void run() throws Exception;

    /**
     * Blocks this process for {@code delay} virtual seconds, during which other processes run.
     * No real time passes: the clock jumps.
     *
     * @param delay a finite number of virtual seconds, {@code >= 0}; 0 lets the other
     *              processes due now run first
     * @throws IllegalArgumentException if delay is negative, NaN or infinite
     * @throws IllegalStateException    if not called by this process's own body while it runs
     */
    protected final void timeout(double delay) {
        env.scheduler().timeout(delay, thread);
    }

    /** The current virtual time, as in asimpy's {@code self.now}. */
    protected final double now() {
        return env.now();
    }

    /** The environment of this process: for its random source, new queues and processes. */
    protected final Environment env() {
        return env;
    }

    /** The name given at creation; its thread is named {@code sim-<name>}. */
    public final String name() {
        return name;
    }

    /**
     * True from creation until the body returns or throws, or the run that holds it is over.
     * Lets a test check that a process really finished, or was ended by the environment.
     */
    public final boolean isAlive() {
        return !thread.hasEnded();
    }

    /** For debugging, e.g. {@code Process[client, alive]}. */
    @Override
    public String toString() {
        return "Process[" + name + (isAlive() ? ", alive]" : ", ended]");
    }
}
