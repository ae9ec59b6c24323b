package workbook.pictures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import workbook.sampling.ExperimentSummary;
import workbook.sampling.RunOutcome;
import workbook.sampling.SamplingExperiment;

/**
 * Chapter 05: the seed's exercise 1 as an experiment. Over 1,000 seeded runs of 10 requests at
 * rate 0.5, how many traces each run recorded (bars), against the binomial distribution the
 * theory predicts (dots and line).
 */
final class SampledCountsPicture {

    static final int RUNS = 1000;
    static final int REQUESTS = 10;
    static final double RATE = 0.5;

    private SampledCountsPicture() {}

    static Picture draw() {
        SamplingExperiment experiment = new SamplingExperiment(REQUESTS, RATE);
        int[] counts = new int[REQUESTS + 1];
        List<RunOutcome> outcomes = new ArrayList<>();
        for (long seed = 1; seed <= RUNS; seed++) {
            RunOutcome outcome = experiment.run(seed);
            outcomes.add(outcome);
            counts[outcome.tracesRecorded()]++;
        }
        ExperimentSummary summary = ExperimentSummary.of(outcomes);
        double[] expected = new double[REQUESTS + 1];
        for (int k = 0; k <= REQUESTS; k++) {
            expected[k] = RUNS * binomial(REQUESTS, k, RATE);
        }

        double left = 60;
        double top = 60;
        double plotWidth = 640;
        double plotHeight = 260;
        double max = 0;
        for (int k = 0; k <= REQUESTS; k++) {
            max = Math.max(max, Math.max(counts[k], expected[k]));
        }
        double yMax = Math.ceil(max / 50) * 50;
        double slot = plotWidth / (REQUESTS + 1);
        String description = String.format(Locale.ROOT, "Bar chart: over %d seeded runs of %d requests sampled at rate"
                + " %.1f, how many runs recorded k traces, for k from 0 to %d: %s. Against it, the binomial"
                + " distribution's expected counts: %s. Observed mean %.2f and variance %.2f; theory %.2f and %.2f.",
                RUNS, REQUESTS, RATE, REQUESTS,
                IntStream.rangeClosed(0, REQUESTS).mapToObj(k -> k + ": " + counts[k]).collect(Collectors.joining(", ")),
                IntStream.rangeClosed(0, REQUESTS).mapToObj(k -> String.format(Locale.ROOT, "%d: %.1f", k, expected[k]))
                        .collect(Collectors.joining(", ")),
                summary.mean(), summary.variance(), experiment.expectedMean(), experiment.expectedVariance());
        Svg svg = new Svg(760, top + plotHeight + 96, "Traces recorded per run against the binomial distribution", description);
        svg.text(20, 24, "Traces recorded per run: " + RUNS + " runs of " + REQUESTS + " requests at rate " + RATE,
                "font-size=\"15\" font-weight=\"700\"");
        svg.text(20, 42, "chapter 05 reference, seeds 1 to " + RUNS + " \u00b7 bars: runs observed \u00b7 line: binomial("
                + REQUESTS + ", " + RATE + ") \u00d7 " + RUNS, "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        for (double v = 0; v <= yMax; v += 50) {
            double y = top + plotHeight - plotHeight * v / yMax;
            svg.line(left, y, left + plotWidth, y, "#eef1f4", "");
            svg.text(left - 8, y + 4, Svg.n(v), "font-size=\"11\" fill=\"" + Svg.MUTED + "\" text-anchor=\"end\"");
        }
        StringBuilder curve = new StringBuilder();
        for (int k = 0; k <= REQUESTS; k++) {
            double x = left + slot * k;
            double h = plotHeight * counts[k] / yMax;
            svg.rect(x + slot * 0.15, top + plotHeight - h, slot * 0.7, h, Svg.PALETTE[0], "opacity=\"0.85\"");
            svg.text(x + slot / 2, top + plotHeight - h - 5, String.valueOf(counts[k]),
                    "font-size=\"10\" fill=\"" + Svg.INK + "\" text-anchor=\"middle\"");
            svg.text(x + slot / 2, top + plotHeight + 16, String.valueOf(k), "font-size=\"11\" text-anchor=\"middle\"");
            double cy = top + plotHeight - plotHeight * expected[k] / yMax;
            curve.append(k == 0 ? "M" : " L").append(Svg.n(x + slot / 2)).append(' ').append(Svg.n(cy));
        }
        svg.path(curve.toString(), "fill=\"none\" stroke=\"" + Svg.PALETTE[5] + "\" stroke-width=\"2\"");
        for (int k = 0; k <= REQUESTS; k++) {
            svg.circle(left + slot * k + slot / 2, top + plotHeight - plotHeight * expected[k] / yMax, 3.5, Svg.PALETTE[5], "");
        }
        svg.line(left, top + plotHeight, left + plotWidth, top + plotHeight, Svg.INK, "");
        svg.text(left + plotWidth / 2, top + plotHeight + 36, "traces recorded in a run (k)", "font-size=\"12\" text-anchor=\"middle\"");
        svg.text(16, top + plotHeight / 2, "runs", "font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 16 "
                + Svg.n(top + plotHeight / 2) + ")\"");
        svg.text(left, top + plotHeight + 66, String.format(Locale.ROOT,
                "observed: mean %.2f, variance %.2f   \u00b7   binomial theory: mean n\u00b7p = %.2f, variance n\u00b7p\u00b7(1\u2212p) = %.2f",
                summary.mean(), summary.variance(), experiment.expectedMean(), experiment.expectedVariance()),
                "font-size=\"12\"");
        svg.rect(left + plotWidth - 170, top - 4, 14, 10, Svg.PALETTE[0], "");
        svg.text(left + plotWidth - 150, top + 5, "runs observed", "font-size=\"11\"");
        svg.line(left + plotWidth - 170, top + 18, left + plotWidth - 156, top + 18, Svg.PALETTE[5], "stroke-width=\"2\"");
        svg.text(left + plotWidth - 150, top + 22, "binomial expectation", "font-size=\"11\"");
        return new Picture("ch05-sampled-counts.svg", "ch05-head-sampler.md", svg.toString());
    }

    /** P(X = k) for X ~ Binomial(n, p). */
    static double binomial(int n, int k, double p) {
        double choose = 1;
        for (int i = 1; i <= k; i++) {
            choose = choose * (n - k + i) / i;
        }
        return choose * Math.pow(p, k) * Math.pow(1 - p, n - k);
    }
}
