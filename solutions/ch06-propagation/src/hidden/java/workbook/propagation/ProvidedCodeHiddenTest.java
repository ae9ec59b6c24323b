package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.sim.Environment;
import workbook.sim.FailedRun;
import workbook.sim.Queue;
import workbook.testkit.Printed;
import workbook.tracer.ServiceResponse;

/**
 * Provided code of chapter 06 that PIT's STRONGER group found unchecked: the demo's options,
 * the carriers' refusals and equality, and the test service's port and shutdown. No TODO's points.
 */
class ProvidedCodeHiddenTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("provided code: the demo without arguments prints exercise 2; with --html FILE it also writes the page (it needs every TODO)")
    void demoPrintsExerciseTwoAndWritesThePage() throws IOException {
        String exercise = Printed.onSystemOut(() -> PropagationDemo.exerciseTwo(System.out));
        Path page = dir.resolve("traces.html");

        assertThat(Printed.onSystemOut(() -> PropagationDemo.main(new String[0]))).isEqualTo(exercise);
        String withPage = Printed.onSystemOut(() -> PropagationDemo.main(new String[] {"--html", page.toString()}));

        assertThat(withPage).startsWith(exercise)
                .containsPattern("Wrote " + java.util.regex.Pattern.quote(page.toString())
                        + ": [1-9]\\d* traces, [1-9]\\d* spans; open it in a browser");
        assertThat(Files.readString(page)).contains("ServiceA.handle", "Database.handle");
    }

    @Test
    @DisplayName("provided code: the demo refuses other arguments and a port that is not a number")
    void demoRefusesOtherArguments() {
        for (String[] args : List.of(new String[] {"--html"}, new String[] {"--serve"}, new String[] {"--port", "1"},
                new String[] {"a", "b", "c"})) {
            assertThatThrownBy(() -> PropagationDemo.main(args)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("usage: PropagationDemo [--serve PORT | --html FILE], got " + List.of(args));
        }
        assertThatThrownBy(() -> PropagationDemo.main(new String[] {"--serve", "http"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PORT must be a number from 0 to 65535, got 'http'");
    }

    @Test
    @DisplayName("provided code: the demo names an open TODO, thrown directly or by a process, and rethrows anything else")
    void demoSaysWhichTodoItWaitsFor() {
        String next = " (../../mvnw test shows what is next)";

        assertThat(PropagationDemo.notYet(new UnsupportedOperationException("TODO ch06.1 read traceparent")))
                .contains("not yet: TODO ch06.1 read traceparent" + next);
        assertThat(PropagationDemo.notYet(
                FailedRun.of("ServiceA", new UnsupportedOperationException("TODO ch06.6 span context"))))
                .contains("not yet: TODO ch06.6 span context" + next);
        assertThat(PropagationDemo.notYet(new UnsupportedOperationException("not supported"))).isEmpty();
        assertThat(PropagationDemo.notYet(new UnsupportedOperationException())).isEmpty();
        assertThat(PropagationDemo.notYet(
                FailedRun.of("ServiceA", new IllegalStateException("TODO ch06.6 span context")))).isEmpty();
    }

    @Test
    @DisplayName("provided code: a header name must be a non-empty HTTP token; headers equal only headers")
    void headerNamesAndEquality() {
        assertThatThrownBy(() -> Headers.empty().with(null, "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(", got null");
        assertThatThrownBy(() -> Headers.empty().with("", "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(", got ''");
        assertThatThrownBy(() -> Headers.empty().with("trace parent", "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(", got 'trace parent'");

        Headers headers = Headers.empty().with("traceparent", "x");
        assertThat(headers).isEqualTo(Headers.empty().with("traceparent", "x"));
        assertThat(headers.equals("traceparent: x")).isFalse();
        assertThat(headers.equals(null)).isFalse();
        assertThat(TraceState.empty().equals("")).isFalse();
        assertThat(TraceState.empty().equals(null)).isFalse();
    }

    @Test
    @DisplayName("provided code: a propagated request needs a non-blank request ID")
    void requestIdMustNotBeBlank() {
        try (Environment env = new Environment(1)) {
            Queue<ServiceResponse> replies = new Queue<>(env);
            assertThatThrownBy(() -> new PropagatedRequest(null, "p", Headers.empty(), replies))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("requestId must not be blank, got null");
            assertThatThrownBy(() -> new PropagatedRequest(" ", "p", Headers.empty(), replies))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("requestId must not be blank, got ' '");
        }
    }

    @Test
    @DisplayName("provided code: the test service refuses a port outside [0, 65535]; its close stops listening and ends its threads")
    void testServicePortAndClose() throws Exception {
        for (int port : new int[] {-1, 65_536}) {
            assertThatThrownBy(() -> TraceContextServer.start(port, null, span -> { }, () -> 0.0,
                    new PrintStream(OutputStream.nullOutputStream())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("port must be in [0, 65535], got " + port);
        }

        TraceContextServer service = TestServiceTest.startService(new ArrayList<>());
        HttpResponse<String> response = TestServiceTest.post(service.endpoint(), "[]");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(serverThreads()).as("a handler thread served the request").isPositive();
        int port = service.port();
        service.close();

        assertThat(eventually(() -> serverThreads() == 0)).as("handler threads left after close").isTrue();
        assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close()).as("a connection after close")
                .isInstanceOf(java.net.ConnectException.class);
    }

    private static long serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("trace-context-server-") && thread.isAlive())
                .count();
    }

    private static boolean eventually(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.call();
    }
}
