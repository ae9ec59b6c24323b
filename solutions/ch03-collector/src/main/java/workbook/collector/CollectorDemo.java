package workbook.collector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import workbook.sim.SimulationException;

/**
 * The chapter's demo: the seed's three-request scenario, then the collector's report.
 * Run it with {@code ../../mvnw -q compile exec:java} in the chapter's folder; add
 * {@code -Dexec.args="--html traces.html"} to also draw the traces as a waterfall page.
 * While a TODO it needs is still open, it says which one instead.
 */
public final class CollectorDemo {

    private CollectorDemo() {}

    public static void main(String[] args) {
        if (args.length != 0 && !(args.length == 2 && args[0].equals("--html"))) {
            throw new IllegalArgumentException("usage: CollectorDemo [--html FILE], got " + List.of(args));
        }
        try {
            TraceCollector collector = SeedScenario.run(42, 3, System.out);
            CollectorReport.print(collector, System.out);
            if (args.length == 2) {
                writePage(Path.of(args[1]), collector);
            }
        } catch (SimulationException | UnsupportedOperationException e) {
            System.out.println(notYet(e).orElseThrow(() -> e));
        }
    }

    /**
     * What the demo prints instead of its run when {@code failure} is an open TODO's
     * {@code UnsupportedOperationException("TODO ...")}, thrown directly or by a process;
     * empty for any other failure, which the demo rethrows.
     */
    static Optional<String> notYet(RuntimeException failure) {
        Throwable todo = failure instanceof SimulationException ? failure.getCause() : failure;
        if (!(todo instanceof UnsupportedOperationException) || !String.valueOf(todo.getMessage()).startsWith("TODO ")) {
            return Optional.empty();
        }
        return Optional.of("not yet: " + todo.getMessage() + " (../../mvnw test shows what is next)");
    }

    private static void writePage(Path page, TraceCollector collector) {
        int traces;
        try {
            traces = TracePages.write(page, "ch03: the seed's three requests through the collector", collector);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + page + ": " + e.getMessage(), e);
        }
        System.out.println();
        System.out.println("Wrote " + page + ": " + traces + " traces, " + collector.spansReceived()
                + " spans; open it in a browser");
    }
}
