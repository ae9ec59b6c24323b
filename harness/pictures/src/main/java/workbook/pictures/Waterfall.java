package workbook.pictures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbook.traceview.ViewSpan;
import workbook.traceview.ViewTrace;

/**
 * Draws a trace as the trace view does, in SVG: on the left the span tree (each span under its
 * parent, with connectors), on the right one bar per span on a shared time axis, coloured by
 * service. The pictures of chapters 02 and 03 use it.
 */
final class Waterfall {

    final double left;
    final double top;
    final double treeWidth;
    final double barsLeft;
    final double barsWidth;
    final double rowHeight;
    final long fromNanos;
    final long toNanos;
    private final Map<String, String> colours = new LinkedHashMap<>();

    Waterfall(double left, double top, double treeWidth, double barsWidth, double rowHeight, long fromNanos, long toNanos) {
        this.left = left;
        this.top = top;
        this.treeWidth = treeWidth;
        this.barsLeft = left + treeWidth + 16;
        this.barsWidth = barsWidth;
        this.rowHeight = rowHeight;
        this.fromNanos = fromNanos;
        this.toNanos = toNanos;
    }

    /** The x of a time on the axis. */
    double x(long nanos) {
        return barsLeft + barsWidth * (nanos - fromNanos) / (double) (toNanos - fromNanos);
    }

    /** The y of the middle of row {@code row}. */
    double y(int row) {
        return top + 26 + rowHeight * row + rowHeight / 2;
    }

    String colour(String service) {
        return colours.computeIfAbsent(service, name -> Svg.PALETTE[colours.size() % Svg.PALETTE.length]);
    }

    /** The axis, ticks labelled in seconds from {@code zeroNanos}, every {@code step} seconds. */
    void axis(Svg svg, long zeroNanos, double stepSeconds, int rows) {
        double bottom = y(rows - 1) + rowHeight / 2;
        svg.line(barsLeft, top + 20, barsLeft + barsWidth, top + 20, Svg.LINE, "");
        long step = ViewSpan.nanos(stepSeconds);
        long first = zeroNanos + Math.floorDiv(fromNanos - zeroNanos + step - 1, step) * step;
        for (long t = first; t <= toNanos; t += step) {
            double x = x(t);
            svg.line(x, top + 20, x, bottom, "#eef1f4", "");
            svg.text(x, top + 14, seconds(t - zeroNanos, stepSeconds), "font-size=\"11\" fill=\"" + Svg.MUTED + "\" text-anchor=\"middle\"");
        }
    }

    /** Rows of the trace: tree on the left, bars (with their durations) on the right; returns the number of rows. */
    int spans(Svg svg, ViewTrace trace) {
        return spans(svg, trace, true);
    }

    /** {@link #spans(Svg, ViewTrace)}, with or without the duration beside each bar. */
    int spans(Svg svg, ViewTrace trace, boolean durations) {
        List<ViewTrace.Row> rows = trace.rows();
        for (int i = 0; i < rows.size(); i++) {
            ViewTrace.Row row = rows.get(i);
            ViewSpan span = row.span();
            double y = y(i);
            double indent = left + 18 * row.depth();
            if (row.depth() > 0) {
                int parent = parentRow(rows, i);
                double parentX = left + 18 * (row.depth() - 1) + 6;
                svg.path("M" + Svg.n(parentX) + " " + Svg.n(y(parent) + 8) + " V" + Svg.n(y) + " H" + Svg.n(indent),
                        "fill=\"none\" stroke=\"#9aa5b1\" stroke-width=\"1.2\"");
            }
            String colour = colour(span.service());
            svg.rect(indent, y - 5, 10, 10, colour, "rx=\"2\"");
            svg.text(indent + 16, y - 2, span.name(), "font-weight=\"600\"");
            svg.text(indent + 16, y + 13, span.service() + " \u00b7 " + span.kind(),
                    "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
            double x1 = x(span.startNanos());
            double x2 = Math.max(x(span.endNanos()), x1 + 2);
            svg.rect(x1, y - 8, x2 - x1, 16, colour, "rx=\"2\"");
            String duration = milliseconds(span.durationNanos());
            if (!durations) {
                continue;
            }
            if (x2 + 70 < barsLeft + barsWidth) {
                svg.text(x2 + 6, y + 4, duration, "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
            } else {
                svg.text(x1 - 6, y + 4, duration, "font-size=\"11\" fill=\"" + Svg.MUTED + "\" text-anchor=\"end\"");
            }
        }
        return rows.size();
    }

    private static int parentRow(List<ViewTrace.Row> rows, int child) {
        for (int i = child - 1; i >= 0; i--) {
            if (rows.get(i).depth() == rows.get(child).depth() - 1) {
                return i;
            }
        }
        return 0;
    }

    /** A tick's label, with as many decimals as the step between ticks needs. */
    static String seconds(long nanos, double stepSeconds) {
        if (stepSeconds < 0.1) {
            return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, stepSeconds < 1 ? "%.1f s" : "%.0f s", nanos / 1e9);
    }

    static String milliseconds(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }
}
