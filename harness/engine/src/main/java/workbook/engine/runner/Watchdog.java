package workbook.engine.runner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

/**
 * Ends the JVM when one test runs too long. JUnit's own timeout interrupts a test that
 * waits, but cannot stop a busy loop, and jqwik properties have no timeout at all; a thread
 * cannot be stopped safely, so the watchdog reports the test as timed out and halts the JVM.
 * The parent then starts a fresh JVM for the tests that are left.
 *
 * <p>Two limits, so that a busy machine does not fail correct code: the test thread's
 * <em>CPU time</em> (an endless loop burns it; other processes competing for the cores do
 * not add to it), and a much longer <em>wall-clock</em> limit for a test that waits forever.
 * Thread-safe.
 */
final class Watchdog {

    /** The status the JVM ends with after a timeout (the JVM's own out-of-memory exit is 3). */
    static final int EXIT_STATUS = 97;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Thread thread;
    private volatile boolean armed;
    private volatile long cpuLimitNanos;
    private volatile long wallDeadline;
    private volatile long watchedId;
    private volatile long cpuAtStart;
    private volatile Runnable onTimeout = () -> {};

    Watchdog() {
        thread = new Thread(this::watch, "workbook-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    Thread thread() {
        return thread;
    }

    /**
     * Watches the calling thread: it may use {@code cpuSeconds} of CPU and {@code wallSeconds}
     * of wall-clock time before {@code timeoutAction} runs and the JVM halts.
     */
    void arm(long cpuSeconds, long wallSeconds, Runnable timeoutAction) {
        onTimeout = timeoutAction;
        watchedId = Thread.currentThread().getId();
        cpuAtStart = cpuTime(watchedId);
        cpuLimitNanos = TimeUnit.SECONDS.toNanos(cpuSeconds);
        wallDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(wallSeconds);
        armed = true;
    }

    void disarm() {
        armed = false;
    }

    private static long cpuTime(long threadId) {
        long cpu = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(threadId) : -1;
        return Math.max(cpu, 0);
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            if (!armed) {
                continue;
            }
            boolean cpuSpent = THREADS.isThreadCpuTimeSupported()
                    && cpuTime(watchedId) - cpuAtStart > cpuLimitNanos;
            if (armed && (cpuSpent || System.nanoTime() - wallDeadline > 0)) {
                onTimeout.run();
                Runtime.getRuntime().halt(EXIT_STATUS);
            }
        }
    }
}
