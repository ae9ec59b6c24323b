package workbook.tracer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import workbook.sim.Environment;
import workbook.sim.Queue;
import workbook.trace.IdGenerator;
import workbook.trace.ManualClock;
import workbook.trace.Span;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;
import workbook.trace.TraceContext;

/** Hidden examples: the corners of the five steps, the proxy and the seed's service. */
class TracerHiddenTest {

    private static final TraceContext CLIENT =
            TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final ManualClock clock = new ManualClock(3.0);
    private final Tracer tracer = new Tracer(clock, new SequentialIds());
    /** Each test starts with an empty {@link Storage} and these spans as its collector. */
    @RegisterExtension
    final RecordedSpans spans = new RecordedSpans();

    // ---- ch02.1 -------------------------------------------------------------------------

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 a blank service name is rejected even without a context; a null result passes through")
    void blankServiceNameAndNullResult() {
        assertThatThrownBy(() -> tracer.inSpan("op", "", () -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serviceName");
        assertThatThrownBy(() -> tracer.inSpan("", "svc", () -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("operationName must not be blank, got ''");
        assertThatThrownBy(() -> tracer.inSpan("op", null, () -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("serviceName must not be blank, got null");

        Storage.setContext(CLIENT);
        Object result = tracer.inSpan("op", "svc", () -> null);

        assertThat(result).isNull();
        assertThat(spans.named("op").tags()).containsExactly(entry("success", true));
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 each call is finished and sent exactly once, with a fresh span ID; baggage is carried")
    void eachCallIsSentOnceWithAFreshSpanId() {
        Storage.setContext(CLIENT.withBaggage("tenant", "acme"));
        TraceContext[] inside = new TraceContext[1];

        for (int i = 0; i < 3; i++) {
            tracer.inSpan("op", "svc", () -> {
                inside[0] = Storage.getContext();
                clock.advanceBy(1);
                return null;
            });
        }

        assertThat(spans.all()).hasSize(3);
        assertThat(spans.all()).extracting(SpanData::spanId).doesNotHaveDuplicates()
                .containsExactly("0000000000000001", "0000000000000002", "0000000000000003");
        assertThat(spans.all()).extracting(SpanData::startTime).containsExactly(3.0, 4.0, 5.0);
        assertThat(spans.all()).extracting(SpanData::endTime).containsExactly(4.0, 5.0, 6.0);
        assertThat(inside[0].baggage()).containsExactly(entry("tenant", "acme"));
        assertThat(inside[0].parentSpanId()).isEqualTo(CLIENT.spanId());
        assertThat(inside[0].traceId()).isEqualTo(CLIENT.traceId());
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 with no collector spans are discarded and the call still works")
    void noCollectorDiscardsSpans() {
        Storage.setCollector(null);
        Storage.setContext(CLIENT);

        assertThat(tracer.inSpan("op", "svc", () -> "ok")).isEqualTo("ok");
        assertThat(Storage.getContext()).isEqualTo(CLIENT);
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 a failing collector does not leave the span's context current")
    void failingCollectorStillRestoresTheContext() {
        Storage.setCollector(span -> {
            throw new IllegalStateException("collector down");
        });
        Storage.setContext(CLIENT);

        assertThatThrownBy(() -> tracer.inSpan("op", "svc", () -> "ok")).hasMessage("collector down");
        assertThat(Storage.getContext()).isEqualTo(CLIENT);
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 a body and a collector that both fail still leave the previous context current")
    void failingBodyAndCollectorStillRestoreTheContext() {
        Storage.setCollector(span -> {
            throw new IllegalStateException("collector down");
        });
        Storage.setContext(CLIENT);

        assertThatThrownBy(() -> tracer.inSpan("op", "svc", () -> {
            throw new IOException("disk full");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Storage.getContext()).isEqualTo(CLIENT);
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 the span is sent when it ends: a parent arrives after its children")
    void spansAreSentWhenTheyEnd() {
        Storage.setContext(CLIENT);
        List<String> seenAtArrival = new ArrayList<>();
        Storage.setCollector(span -> {
            seenAtArrival.add(span.operationName() + "@" + span.endTime());
            spans.accept(span);
        });

        tracer.inSpan("outer", "svc", () -> {
            clock.advanceBy(1);
            tracer.inSpan("inner", "svc", () -> {
                clock.advanceBy(1);
                return null;
            });
            clock.advanceBy(1);
            return null;
        });

        assertThat(seenAtArrival).containsExactly("inner@5.0", "outer@6.0");
        spans.assertParent("inner", "outer", "ch02.1");
    }

    // ---- ch02.2 -------------------------------------------------------------------------

    @Test
    @Tag("ch02.2")
    @DisplayName("ch02.2 an Error is recorded and rethrown as it is too")
    void errorsAreRecordedAndRethrown() {
        Storage.setContext(CLIENT);
        AssertionError failure = new AssertionError("broken invariant");

        assertThatThrownBy(() -> tracer.inSpan("op", "svc", () -> {
            throw failure;
        })).isSameAs(failure);

        SpanData span = spans.named("op");
        assertThat(span.tags()).containsExactly(entry("error", true), entry("error.message", "broken invariant"));
        assertThat(span.logs()).extracting(SpanLog::fields).containsExactly(
                Map.of("exception.type", "java.lang.AssertionError", "exception.message", "broken invariant"));
        assertThat(Storage.getContext()).isEqualTo(CLIENT);
    }

    @Test
    @Tag("ch02.2")
    @DisplayName("ch02.2 the exception log is stamped with the time of the failure")
    void exceptionLogIsStampedAtTheFailure() {
        Span span = Span.start(CLIENT, "op", "svc", clock);
        clock.advanceBy(0.75);

        Tracer.recordFailure(span, new IOException());

        assertThat(span.logs()).containsExactly(new SpanLog(3.75, "exception",
                Map.of("exception.type", "java.io.IOException", "exception.message", "java.io.IOException")));
        assertThat(span.tags()).containsExactly(entry("error", true), entry("error.message", "java.io.IOException"));
    }

    // ---- ch02.3 -------------------------------------------------------------------------

    @Test
    @Tag("ch02.3")
    @DisplayName("ch02.3 every traceRoot call starts its own sampled trace; its failure is recorded and rethrown")
    void everyTraceRootIsItsOwnTrace() {
        TraceContext[] inside = new TraceContext[1];
        assertThat(tracer.traceRoot("first", "Client", () -> 1)).isEqualTo(1);
        IllegalStateException failure = new IllegalStateException("refused");
        assertThatThrownBy(() -> tracer.traceRoot("second", "Client", () -> {
            inside[0] = Storage.getContext();
            throw failure;
        })).isSameAs(failure);

        assertThat(spans.named("first").traceId()).isNotEqualTo(spans.named("second").traceId());
        assertThat(spans.named("second").tags()).containsEntry("error", true);
        assertThat(spans.named("first").kind()).as("default kind").isEqualTo(SpanKind.INTERNAL);
        assertThat(inside[0].sampled()).isTrue();
        assertThat(inside[0].parentSpanId()).isNull();
        assertThat(Storage.getContext()).isNull();
        assertThatThrownBy(() -> tracer.traceRoot(" ", "Client", () -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operationName");
        assertThatThrownBy(() -> tracer.traceRoot("op", null, () -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serviceName");
    }

    @Test
    @Tag("ch02.3")
    @DisplayName("ch02.3 traceRoot records a root even inside an unsampled trace")
    void traceRootIgnoresAnUnsampledContext() {
        Storage.setContext(CLIENT.withSampled(false));

        tracer.traceRoot("make_request", "Client", () -> 1);

        assertThat(spans.named("make_request").isRoot()).isTrue();
        assertThat(Storage.getContext()).isEqualTo(CLIENT.withSampled(false));
    }

    // ---- ch02.4 -------------------------------------------------------------------------

    public interface Blank {
        @Traced(" ")
        void run();
    }

    interface Hidden {
        @Traced("hidden")
        void run();
    }

    public interface Greeter {
        @Traced("greet")
        String greet(String name);

        default String greetTwice(String name) {
            return greet(name) + greet(name);
        }
    }

    @Test
    @Tag("ch02.4")
    @DisplayName("ch02.4 a blank @Traced name, a non-public interface and a target of another type are rejected")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void badProxiesAreRejected() {
        assertThatThrownBy(() -> tracer.traced(Blank.class, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run");
        assertThatThrownBy(() -> tracer.traced(Hidden.class, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public");
        assertThatThrownBy(() -> tracer.traced((Class) Greeter.class, "not a greeter"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> tracer.traced((Class) Integer.class, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interface")
                .as("the doc: the refusal of a class suggests inSpan").hasMessageContaining("inSpan");
    }

    @Test
    @Tag("ch02.4")
    @DisplayName("ch02.4 an anonymous class is named after its binary name, never blank")
    void anonymousClassesGetANonBlankName() {
        Greeter anonymous = new Greeter() {
            @Override
            public String greet(String name) {
                return name;
            }
        };

        assertThat(TracingHandler.serviceNameOf(anonymous)).isEqualTo(anonymous.getClass().getName()).isNotBlank();
        ServiceNamed named = () -> "Billing";
        assertThat(TracingHandler.serviceNameOf(named)).isEqualTo("Billing");
    }

    // ---- ch02.5 -------------------------------------------------------------------------

    static final class Politely implements Greeter, ServiceNamed {
        @Override
        public String greet(String name) {
            return "hello " + name + ";";
        }

        @Override
        public String serviceName() {
            return "GreetingService";
        }

        @Override
        public String toString() {
            return "Politely";
        }
    }

    @Test
    @Tag("ch02.5")
    @DisplayName("ch02.5 a default method runs on the target, so only its inner calls on this are untraced")
    void defaultMethodsAndObjectMethods() {
        Greeter greeter = tracer.traced(Greeter.class, new Politely());
        Storage.setContext(CLIENT);

        assertThat(greeter.greetTwice("ada")).isEqualTo("hello ada;hello ada;");
        assertThat(spans.all()).as("greetTwice is not @Traced and calls greet on the target itself").isEmpty();

        assertThat(greeter.greet("bob")).isEqualTo("hello bob;");
        assertThat(spans.named("greet").serviceName()).isEqualTo("GreetingService");

        assertThat(greeter.toString()).contains("Politely");
        assertThat(greeter).isEqualTo(greeter).isNotEqualTo(new Politely());
        assertThat(greeter.hashCode()).isEqualTo(System.identityHashCode(greeter));
        assertThat(spans.all()).as("Object methods are never traced").hasSize(1);
    }

    @Test
    @Tag("ch02.5")
    @DisplayName("ch02.5 an Error thrown by the target is unwrapped and recorded")
    void errorsFromTheTargetAreUnwrapped() {
        StackOverflowError failure = new StackOverflowError("too deep");
        Greeter greeter = tracer.traced(Greeter.class, name -> {
            throw failure;
        });
        Storage.setContext(CLIENT);

        assertThatThrownBy(() -> greeter.greet("x")).isSameAs(failure);
        assertThat(spans.named("greet").tags()).containsEntry("error.message", "too deep");
        assertThat(Storage.getContext()).isEqualTo(CLIENT);
    }

    @Test
    @Tag("ch02.5")
    @DisplayName("ch02.5 proxies calling proxies make a chain of spans")
    void proxiesCallingProxiesMakeAChain() {
        Greeter inner = tracer.traced(Greeter.class, new Politely());
        Outer outer = tracer.traced(Outer.class, () -> inner.greet("ada"));
        Storage.setContext(CLIENT);

        outer.run();

        spans.assertParent("greet", "outer", "ch02.5");
        assertThat(spans.named("outer").parentSpanId()).isEqualTo(CLIENT.spanId());
    }

    public interface Outer {
        @Traced("outer")
        void run();
    }

    // ---- ch02.6 -------------------------------------------------------------------------

    @Test
    @Tag("ch02.6")
    @DisplayName("ch02.6 three requests make three traces of three spans each, and the client gets three responses")
    void threeRequestsMakeThreeTraces() {
        List<ServiceResponse> responses;
        try (Environment env = new Environment(42)) {
            Tracer simTracer = new Tracer(env::now, IdGenerator.random(env.random()));
            SimpleService service = new SimpleService(env, "OrderService", simTracer, QUIET);
            SimpleClient client = new SimpleClient(env, "Client", service, simTracer, 3, QUIET);
            env.run();
            responses = client.responses();
        }

        assertThat(responses).extracting(ServiceResponse::requestId).containsExactly("req_1", "req_2", "req_3");
        assertThat(responses).allMatch(ServiceResponse::success);
        assertThat(spans.all()).extracting(SpanData::traceId).as(spans.describe()).hasSize(9);
        assertThat(spans.all().stream().map(SpanData::traceId).distinct()).hasSize(3);
        for (SpanData span : spans.all()) {
            String expectedParent = switch (span.operationName()) {
                case "make_request" -> null;
                case "handle_request" -> "make_request";
                default -> "handle_request";
            };
            String actualParent = spans.all().stream()
                    .filter(other -> other.spanId().equals(span.parentSpanId()))
                    .map(SpanData::operationName).findFirst().orElse(null);
            assertThat(actualParent).as("parent of %s:%n%s", span.operationName(), spans.describe())
                    .isEqualTo(expectedParent);
        }
        assertThat(Storage.getContext()).as("context after the run").isNull();
    }

    @Test
    @Tag("ch02.6")
    @DisplayName("ch02.6 the demo prints what the chapter's doc shows")
    void demoPrintsWhatTheDocShows() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            TracerDemo.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map(String::stripTrailing).toList()).containsSubsequence(
                "[1.5] Client: Starting request req_1",
                "[1.5] OrderService: Processing Request(req_1)",
                "Spans received: 9",
                "Trace ba419d350dfe8af7aee7bbe10c45c028",
                "  make_request    Client        CLIENT    0.320s  (root)",
                "  handle_request  OrderService  SERVER    0.320s  parent make_request",
                "  process_data    OrderService  INTERNAL  0.087s  parent handle_request",
                "Trace 2d68ad16268a478c982750f4569b5949",
                "  process_data    OrderService  INTERNAL  0.125s  parent handle_request");
        assertThat(Storage.getContext()).isNull();
        assertThat(Storage.getCollector()).as("the demo leaves no collector behind").isNull();
    }

    @Test
    @DisplayName("provided code: a client may send no request; negative counts and blank request IDs are rejected")
    void clientAndRequestValidation() {
        try (Environment env = new Environment(3)) {
            Tracer simTracer = new Tracer(env::now, IdGenerator.random(env.random()));
            SimpleService service = new SimpleService(env, "OrderService", simTracer, QUIET);
            SimpleClient idle = new SimpleClient(env, "Client", service, simTracer, 0, QUIET);
            assertThatThrownBy(() -> new SimpleClient(env, "Other", service, simTracer, -1, QUIET))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
            assertThatThrownBy(() -> new ServiceRequest(" ", null, "p", new Queue<>(env)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("requestId must not be blank, got ' '");
            assertThatThrownBy(() -> new ServiceRequest(null, null, "p", new Queue<>(env)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("requestId must not be blank, got null");
            env.run();
            assertThat(idle.responses()).isEmpty();
            assertThat(service.serviceName()).isEqualTo("OrderService");
        }
        assertThat(spans.all()).isEmpty();
    }

    @Test
    @Tag("ch02.6")
    @DisplayName("ch02.6 an untraced request records no span and is still answered")
    void untracedRequestIsAnswered() {
        List<ServiceResponse> received = new ArrayList<>();
        try (Environment env = new Environment(1)) {
            Tracer simTracer = new Tracer(env::now, IdGenerator.random(env.random()));
            SimpleService service = new SimpleService(env, "OrderService", simTracer, QUIET);
            Queue<ServiceResponse> answers = new Queue<>(env);
            env.process("caller", () -> {
                Storage.setContext(CLIENT);
                service.requestQueue().put(new ServiceRequest("req_1", null, "p", answers));
                received.add(answers.get());
            });
            env.run();
        }

        assertThat(received).extracting(ServiceResponse::data).containsExactly("processed(p)");

        assertThat(spans.all()).as("spans of an untraced request:%n%s", spans.describe()).isEmpty();
    }

    @Test
    @Tag("ch02.3")
    @DisplayName("ch02.3 a traceRoot whose body throws still restores the context that was current")
    void failedTraceRootRestoresThePreviousContext() {
        Storage.setContext(CLIENT);
        IllegalStateException failure = new IllegalStateException("refused");

        assertThatThrownBy(() -> tracer.traceRoot("make_request", "Client", () -> {
            throw failure;
        })).isSameAs(failure);

        assertThat(Storage.getContext()).as("the context after the failed root").isEqualTo(CLIENT);
        assertThat(spans.named("make_request").isRoot()).isTrue();
    }
}
