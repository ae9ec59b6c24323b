package workbook.pictures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.context.ConcurrentRequests;
import workbook.context.ScenarioResult;
import workbook.context.StorageKind;

/**
 * Chapter 07: exercise 3's two simultaneous requests, step by step, as the run logged them:
 * with the global slot the first handler, after yielding, sees the second request's trace ID;
 * with a slot per thread each handler sees its own.
 */
final class LeakPicture {

    static final long SEED = 7;
    private static final Pattern SENDS = Pattern.compile("\\[([0-9.]+)] (client-\\d+) sends (req-\\d+) in trace (\\w+)");
    private static final Pattern SEES = Pattern.compile(
            "\\[([0-9.]+)] OrderService handling (req-\\d+) sees trace (\\w+|\\(none\\))(?:  <- but .* is in trace (\\w+))?");

    private LeakPicture() {}

    /** One logged step: who, which request, what trace they had, and whether it was another request's. */
    record Step(String request, String text, String trace, boolean leak, String ownTrace) {}

    static List<Step> steps(StorageKind storage) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScenarioResult result;
        try (PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            result = ConcurrentRequests.run(storage, SEED, 2, log);
        }
        List<Step> steps = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            Matcher sends = SENDS.matcher(line);
            Matcher sees = SEES.matcher(line);
            if (sends.find()) {
                steps.add(new Step(sends.group(3), sends.group(2) + " sends it, t=" + sends.group(1),
                        sends.group(4), false, sends.group(4)));
            } else if (sees.find()) {
                boolean leak = sees.group(4) != null;
                steps.add(new Step(sees.group(2), "handler yields, reads context", sees.group(3), leak,
                        leak ? sees.group(4) : sees.group(3)));
            }
        }
        if (steps.size() != 4) {
            throw new IllegalStateException("expected 2 sends and 2 sightings in the " + storage + " run's log, got "
                    + steps + "; has ConcurrentRequests' log format changed?");
        }
        if ((storage == StorageKind.GLOBAL) != (result.requestsThatSawAnotherTrace() > 0)) {
            throw new IllegalStateException("the " + storage + " run with seed " + SEED + " saw another trace in "
                    + result.requestsThatSawAnotherTrace() + " requests; the picture expects a leak only with GLOBAL");
        }
        return steps;
    }

    static Picture draw() {
        Map<String, String> traceColours = new LinkedHashMap<>();
        StringBuilder description = new StringBuilder("Two requests, req-1 and req-2, start at the same simulated time"
                + " (chapter 07 reference, seed " + SEED + "). Steps in the order they ran.");
        Svg svg = new Svg(900, 0, "How a global context slot leaks a trace ID between two requests", "");
        svg.text(20, 24, "Two requests at the same moment: a global context slot leaks a trace ID",
                "font-size=\"15\" font-weight=\"700\"");
        svg.text(20, 42, "chapter 07 reference, seed " + SEED + " \u00b7 steps in the order the simulation ran them",
                "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        double top = 64;
        for (StorageKind storage : StorageKind.values()) {
            List<Step> steps = steps(storage);
            svg.text(20, top + 6, (storage == StorageKind.GLOBAL ? "Before: " : "After: ") + storage.description(),
                    "font-size=\"13\" font-weight=\"700\"");
            description.append(storage == StorageKind.GLOBAL ? " With " : " With the fix, ").append(storage.description())
                    .append(":");
            double lanesTop = top + 18;
            List<String> requests = steps.stream().map(Step::request).distinct().sorted().toList();
            for (int lane = 0; lane < requests.size(); lane++) {
                double y = lanesTop + lane * 70;
                svg.rect(20, y, 860, 62, lane % 2 == 0 ? "#f6f8fa" : "#ffffff", "stroke=\"" + Svg.LINE + "\"");
                svg.text(30, y + 35, requests.get(lane), "font-weight=\"700\"");
            }
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                int lane = requests.indexOf(step.request());
                double x = 100 + i * 196;
                double y = lanesTop + lane * 70 + 6;
                String colour = traceColours.computeIfAbsent(step.trace(), id -> Svg.PALETTE[traceColours.size()]);
                svg.rect(x, y, 186, 50, "#ffffff", "stroke=\"" + (step.leak() ? Svg.ERROR : colour) + "\" stroke-width=\""
                        + (step.leak() ? 3 : 2) + "\" rx=\"4\"");
                svg.circle(x + 12, y + 13, 8, Svg.INK, "");
                svg.text(x + 12, y + 17, String.valueOf(i + 1), "font-size=\"10\" fill=\"#ffffff\" text-anchor=\"middle\"");
                svg.text(x + 24, y + 17, shorten(step.text()), "font-size=\"10\"");
                svg.runs(x + 8, y + 38, "font-size=\"11\" font-weight=\"600\"",
                        new String[] {step.leak() ? "\u26a0 sees trace " : "trace ", step.leak() ? Svg.ERROR : Svg.INK},
                        new String[] {step.trace(), colour});
                if (step.leak()) {
                    svg.text(x + 8, y + 62, "but " + step.request() + " is in " + step.ownTrace(),
                            "font-size=\"10\" font-weight=\"600\" fill=\"" + Svg.ERROR + "\"");
                }
                description.append(" step ").append(i + 1).append(", ").append(step.request()).append(": ")
                        .append(step.text()).append(", trace ").append(step.trace())
                        .append(step.leak() ? " (LEAK: " + step.request() + " belongs to trace " + step.ownTrace() + ")" : "")
                        .append(';');
            }
            top = lanesTop + requests.size() * 70 + 34;
        }
        svg.text(20, top, "Each box: one step; the number is its order. Colours: one per trace. "
                + "Red: a handler found another request's trace ID in the context.", "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        svg.finish(top + 16, description.toString());
        return new Picture("ch07-leak.svg", "ch07-concurrency-bug.md", svg.toString());
    }

    private static String shorten(String text) {
        return text.length() <= 34 ? text : text.substring(0, 33) + "\u2026";
    }
}
