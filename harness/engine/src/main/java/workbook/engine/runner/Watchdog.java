package workbook.engine.runner;

import java.util.concurrent.TimeUnit;

/**
 * Ends the JVM when one test runs too long. JUnit's own timeout interrupts a test that
 * waits, but cannot stop a busy loop, and jqwik properties have no timeout at all; a thread
 * cannot be stopped safely, so the watchdog reports the test as timed out and halts the JVM.
 * The grader then starts a fresh JVM for the tests that are left. Thread-safe.
 */
final class Watchdog {

    /** The status the JVM ends with after a timeout (the JVM's own out-of-memory exit is 3). */
    static final int EXIT_STATUS = 97;

    private final Thread thread;
    private volatile boolean armed;
    private volatile long deadline;
    private volatile Runnable onTimeout = () -> {};

    Watchdog() {
        thread = new Thread(this::watch, "workbook-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    Thread thread() {
        return thread;
    }

    void arm(long seconds, Runnable timeoutAction) {
        onTimeout = timeoutAction;
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        armed = true;
    }

    void disarm() {
        armed = false;
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            if (armed && System.nanoTime() - deadline > 0) {
                onTimeout.run();
                Runtime.getRuntime().halt(EXIT_STATUS);
            }
        }
    }
}
