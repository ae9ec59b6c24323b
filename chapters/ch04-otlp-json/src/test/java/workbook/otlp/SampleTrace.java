package workbook.otlp;

import java.util.List;
import java.util.Map;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;
import workbook.trace.Trace;

/** The seed's three-span request, written out by hand: Client.make_request → handle_request → process_data. */
final class SampleTrace {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CLIENT_SPAN = "00f067aa0ba902b7";
    static final String HANDLE_SPAN = "53995c3f42cd8ad8";
    static final String PROCESS_SPAN = "b7ad6b7169203331";

    static final SpanData PROCESS = new SpanData(TRACE, PROCESS_SPAN, HANDLE_SPAN, "process_data", "OrderService",
            SpanKind.INTERNAL, 1.7, 1.8, Map.of("success", true, "items", 3L), List.of());
    static final SpanData HANDLE = new SpanData(TRACE, HANDLE_SPAN, CLIENT_SPAN, "handle_request", "OrderService",
            SpanKind.SERVER, 1.6, 1.85, Map.of("error", true, "error.message", "payment declined"),
            List.of(new SpanLog(1.84, "exception", Map.of("exception", "payment declined", "retry", 0.5))));
    static final SpanData CLIENT = new SpanData(TRACE, CLIENT_SPAN, null, "make_request", "Client",
            SpanKind.CLIENT, 1.5, 1.9, Map.of("success", false), List.of());

    private SampleTrace() {}

    /** The three spans in the order a collector receives them: children first. */
    static List<SpanData> spans() {
        return List.of(PROCESS, HANDLE, CLIENT);
    }

    static Trace trace() {
        Trace trace = new Trace(TRACE);
        spans().forEach(trace::add);
        return trace;
    }
}
