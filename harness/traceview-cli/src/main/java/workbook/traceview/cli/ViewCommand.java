package workbook.traceview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workbook.traceview.TracePage;
import workbook.traceview.ViewSpan;
import workbook.traceview.ViewTrace;

/**
 * {@code workbook view FILE... --out PAGE.html}: draws the traces of OTLP/JSON files (what
 * chapter 04's exporter writes) as one self-contained HTML page, a waterfall per trace, to open
 * in any browser offline.
 *
 * <p>The learner tool adds it as its {@code view} subcommand; {@link #main} runs it alone.
 * Not thread-safe: picocli fills one instance per run.
 */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Draws the traces in OTLP/JSON files as a waterfall, in one self-contained HTML page.",
                "Example: workbook view traces.json --out traces.html"})
public final class ViewCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "OTLP/JSON trace files, such as chapter 04's export.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "PAGE.html", description = "Where to write the page.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title (default: the files' names).")
    String title;

    @Spec
    CommandSpec spec;

    /** For picocli and the learner tool. */
    public ViewCommand() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A command line that reports a failure as one line naming the problem, not a stack trace. */
    public static CommandLine commandLine() {
        return new CommandLine(new ViewCommand()).setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
            commandLine.getErr().println("view: " + failure.getMessage());
            return 1;
        });
    }

    @Override
    public Integer call() throws IOException {
        List<ViewSpan> spans = new ArrayList<>();
        for (Path file : files) {
            spans.addAll(OtlpTraceReader.read(file));
        }
        List<ViewTrace> traces = ViewTrace.group(spans);
        String pageTitle = title != null ? title
                : "Traces from " + files.stream().map(file -> String.valueOf(file.getFileName())).collect(Collectors.joining(", "));
        TracePage.write(out, pageTitle, spans);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Wrote %s: %d traces, %d spans%n", out, traces.size(), spans.size());
        stdout.flush();
        return 0;
    }
}
