package workbook.sampling;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Chapter 05's demo. Without options it runs the seed's first exercise as an experiment
 * (10 requests at rate 0.5, over 1000 seeded simulations) and prints the observed mean and
 * variance of the traces recorded per run next to the binomial theory, and how often the
 * slowest request was missed. With {@code --decide} it is a filter instead: lines
 * {@code <traceIdHex32> <ratio>} in, the trace-ID ratio sampler's {@code 1} or {@code 0} out.
 *
 * <pre>
 * ../../mvnw -q compile exec:java
 * echo "4bf92f3577b34da6a3ce929d0e0e4736 0.25" | ../../mvnw -q compile exec:java -Dexec.args="--decide"
 * </pre>
 */
@Command(name = "ch05-demo", mixinStandardHelpOptions = true,
        description = "Head sampling: the seed's exercise 1 as an experiment, or trace-ID ratio decisions.")
public final class SamplingDemo implements Callable<Integer> {

    @Option(names = "--decide", description = "Read '<traceIdHex32> <ratio>' lines from standard input"
            + " and print the trace-ID ratio sampler's decision (1 or 0) for each.")
    boolean decide;

    @Option(names = "--requests", defaultValue = "10", description = "Requests per run (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--rate", defaultValue = "0.5", description = "Head sampling rate (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--runs", defaultValue = "1000", description = "Simulated runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--first-seed", defaultValue = "1", description = "Seed of the first run (default: ${DEFAULT-VALUE}).")
    long firstSeed;

    private final BufferedReader in;
    private final PrintStream out;

    SamplingDemo(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int status = run(stdin, System.out, System.err, args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the demo with {@code args}; a bad input line is reported on {@code err} as one line. */
    static int run(BufferedReader in, PrintStream out, PrintStream err, String... args) {
        return new CommandLine(new SamplingDemo(in, out))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
                    err.println("ch05-demo: " + failure.getMessage());
                    return 1;
                })
                .execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (decide) {
            RatioDecisions.decide(in, out);
            return 0;
        }
        SamplingExperiment experiment = new SamplingExperiment(requests, rate);
        ExperimentSummary summary = experiment.summarise(firstSeed, runs);
        out.printf(Locale.ROOT, "Head sampling at rate %.2f: %d requests per run, %d runs (seeds %d to %d),"
                + " each a chapter 00 simulation.%n", rate, requests, runs, firstSeed, firstSeed + runs - 1);
        out.printf(Locale.ROOT, "mean:     %.3f traces recorded per run, standard error %.3f; theory n*p = %.3f%n",
                summary.mean(), summary.meanStandardError(), experiment.expectedMean());
        out.printf(Locale.ROOT, "variance: %.3f; theory n*p*(1-p) = %.3f%n",
                summary.variance(), experiment.expectedVariance());
        out.printf(Locale.ROOT, "slowest request missed: %.1f %% of runs, standard error %.1f %%; theory 1-p = %.1f %%%n",
                100 * summary.slowestMissedRate(), 100 * summary.slowestMissedStandardError(),
                100 * experiment.expectedSlowestMissedRate());
        return 0;
    }
}
