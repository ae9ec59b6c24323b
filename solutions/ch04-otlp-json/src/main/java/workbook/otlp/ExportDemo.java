package workbook.otlp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbook.collector.CollectorSettings;
import workbook.collector.SeedScenario;
import workbook.collector.TraceCollector;
import workbook.collector.TracePages;
import workbook.collector.TraceSummary;
import workbook.trace.Trace;

/**
 * Chapter 04's demo: runs the seed's client → OrderService scenario (chapter 03), writes its
 * completed traces as OTLP/JSON, then prints chapter 03's one-line summary of each trace, so
 * the learner sees the verbose standard format next to the compact view.
 *
 * <p>With {@code --out FILE} the JSON goes to the file and the summary to standard output.
 * Without it the JSON goes to standard output and the summary to standard error, so that
 * standard output stays one valid JSON document that can be piped on.
 *
 * <pre>
 * ../../mvnw -q compile exec:java -Dexec.args="--out traces.json"
 * ../../mvnw -q compile exec:java -Dexec.args="--out traces.json --html traces.html"
 * </pre>
 */
@Command(name = "ch04-demo", mixinStandardHelpOptions = true,
        description = "Exports the seed's scenario as OTLP/JSON and prints a summary of its traces.")
public final class ExportDemo implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write the OTLP/JSON here (default: standard output).")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "Also draw the traces as a waterfall page here.")
    Path html;

    @Option(names = "--requests", defaultValue = "3", description = "Requests the client makes (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seed", defaultValue = "42", description = "Simulation seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epoch", defaultValue = "2025-01-01T00:00:00Z",
            description = "The instant simulated time 0.0 stands for (default: ${DEFAULT-VALUE}).")
    Instant epoch;

    private final PrintStream stdout;
    private final PrintStream stderr;

    ExportDemo(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        int status = run(System.out, System.err, args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the demo with {@code args}; a failure is reported on {@code stderr} as one line. */
    static int run(PrintStream stdout, PrintStream stderr, String... args) {
        return new CommandLine(new ExportDemo(stdout, stderr))
                .setOut(new PrintWriter(stdout, true))
                .setErr(new PrintWriter(stderr, true))
                .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
                    stderr.println("ch04-demo: " + failure.getMessage());
                    return 1;
                })
                .execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        TraceCollector collector = SeedScenario.run(seed, requests, CollectorSettings.defaults().withLog(quiet));
        List<Trace> traces = collector.completedTraces();
        OtlpJsonExporter exporter = new OtlpJsonExporter(TimeMapping.startingAt(epoch));

        PrintStream summary;
        if (out == null) {
            Writer json = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
            exporter.write(traces, json);
            summary = stderr;
        } else {
            // Written beside the target and moved into place, so a failed run never leaves half a file.
            Path folder = out.toAbsolutePath().getParent();
            Path partial = null;
            try {
                partial = Files.createTempFile(folder, out.getFileName().toString(), ".partial");
                try (Writer json = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    exporter.write(traces, json);
                }
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                if (partial != null) {
                    Files.deleteIfExists(partial);
                }
                throw new IOException("cannot write " + out + ": " + e, e);
            }
            summary = stdout;
            summary.printf(Locale.ROOT, "Wrote %d spans of %d traces as OTLP/JSON to %s%n",
                    traces.stream().mapToInt(Trace::spanCount).sum(), traces.size(), out);
        }
        for (TraceSummary trace : TraceSummary.of(traces)) {
            summary.printf(Locale.ROOT, "Trace %s: %.3fs, %d spans, slowest %s%n", trace.traceId(),
                    trace.duration(), trace.spanCount(), trace.slowestSpan());
        }
        if (html != null) {
            int drawn = TracePages.write(html, "ch04: the seed's scenario, as exported", collector);
            summary.printf(Locale.ROOT, "Wrote %s: %d traces, %d spans; open it in a browser%n", html, drawn,
                    collector.spansReceived());
        }
        return 0;
    }
}
