package workbook.sim;

/**
 * The {@link SimulationException} a run ends with when one of its processes throws, made by a
 * real run rather than by hand: for tests of code that handles a failed simulation, such as a
 * demo that says which TODO a process met.
 */
public final class FailedRun {

    private FailedRun() {}

    /**
     * Runs a simulation of one process, {@code processName}, that throws {@code cause} at time 0,
     * and returns the exception the run ended with: it names the process and time 0, and its
     * cause is {@code cause} itself.
     */
    public static SimulationException of(String processName, RuntimeException cause) {
        try (Environment env = new Environment(1)) {
            env.process(processName, () -> {
                throw cause;
            });
            env.run();
        } catch (SimulationException failure) {
            return failure;
        }
        throw new AssertionError("a process that throws must fail its run");
    }
}
