package workbook.sampling;

/**
 * What one run of the {@link SamplingExperiment} observed.
 *
 * @param seed            the simulation seed of the run
 * @param requests        how many requests the client made
 * @param tracesRecorded  how many of them left a trace in the recorded spans
 * @param slowestRecorded whether the slowest request of the run is among them
 */
public record RunOutcome(long seed, int requests, int tracesRecorded, boolean slowestRecorded) {

    public RunOutcome {
        if (requests < 1 || tracesRecorded < 0 || tracesRecorded > requests) {
            throw new IllegalArgumentException("need 0 <= tracesRecorded <= requests and requests >= 1, got "
                    + tracesRecorded + " of " + requests);
        }
        if (slowestRecorded && tracesRecorded == 0) {
            throw new IllegalArgumentException("the slowest request cannot be recorded when no trace is");
        }
    }
}
