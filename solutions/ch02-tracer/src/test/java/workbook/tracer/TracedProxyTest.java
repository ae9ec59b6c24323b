package workbook.tracer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import workbook.trace.ManualClock;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;

class TracedProxyTest {

    /** A service with one traced method, one traced method that throws, and one untraced method. */
    public interface Inventory {
        @Traced(value = "reserve", kind = SpanKind.SERVER)
        int reserve(String item) throws IOException;

        @Traced("count")
        int count(String item);

        String describe();
    }

    static final class Warehouse implements Inventory, ServiceNamed {
        @Override
        public int reserve(String item) throws IOException {
            if (item.isEmpty()) {
                throw new IOException("no item given");
            }
            return 1;
        }

        @Override
        public int count(String item) {
            throw new IllegalStateException("count of " + item + " is unknown");
        }

        @Override
        public String describe() {
            return "warehouse";
        }

        @Override
        public String serviceName() {
            return "InventoryService";
        }
    }

    static final class Shelf implements Inventory {
        @Override
        public int reserve(String item) {
            return 0;
        }

        @Override
        public int count(String item) {
            return 3;
        }

        @Override
        public String describe() {
            return "shelf";
        }
    }

    private static final TraceContext CLIENT =
            TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");

    private final Tracer tracer = new Tracer(new ManualClock(2.0), new SequentialIds());
    /** Each test starts with an empty {@link Storage} and these spans as its collector. */
    @RegisterExtension
    final RecordedSpans spans = new RecordedSpans();

    @Test
    @Tag("ch02.4")
    @DisplayName("ch02.4 a proxy over a class is rejected: a Proxy can only implement interfaces")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void proxyOverAClassIsRejected() {
        assertThatThrownBy(() -> tracer.traced((Class) ArrayList.class, new ArrayList<>()))
                .as("ch02.4 traced over the class ArrayList must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interface")
                .hasMessageContaining("java.util.ArrayList");
    }

    @Test
    @Tag("ch02.4")
    @DisplayName("ch02.4 traced returns a proxy implementing the interface")
    void tracedReturnsAProxy() {
        Inventory inventory = tracer.traced(Inventory.class, new Shelf());

        assertThat(Proxy.isProxyClass(inventory.getClass())).as("is a java.lang.reflect.Proxy").isTrue();
        assertThat(inventory).isInstanceOf(Inventory.class);
    }

    @Test
    @Tag("ch02.4")
    @DisplayName("ch02.4 the service name is the target's serviceName(), or else its class's simple name")
    void serviceNameComesFromTheTarget() {
        assertThat(TracingHandler.serviceNameOf(new Warehouse())).isEqualTo("InventoryService");
        assertThat(TracingHandler.serviceNameOf(new Shelf())).isEqualTo("Shelf");
    }

    @Test
    @Tag("ch02.5")
    @DisplayName("ch02.5 a @Traced method runs in a span named by the annotation; other methods record nothing")
    void tracedMethodRunsInASpan() throws IOException {
        Inventory inventory = tracer.traced(Inventory.class, new Warehouse());
        Storage.setContext(CLIENT);

        assertThat(inventory.reserve("book")).isEqualTo(1);
        assertThat(inventory.describe()).isEqualTo("warehouse");

        SpanData span = spans.named("reserve");
        assertThat(spans.all()).as("only the @Traced call is recorded:%n%s", spans.describe()).hasSize(1);
        assertThat(span.serviceName()).isEqualTo("InventoryService");
        assertThat(span.kind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.parentSpanId()).isEqualTo(CLIENT.spanId());
        assertThat(Storage.getContext()).as("context after the call").isEqualTo(CLIENT);
    }

    @Test
    @Tag("ch02.5")
    @DisplayName("ch02.5 the target's exceptions reach the caller unwrapped, checked or not")
    void exceptionsReachTheCallerUnwrapped() {
        Inventory inventory = tracer.traced(Inventory.class, new Warehouse());
        Storage.setContext(CLIENT);

        assertThatThrownBy(() -> inventory.reserve(""))
                .as("ch02.5 a checked exception the interface declares must reach the caller as it was")
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("no item given");
        assertThatThrownBy(() -> inventory.count("book"))
                .as("ch02.5 an unchecked exception must reach the caller as it was")
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("count of book is unknown");

        List<String> errorMessages = spans.all().stream()
                .map(span -> String.valueOf(span.tags().get("error.message"))).toList();
        assertThat(errorMessages).as("error.message of the two failed spans:%n%s", spans.describe())
                .containsExactly("no item given", "count of book is unknown");
    }

    @Test
    @Tag("ch02.5")
    @DisplayName("ch02.5 without a context a proxied call is a plain call")
    void withoutContextAProxiedCallIsPlain() throws IOException {
        Inventory inventory = tracer.traced(Inventory.class, new Shelf());

        assertThat(inventory.count("book")).isEqualTo(3);
        assertThat(inventory.reserve("book")).isZero();
        assertThat(spans.all()).as("spans recorded without a context").isEmpty();
    }
}
