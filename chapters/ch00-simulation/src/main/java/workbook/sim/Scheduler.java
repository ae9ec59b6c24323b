package workbook.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * The engine behind {@link Environment}: the virtual clock, the future event list, the
 * processes still alive, and which of them holds the baton.
 *
 * <p>Why separate from {@link Environment}: the environment is the small, documented surface
 * that process code sees; this class is the machinery that {@link Process} and {@link Queue}
 * share with it.
 *
 * <p>Thread safety: confined by the baton. The thread that runs the event loop (the caller of
 * {@code run}, or a thread of its own: see {@link #onOwnThread}) and the process threads take
 * turns, so no field is ever touched by two threads at once.
 */
final class Scheduler {

    private enum State { READY, RUNNING, ENDING, FINISHED }

    private final PriorityQueue<Event> futureEvents = new PriorityQueue<>();
    private final Set<ProcessThread> alive = new LinkedHashSet<>();
    private final Semaphore schedulerTurn = new Semaphore(0);
    private long scheduledSoFar;
    private double now;
    private State state = State.READY;
    private ProcessThread running;
    /** The process whose failure ended the run (at {@link #now}, which then stays); null while none failed. */
    private ProcessThread failed;
    private final List<Throwable> failedWhileEnding = new ArrayList<>();

    double now() {
        return now;
    }

    int aliveCount() {
        return alive.size();
    }

    String stateName() {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** Creates the thread of a new process and schedules its start at the current time. */
    ProcessThread admit(Process process) {
        if (state != State.READY && !(state == State.RUNNING && isRunningProcessThread())) {
            throw new IllegalStateException("cannot create process '" + process.name()
                    + "': create processes before run() or from inside a running process"
                    + " (this Environment is " + stateName() + ")");
        }
        ProcessThread thread = new ProcessThread(process, schedulerTurn);
        alive.add(thread);
        wake(thread);
        return thread;
    }

    /** Schedules {@code process} to resume at the current time, after the events already due. */
    void wake(ProcessThread process) {
        schedule(now, process);
    }

    /**
     * Blocks the running process for {@code delay} virtual seconds.
     *
     * @param self the process that asks to wait, or null when the caller did not say
     */
    void timeout(double delay, ProcessThread self) {
        if (!(delay >= 0) || delay == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("delay must be a finite number >= 0, got " + delay);
        }
        ProcessThread process = requireRunningProcess("timeout()");
        if (self != null && self != process) {
            throw new IllegalStateException("timeout() of process '" + self.name() + "' was called from process '"
                    + process.name() + "'; a process can only make itself wait");
        }
        schedule(now + delay, process);
        process.block();
    }

    /** The running process if the caller is its thread; otherwise names the mistake. */
    ProcessThread requireRunningProcess(String operation) {
        if (!isRunningProcessThread()) {
            throw new IllegalStateException(operation
                    + " must be called from inside a running process of this environment");
        }
        return running;
    }

    /** Checks that the caller may change shared state: from outside only while no run is on. */
    void requireNotRunningElsewhere(String operation) {
        boolean runOn = state == State.RUNNING || state == State.ENDING;
        if (runOn && !isRunningProcessThread()) {
            throw new IllegalStateException(operation + " while the environment runs must be called"
                    + " from inside one of its processes");
        }
    }

    Optional<String> runningProcessName() {
        return isRunningProcessThread() ? Optional.of(running.name()) : Optional.empty();
    }

    /** Runs every event before {@code until}; whatever happens, no process thread is left. */
    void run(double until) {
        if (state != State.READY) {
            throw new IllegalStateException(state == State.RUNNING || state == State.ENDING
                    ? "this Environment is already running; run() cannot be nested"
                    : "this Environment has already run; create a new one");
        }
        if (Double.isNaN(until) || until < now) {
            throw new IllegalArgumentException("until must be >= now() = " + now + ", got " + until);
        }
        state = State.RUNNING;
        Runnable loop = () -> {
            try {
                dispatchEventsBefore(until);
                if (failed == null && until != Double.POSITIVE_INFINITY) {
                    now = until;
                }
            } finally {
                endAll();
            }
        };
        if (SimThreads.virtual()) {
            onOwnThread(loop);
        } else {
            loop.run();
        }
        if (failed != null) {
            // Made here, on the caller's thread, so that its stack trace shows who called run().
            SimulationException failure = new SimulationException(failed.name(), now, failed.failure());
            failedWhileEnding.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    /** Ends the processes of an environment that never ran; nothing to do after a run. */
    void close() {
        if (state == State.READY) {
            endAll();
        } else if (state != State.FINISHED) {
            throw new IllegalStateException("close() cannot be called while the environment runs");
        }
    }

    /**
     * Runs the event loop on a thread of the processes' kind and waits for it. With virtual
     * threads this makes every hand-over one between two virtual threads, which costs no
     * operating-system thread switch. What the loop throws is thrown here.
     */
    private static void onOwnThread(Runnable loop) {
        Throwable[] thrown = new Throwable[1];
        Thread thread = SimThreads.newThread("sim-scheduler", () -> {
            try {
                loop.run();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        SimThreads.start(thread);
        SimThreads.join(thread);
        if (thrown[0] instanceof RuntimeException e) {
            throw e;
        }
        if (thrown[0] instanceof Error e) {
            throw e;
        }
    }

    /** Dispatches events until {@code until} or the first process that fails ({@link #failed}). */
    private void dispatchEventsBefore(double until) {
        while (!futureEvents.isEmpty() && futureEvents.peek().time() < until) {
            Event event = futureEvents.poll();
            now = event.time();
            ProcessThread process = event.process();
            resume(process);
            if (process.hasEnded()) {
                alive.remove(process);
                if (process.failure() != null) {
                    failed = process;
                    return;
                }
            }
        }
    }

    /**
     * Ends every process still alive, one at a time and in creation order, so that their
     * finally blocks run deterministically. Failures while unwinding are not a new failure of
     * the run; when the run failed anyway they are attached to it as suppressed exceptions.
     */
    private void endAll() {
        state = State.ENDING;
        for (ProcessThread process : List.copyOf(alive)) {
            running = process;
            try {
                process.end();
            } finally {
                running = null;
            }
            if (failed != null && process.failure() != null) {
                failedWhileEnding.add(process.failure());
            }
        }
        alive.clear();
        futureEvents.clear();
        state = State.FINISHED;
    }

    private void resume(ProcessThread process) {
        running = process;
        try {
            process.resume();
        } finally {
            running = null;
        }
    }

    private void schedule(double time, ProcessThread process) {
        futureEvents.add(new Event(time, scheduledSoFar++, process));
    }

    private boolean isRunningProcessThread() {
        ProcessThread current = running;
        return current != null && current.isCurrentThread();
    }
}
