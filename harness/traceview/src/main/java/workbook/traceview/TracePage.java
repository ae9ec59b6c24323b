package workbook.traceview;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes traces as one self-contained HTML page: a sortable list of traces and, for the one
 * selected, a waterfall like Jaeger's (one bar per span on a shared time axis, nested under its
 * parent, coloured by service, errors marked by an icon and text as well as red, tags and logs
 * on click, orphans and late spans marked). Everything is inline: the page makes no network
 * request, so it opens offline, from a kit or a CI artifact.
 *
 * <p>The page draws only the rows on screen, so a thousand traces of a hundred spans open in
 * well under two seconds. Opened as {@code PAGE.html#selftest} it also checks itself through
 * its own DOM and writes the result into a {@code <pre id="selftest-result">} (used by
 * {@code .ci/browser-check}).
 *
 * <p>Stateless and thread-safe.
 */
public final class TracePage {

    private static final String TEMPLATE = "page.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TracePage() {}

    /** The page for {@code spans}, grouped into traces by their trace ID. */
    public static String render(String title, Collection<ViewSpan> spans) {
        return renderTraces(title, ViewTrace.group(spans));
    }

    /** The page for traces already laid out. */
    public static String renderTraces(String title, List<ViewTrace> traces) {
        Objects.requireNonNull(title, "title");
        PageData data = PageData.of(title, traces);
        StringBuilder spans = new StringBuilder();
        for (int i = 0; i < traces.size(); i++) {
            spans.append("<script type=\"application/json\" id=\"spans-").append(i).append("\">")
                    .append(json(SpanRow.of(traces.get(i), data.services()))).append("</script>\n");
        }
        return template().replace("{{TITLE}}", escapeHtml(title)).replace("{{DATA}}", json(data))
                .replace("{{SPANS}}", spans);
    }

    /** JSON for inside a script element: '<' only occurs inside JSON strings, so escaping it keeps "</script>" out. */
    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the page's data as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the page for {@code spans} to {@code file} atomically: a reader sees the old page
     * or the new one, never half of it.
     */
    public static void write(Path file, String title, Collection<ViewSpan> spans) throws IOException {
        writeAtomically(file, render(title, spans));
    }

    static void writeAtomically(Path file, String content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        // Beside the target, so the move is a rename; not createTempFile, whose owner-only mode would stick.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + "." + Thread.currentThread().getId() + ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String template() {
        try (InputStream in = TracePage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the page template " + TEMPLATE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page template " + TEMPLATE, e);
        }
    }

    /** What the page's script reads: short keys, because a big page holds a hundred thousand spans. */
    record PageData(String title, List<String> services, List<TraceData> traces) {

        static PageData of(String title, List<ViewTrace> traces) {
            Map<String, Integer> services = new LinkedHashMap<>();
            for (ViewTrace trace : traces) {
                for (ViewTrace.Row row : trace.rows()) {
                    services.putIfAbsent(row.span().service(), services.size());
                }
            }
            List<TraceData> data = new ArrayList<>(traces.size());
            for (ViewTrace trace : traces) {
                data.add(TraceData.of(trace, services));
            }
            return new PageData(title, List.copyOf(services.keySet()), data);
        }
    }

    /**
     * One trace: its ID, root, start, duration and span count {@code n}; times in nanoseconds.
     * Its spans are in a script element of their own ({@code spans-INDEX}), which the page
     * parses only when the trace is opened: a thousand traces load about as fast as a few.
     */
    record TraceData(String id, String root, int rootService, boolean hasRoot, long start, long dur, int n,
                     int errors) {

        static TraceData of(ViewTrace trace, Map<String, Integer> services) {
            ViewSpan top = trace.top();
            return new TraceData(trace.traceId(), top.name(), services.get(top.service()), trace.hasRoot(),
                    trace.startNanos(), trace.durationNanos(), trace.spanCount(), (int) trace.errorCount());
        }
    }

    /**
     * One span, fields left out where they hold nothing (no parent, no error, no logs): {@code s} service index, {@code o} offset from the trace's start, {@code d}
     * duration, {@code dp} depth, {@code a} attributes as [key, value] pairs, {@code ev} events
     * as [offset, name, [[key, value]...]].
     */
    record SpanRow(String id, @JsonInclude(Include.NON_NULL) String p, String n, int s, String k, long o, long d,
                   int dp, @JsonInclude(Include.NON_DEFAULT) boolean err, @JsonInclude(Include.NON_EMPTY) String msg,
                   @JsonInclude(Include.NON_DEFAULT) boolean orphan, @JsonInclude(Include.NON_DEFAULT) boolean late,
                   List<List<String>> a, @JsonInclude(Include.NON_EMPTY) List<List<Object>> ev) {

        /** The rows of one trace, in drawing order. */
        static List<SpanRow> of(ViewTrace trace, List<String> services) {
            Map<String, Integer> index = new LinkedHashMap<>();
            services.forEach(service -> index.put(service, index.size()));
            long start = trace.startNanos();
            List<SpanRow> rows = new ArrayList<>(trace.spanCount());
            for (ViewTrace.Row row : trace.rows()) {
                rows.add(of(row, start, index));
            }
            return rows;
        }

        static SpanRow of(ViewTrace.Row row, long traceStart, Map<String, Integer> services) {
            ViewSpan span = row.span();
            List<List<Object>> events = new ArrayList<>(span.events().size());
            for (ViewEvent event : span.events()) {
                events.add(List.of(event.timeNanos() - traceStart, event.name(), pairs(event.attributes())));
            }
            return new SpanRow(span.spanId(), span.parentSpanId(), span.name(), services.get(span.service()),
                    span.kind(), span.startNanos() - traceStart, span.durationNanos(), row.depth(), span.error(),
                    span.statusMessage(), row.orphan(), span.late(), pairs(span.attributes()), events);
        }

        private static List<List<String>> pairs(Map<String, String> values) {
            List<List<String>> pairs = new ArrayList<>(values.size());
            values.forEach((key, value) -> pairs.add(List.of(key, value)));
            return pairs;
        }
    }
}
