package workbook.sim;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * A deterministic discrete-event simulation: a virtual clock, the processes that act in it,
 * and a seeded random source. The Java twin of asimpy's {@code Environment}.
 *
 * <p>Why simulate: a distributed system is many services exchanging requests; simulating
 * them in one JVM, with a virtual clock, lets a test reproduce exactly the same run (same
 * latencies, same interleavings, same random draws) every time, in milliseconds.
 *
 * <p>How it runs: {@link #run()} repeatedly takes the earliest event (ties broken by the order
 * in which they were scheduled), sets the clock to its time and resumes its process until that
 * process blocks again in {@link #timeout(double)} or {@link Queue#get()}, or ends. Each process
 * has its own thread, but a baton passes between the event loop and the processes so that
 * exactly one of them runs at a time: code stays sequential, a {@link ThreadLocal} is per
 * process, and a run depends only on the seed.
 *
 * <p>Rules: an environment runs once; when {@code run} returns or throws, every process is
 * over and no thread is left; a process that throws ends the run with a
 * {@link SimulationException}. Use it with try-with-resources if it might never run.
 *
 * <p>Thread safety: confined. Create, fill and run it on one thread; during the run only its
 * processes may use it (and its queues), which the baton makes safe. Other threads must not.
 */
public final class Environment implements AutoCloseable {

    private final long seed;
    private final Random random;
    private final Scheduler scheduler = new Scheduler();

    /**
     * Creates an environment whose clock reads 0.0.
     *
     * @param seed seeds {@link #random()}; the same seed and program give the same run
     */
    public Environment(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The virtual time in seconds: 0.0 at the start, then the time of the current event. */
    public double now() {
        return scheduler.now();
    }

    /**
     * The random source of this run, for latencies, failures and sampling decisions.
     *
     * <p>Why here and not {@code Math.random()}: draws made from it are part of the
     * deterministic run. It is a {@link Random}, whose sequence for a seed is fixed by its
     * specification, so a seed gives the same draws on every JDK.
     */
    public RandomGenerator random() {
        return random;
    }

    /**
     * A random number between {@code low} and {@code high}, as Python's
     * {@code random.uniform(low, high)}: {@code low + (high - low) * random().nextDouble()}.
     *
     * @throws IllegalArgumentException if a bound is NaN or infinite
     */
    public double uniform(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("bounds must be finite, got " + low + " and " + high);
        }
        return low + (high - low) * random.nextDouble();
    }

    /**
     * Creates a process whose code is {@code body}, starting at {@link #now()}: the lambda form
     * of subclassing {@link Process}.
     *
     * @param name a short, non-blank name for logs, the thread name and failures
     * @param body the sequential code of the process
     * @return the process, e.g. to check {@link Process#isAlive()} after the run
     * @throws IllegalStateException when the environment has run, or when called from a thread
     *                               that is not its running process while it runs
     */
    public Process process(String name, ProcessBody body) {
        Objects.requireNonNull(body, "body");
        return new BodyProcess(this, name, body);
    }

    /**
     * Blocks the calling process for {@code delay} virtual seconds, as asimpy's
     * {@code await self.timeout(delay)}. The clock jumps; no real time passes.
     *
     * @param delay a finite number of virtual seconds, {@code >= 0}; 0 lets the other
     *              processes due now run first
     * @throws IllegalArgumentException if delay is negative, NaN or infinite
     * @throws IllegalStateException    if not called from inside a running process of this
     *                                  environment
     */
    public void timeout(double delay) {
        scheduler.timeout(delay, null);
    }

    /**
     * Runs until no event remains: until every process has ended or waits in a
     * {@link Queue#get()} that nothing will satisfy. Those are then ended.
     *
     * @throws SimulationException   if a process threw; the other processes are ended first
     * @throws IllegalStateException if this environment has already run or been closed
     */
    public void run() {
        scheduler.run(Double.POSITIVE_INFINITY);
    }

    /**
     * Runs the events due before {@code until}, then sets the clock to {@code until} and ends
     * the processes still alive. Use it for open-ended workloads, e.g. a load generator.
     *
     * @throws IllegalArgumentException if until is NaN or earlier than {@link #now()}
     * @throws SimulationException      if a process threw; the other processes are ended first
     * @throws IllegalStateException    if this environment has already run or been closed
     */
    public void run(double until) {
        scheduler.run(until);
    }

    /** The name of the process calling this, for log lines; empty outside any process. */
    public Optional<String> currentProcessName() {
        return scheduler.runningProcessName();
    }

    /**
     * Ends every process still alive, so an environment that never ran holds nothing. After a
     * run there is nothing left to end; calling it again does nothing.
     *
     * @throws IllegalStateException if called while the environment runs
     */
    @Override
    public void close() {
        scheduler.close();
    }

    /** For debugging, e.g. {@code Environment[seed=42, now=1.500, alive=2, running]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Environment[seed=%d, now=%.3f, alive=%d, %s]",
                seed, scheduler.now(), scheduler.aliveCount(), scheduler.stateName());
    }

    /** The engine shared with {@link Process} and {@link Queue}. */
    Scheduler scheduler() {
        return scheduler;
    }
}
