package workbook.sampling;

import java.util.List;
import java.util.Objects;

/**
 * The statistics of many runs of the {@link SamplingExperiment}: how many traces a run
 * records on average, how much that number varies from run to run, and how often the run's
 * slowest request was not recorded.
 *
 * @param runs              how many runs were summarised, at least 2
 * @param mean              the average of {@link RunOutcome#tracesRecorded()}
 * @param variance          their sample variance (divided by {@code runs - 1})
 * @param slowestMissedRate the fraction of runs whose slowest request was not recorded
 */
public record ExperimentSummary(int runs, double mean, double variance, double slowestMissedRate) {

    /**
     * Summarises {@code outcomes}. The variance is the sample variance, the sum of squared
     * differences from the mean divided by {@code runs - 1}: an unbiased estimate of the
     * variance of one run, comparable with the binomial's {@code n·p·(1−p)}.
     *
     * @throws IllegalArgumentException with fewer than two outcomes (no variance exists)
     */
    public static ExperimentSummary of(List<RunOutcome> outcomes) {
        Objects.requireNonNull(outcomes, "outcomes");
        if (outcomes.size() < 2) {
            throw new IllegalArgumentException("a variance needs at least 2 runs, got " + outcomes.size());
        }
        // TODO ch05.7: Summarise the experiment: mean, variance, slowest missed
        //   Hint: The mean and the sample variance of tracesRecorded, and the fraction of runs whose slowest request was not recorded (docs/ch05-head-sampler.md#ch057).
        throw new UnsupportedOperationException("TODO ch05.7: Summarise the experiment: mean, variance, slowest missed");
    }

    /** How far {@link #mean()} may be from the true mean by chance: one standard error. */
    public double meanStandardError() {
        return Math.sqrt(variance / runs);
    }

    /** How far {@link #slowestMissedRate()} may be from the true rate by chance: one standard error. */
    public double slowestMissedStandardError() {
        return Math.sqrt(slowestMissedRate * (1 - slowestMissedRate) / runs);
    }
}
