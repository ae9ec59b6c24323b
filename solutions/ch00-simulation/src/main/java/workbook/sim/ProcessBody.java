package workbook.sim;

/**
 * The code of a process written as a lambda, for {@link Environment#process(String, ProcessBody)}.
 *
 * <p>Why not {@link Runnable}: a process body is ordinary sequential code that may call
 * methods throwing checked exceptions; whatever it throws ends the run with a
 * {@link SimulationException} that names the process, so there is no reason to force a
 * try/catch into every body.
 *
 * <p>Thread safety: the body runs on its process's own thread, and only while that process
 * holds the baton (see {@link Environment}).
 */
@FunctionalInterface
public interface ProcessBody {

    /**
     * Runs the process from its start to its end, blocking with
     * {@link Environment#timeout(double)} and {@link Queue#get()} as it goes.
     *
     * @throws Exception any failure; it ends the whole run, see {@link SimulationException}
     */
    void run() throws Exception;
}
