package workbook.sim;

import java.util.Locale;

/**
 * Thrown by {@link Environment#run()} when a process failed, e.g.
 * {@code process 'client' failed at t=1.500: connection refused}.
 *
 * <p>Why a wrapper: the failure happens on the process's own thread, at a virtual time. The
 * exception carries both to the caller of {@code run()}, with the original exception as its
 * cause, so a test report says which process broke, when, and why. Exceptions thrown while the
 * other processes were being ended are attached as suppressed exceptions.
 *
 * <p>Thread safety: immutable once thrown.
 */
public final class SimulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String processName;
    private final double time;

    SimulationException(String processName, double time, Throwable cause) {
        super(String.format(Locale.ROOT, "process '%s' failed at t=%.3f: %s", processName, time,
                cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName()), cause);
        this.processName = processName;
        this.time = time;
    }

    /** The name of the process whose body threw. */
    public String processName() {
        return processName;
    }

    /** The virtual time at which it threw. */
    public double time() {
        return time;
    }
}
