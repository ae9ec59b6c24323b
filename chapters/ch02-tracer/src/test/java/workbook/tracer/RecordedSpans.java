package workbook.tracer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import workbook.trace.SpanData;

/**
 * A {@link SpanSink} that keeps what it receives, and describes it as an indexed list when a
 * test fails, so the failure shows the whole shape of what the tracer recorded:
 * <pre>
 * [span 0] process_data (OrderService, INTERNAL) parent make_request
 * [span 1] handle_request (OrderService, SERVER) parent make_request
 * [span 2] make_request (Client, CLIENT) root
 * </pre>
 *
 * <p>Registered as a JUnit extension ({@code @RegisterExtension}), it also owns the global
 * {@link Storage} for each test: it resets it and installs itself as the collector before the
 * test, and resets it again after, so no context or collector leaks from one test to the next.
 */
final class RecordedSpans implements SpanSink, BeforeEachCallback, AfterEachCallback {

    private final List<SpanData> spans = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        Storage.reset();
        Storage.setCollector(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Storage.reset();
    }

    @Override
    public void accept(SpanData span) {
        spans.add(span);
    }

    List<SpanData> all() {
        return List.copyOf(spans);
    }

    /** The one span named {@code operation}; fails, showing all spans, when there is not exactly one. */
    SpanData named(String operation) {
        List<SpanData> matching = spans.stream().filter(span -> span.operationName().equals(operation)).toList();
        assertThat(matching).as("expected exactly one span named %s but found %d; spans recorded:%n%s", operation,
                matching.size(), describe()).hasSize(1);
        return matching.get(0);
    }

    /** Checks that {@code child}'s parent is {@code parent}, naming both by operation. */
    void assertParent(String child, String parent, String todo) {
        SpanData childSpan = named(child);
        SpanData parentSpan = named(parent);
        assertThat(childSpan.parentSpanId())
                .as("%s [span %d] expected parent %s but was %s; spans recorded:%n%s", todo, spans.indexOf(childSpan),
                        parent, parentName(childSpan), describe())
                .isEqualTo(parentSpan.spanId());
    }

    /** Every span received, in arrival order, with its parent's operation name. */
    String describe() {
        if (spans.isEmpty()) {
            return "(no spans)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            SpanData span = spans.get(i);
            out.append(String.format("[span %d] %s (%s, %s) %s%n", i, span.operationName(), span.serviceName(),
                    span.kind(), span.isRoot() ? "root" : "parent " + parentName(span)));
        }
        return out.toString();
    }

    private String parentName(SpanData span) {
        if (span.isRoot()) {
            return "none (root)";
        }
        Optional<SpanData> parent = spans.stream().filter(s -> s.spanId().equals(span.parentSpanId())).findFirst();
        return parent.map(SpanData::operationName).orElse(span.parentSpanId() + " (not recorded)");
    }
}
