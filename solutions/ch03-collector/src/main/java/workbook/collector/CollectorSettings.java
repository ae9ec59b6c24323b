package workbook.collector;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * How a {@link TraceCollector} decides that a trace is complete, and where it reports.
 * Immutable.
 *
 * <p>The quiet period is the trade-off at the heart of the collector: a trace is complete once
 * its root span has arrived and no span of it has arrived for {@code quietPeriod} simulated
 * seconds. Too short, and a slow span arrives after its trace was completed (it is then
 * reported as late, and the trace is missing it); too long, and every trace is held in memory,
 * and its report delayed, for longer. OpenTelemetry's tail-sampling processor makes the same
 * choice with its {@code decision_wait}.
 *
 * @param quietPeriod simulated seconds without a new span before a trace with a root is complete
 * @param log         where the collector writes progress lines such as
 *                    {@code [2.8] TraceCollector: trace ba419d350dfe8af7aee7bbe10c45c028 complete, 3 spans}
 */
public record CollectorSettings(double quietPeriod, PrintStream log) {

    /** The default quiet period: shorter than the seed client's 1.5 s pause between requests. */
    public static final double DEFAULT_QUIET_PERIOD = 1.0;

    public CollectorSettings {
        if (!(quietPeriod > 0) || quietPeriod == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("quietPeriod must be a finite number of seconds > 0, got "
                    + quietPeriod);
        }
        Objects.requireNonNull(log, "log; pass a PrintStream over OutputStream.nullOutputStream() for none");
    }

    /** The default quiet period, with progress lines discarded. */
    public static CollectorSettings defaults() {
        return new CollectorSettings(DEFAULT_QUIET_PERIOD, new PrintStream(OutputStream.nullOutputStream()));
    }

    /** These settings with another quiet period. */
    public CollectorSettings withQuietPeriod(double seconds) {
        return new CollectorSettings(seconds, log);
    }

    /** These settings, reporting progress to {@code stream}. */
    public CollectorSettings withLog(PrintStream stream) {
        return new CollectorSettings(quietPeriod, stream);
    }
}
