package workbook.otlp;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import workbook.trace.SpanData;
import workbook.trace.SpanLog;
import workbook.trace.Trace;

/**
 * Writes finished spans as OTLP/JSON, the format every OpenTelemetry collector and many
 * tracing backends accept ({@code POST /v1/traces}), instead of the seed's ad-hoc text.
 *
 * <p>The seed's simplifications, kept here: one resource per service (only its
 * {@code service.name} attribute), one instrumentation scope (the workbook's), no links,
 * and a status derived from the {@code error} and {@code success} tags ({@link StatusRule}).
 * Everything written is valid against the official protobuf schema.
 *
 * <p>Immutable and thread-safe: {@link ObjectMapper} is, once configured.
 */
public final class OtlpJsonExporter {

    /** The instrumentation scope every span is recorded under: the workbook's tracer. */
    public static final Otlp.InstrumentationScope SCOPE =
            new Otlp.InstrumentationScope("distributed-tracing-workbook", "1.0.0");

    /** The resource attribute that names the service, from OpenTelemetry's semantic conventions. */
    public static final String SERVICE_NAME = "service.name";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter().withSeparators(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private final TimeMapping time;

    /** @param time where simulated time 0.0 is on the real calendar */
    public OtlpJsonExporter(TimeMapping time) {
        this.time = Objects.requireNonNull(time, "time");
    }

    /** The spans of {@code traces}, as an OTLP/JSON document, pretty-printed. */
    public String toJson(Collection<Trace> traces) {
        StringWriter out = new StringWriter();
        write(traces, out);
        return out.toString();
    }

    /** Writes the spans of {@code traces} to {@code out} as one OTLP/JSON document; does not close it. */
    public void write(Collection<Trace> traces, Writer out) {
        List<SpanData> spans = new ArrayList<>();
        traces.forEach(trace -> spans.addAll(trace.spans()));
        try {
            JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, toOtlp(spans));
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write OTLP/JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The OTLP document for {@code spans}: one {@code resourceSpans} entry per service, in
     * the order the services first appear, each with the {@code service.name} resource
     * attribute and one {@code scopeSpans} entry (the workbook's {@link #SCOPE}) holding
     * that service's spans in their given order.
     */
    public Otlp.TracesData toOtlp(Collection<SpanData> spans) {
        // TODO ch04.5: Group spans into one resource per service
        //   Hint: One resourceSpans entry per service, with a service.name resource attribute and one scopeSpans entry for the workbook's SCOPE (docs/ch04-otlp-json.md#ch045).
        throw new UnsupportedOperationException("TODO ch04.5: Group spans into one resource per service");
    }

    /**
     * One span on the wire: hex IDs as they are, no {@code parentSpanId} on a root, the
     * kind's OTLP number, times as Unix nanoseconds, tags as attributes, logs as events, and
     * the status from {@link StatusRule}.
     */
    Otlp.Span toOtlpSpan(SpanData span) {
        // TODO ch04.4: Turn one span into its OTLP form
        //   Hint: OTLP calls the operation name 'name', tags 'attributes' and logs 'events'; times are Unix nanoseconds (docs/ch04-otlp-json.md#ch044).
        throw new UnsupportedOperationException("TODO ch04.4: Turn one span into its OTLP form");
    }
}
