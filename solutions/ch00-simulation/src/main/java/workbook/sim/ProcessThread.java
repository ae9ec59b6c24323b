package workbook.sim;

import java.util.concurrent.Semaphore;

/**
 * The thread of one process, and the baton hand-over between it and the scheduler.
 *
 * <p>Why a thread per process: process code stays plain sequential Java (no callbacks, no
 * futures), and a {@link ThreadLocal} is naturally per process ({@link SimThreads} says which
 * kind of thread). Why a baton: exactly one of
 * the scheduler and the processes runs at any moment, so a run is as deterministic as a
 * single-threaded one. The baton is two semaphores: the scheduler's turn (shared by all the
 * processes of one environment) and this process's turn. Handing the baton over is one
 * {@code release} of the other side's turn followed by one {@code acquire} of one's own; the
 * semaphores also make every write before a hand-over visible after it.
 *
 * <p>Thread safety: every field is touched only by the side that holds the baton.
 */
final class ProcessThread {

    private final String name;
    private final Thread thread;
    private final Semaphore schedulerTurn;
    private final Semaphore processTurn = new Semaphore(0);
    private boolean started;
    private boolean endRequested;
    private boolean ended;
    private Throwable failure;

    /**
     * Creates the thread without starting it: it starts at the process's first event. Created
     * here, on the creator's thread, it inherits the creator's {@link InheritableThreadLocal}s.
     */
    ProcessThread(Process process, Semaphore schedulerTurn) {
        this.name = process.name();
        this.schedulerTurn = schedulerTurn;
        this.thread = SimThreads.newThread("sim-" + name, () -> runBody(process));
    }

    String name() {
        return name;
    }

    boolean isCurrentThread() {
        return thread == Thread.currentThread();
    }

    boolean hasEnded() {
        return ended;
    }

    /** What the body threw (also while being ended), or null if it returned or unwound cleanly. */
    Throwable failure() {
        return failure;
    }

    /** Scheduler side: hands the baton to this process and waits until it blocks or ends. */
    void resume() {
        if (started) {
            processTurn.release();
        } else {
            SimThreads.start(thread); // may fail (no memory for a thread); then the process never started
            started = true;
        }
        schedulerTurn.acquireUninterruptibly();
        if (ended) {
            SimThreads.join(thread);
        }
    }

    /**
     * Scheduler side, when the run is over: makes the blocking call this process waits in throw
     * {@link ProcessEnded}, and waits until its thread has ended. A process that never started
     * just ends: its body never runs.
     */
    void end() {
        endRequested = true;
        if (started) {
            resume();
        } else {
            ended = true;
        }
    }

    /** Process side: hands the baton back to the scheduler and waits to be resumed. */
    void block() {
        throwIfEnding();
        schedulerTurn.release();
        processTurn.acquireUninterruptibly();
        throwIfEnding();
    }

    /** Process side: once the run is over, every blocking call throws at once. */
    void throwIfEnding() {
        if (endRequested) {
            throw new ProcessEnded(name);
        }
    }

    private void runBody(Process process) {
        try {
            process.run();
        } catch (ProcessEnded expected) {
            // The environment ended this process; its finally blocks have run.
        } catch (Throwable e) { // also an AssertionError in a test's process: run() reports it
            failure = e;
        } finally {
            ended = true;
            schedulerTurn.release();
        }
    }
}
