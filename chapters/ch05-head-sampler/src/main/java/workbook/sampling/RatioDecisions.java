package workbook.sampling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * A filter for comparing {@link TraceIdRatioSampler} with other implementations of
 * OpenTelemetry's trace-ID ratio sampling: each input line {@code <traceIdHex32> <ratio>}
 * becomes an output line {@code 1} (sampled) or {@code 0} (not sampled).
 *
 * <p>Stateless; each call reads its own input.
 */
public final class RatioDecisions {

    private RatioDecisions() {}

    /**
     * Decides every line of {@code in} and writes the answers to {@code out}, one per line.
     *
     * @return how many lines were decided
     * @throws IllegalArgumentException at the first malformed line, naming its number and
     *                                  the problem; the answers before it are written
     */
    public static int decide(BufferedReader in, PrintStream out) throws IOException {
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            String[] fields = line.strip().split("\\s+");
            if (fields.length != 2) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected '<traceIdHex32> <ratio>', got '"
                        + line + "'");
            }
            try {
                TraceIdRatioSampler sampler = new TraceIdRatioSampler(parseRatio(fields[1]));
                out.println(sampler.shouldSample(fields[0]) ? "1" : "0");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return lineNumber;
    }

    private static double parseRatio(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ratio must be a decimal number, got '" + text + "'", e);
        }
    }
}
