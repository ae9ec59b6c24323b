package workbook.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ExperimentTest {

    private static RunOutcome run(int recorded, boolean slowestRecorded) {
        return new RunOutcome(1, 10, recorded, slowestRecorded);
    }

    @Test
    @Tag("ch05.7")
    @DisplayName("ch05.7 runs recording 3, 5 and 7 traces have mean 5 and sample variance 4")
    void meanAndSampleVariance() {
        ExperimentSummary summary = ExperimentSummary.of(List.of(run(3, true), run(5, true), run(7, true)));

        assertThat(summary.runs()).isEqualTo(3);
        assertThat(summary.mean()).as("mean").isCloseTo(5.0, within(1e-12));
        assertThat(summary.variance()).as("sample variance: (4 + 0 + 4) / (3 - 1)").isCloseTo(4.0, within(1e-12));
    }

    @Test
    @Tag("ch05.7")
    @DisplayName("ch05.7 the missed rate is the fraction of runs whose slowest request was not recorded")
    void slowestMissedRate() {
        ExperimentSummary summary = ExperimentSummary.of(
                List.of(run(5, true), run(4, false), run(6, true), run(5, true)));

        assertThat(summary.slowestMissedRate()).as("1 run of 4 missed its slowest request").isEqualTo(0.25);
        assertThat(summary.variance()).as("sample variance of 5, 4, 6, 5").isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    @Tag("ch05.7")
    @DisplayName("ch05.7 over 500 simulated runs, 10 requests at rate 0.5 match the binomial theory")
    void experimentMatchesTheTheory() {
        SamplingExperiment experiment = new SamplingExperiment(10, 0.5);

        ExperimentSummary summary = experiment.summarise(1, 500);

        // Four standard errors of 500 runs: 0.28 for the mean, 0.6 for the variance, 0.09 for the missed rate.
        assertThat(summary.mean()).as("mean traces recorded per run; theory n*p").isCloseTo(5.0, within(0.28));
        assertThat(summary.variance()).as("variance; theory n*p*(1-p)").isCloseTo(2.5, within(0.6));
        assertThat(summary.slowestMissedRate()).as("slowest request missed; theory 1-p").isCloseTo(0.5, within(0.09));
    }
}
