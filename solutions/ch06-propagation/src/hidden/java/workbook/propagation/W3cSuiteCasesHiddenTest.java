package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.trace.IdGenerator;

/**
 * The cases of the official W3C Trace Context test suite (w3c/trace-context, {@code test/},
 * at {@code SPEC_LEVEL=2 STRICT_LEVEL=2}), replayed end to end through the HTTP test service
 * in CI, where the suite's Python cannot run: each request goes to {@link TraceContextServer}
 * with the suite's headers, and the headers of the call it makes are checked as the suite
 * checks them (its {@code tracestate} reader keeps the first of a duplicated key).
 *
 * <p>Not graded: each case needs every TODO of the chapter, so these tests carry no TODO tag
 * (the unit tests of each TODO cover the same inputs). They prove that the reference passes.
 */
class W3cSuiteCasesHiddenTest {

    private static final String TRACE_ID = "12345678901234567890123456789012";
    private static final String PARENT_ID = "1234567890123456";
    private static final String SAMPLED = "00-" + TRACE_ID + "-" + PARENT_ID + "-01";
    private static final String UNSAMPLED = "00-" + TRACE_ID + "-" + PARENT_ID + "-00";

    private static final Pattern TRACEPARENT = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final Pattern MEMBER = Pattern.compile(
            "([0-9a-z][_0-9a-z\\-*/@]{0,255})=([\\x20-\\x2b\\x2d-\\x3c\\x3e-\\x7e]{0,255}[\\x21-\\x2b\\x2d-\\x3c\\x3e-\\x7e])");

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static CallbackReceiver harness;
    private static TraceContextServer service;
    private static int calls;

    /** What the service sent on: the fields of its one {@code traceparent}, and its {@code tracestate}. */
    private record Sent(String traceId, String parentId, int flags, Map<String, String> traceState) {}

    @BeforeAll
    static void start() throws IOException {
        // The JDK's HTTP server waits for delayed ACKs without TCP_NODELAY (about 40 ms per exchange).
        // It reads this when its first server starts, so the build and the test JVMs also set it on
        // the command line; this line covers a run from an IDE where this class comes first.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        harness = CallbackReceiver.start();
        service = TraceContextServer.start(0, new TraceParticipant(IdGenerator.random(new SplittableRandom(7)), id -> true),
                span -> { }, () -> 0.0, new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        service.close();
        harness.close();
    }

    /** Sends one request with these header name/value pairs, asking for {@code count} calls; returns what each call carried. */
    private static List<Sent> request(int count, String... headers) throws Exception {
        List<String> paths = new ArrayList<>();
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            String path = "case" + (++calls);
            paths.add("/" + path);
            body.append(i == 0 ? "" : ",").append("{\"url\": \"").append(harness.url(path)).append("\", \"arguments\": []}");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(service.endpoint()).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("status; body %s", response.body()).isEqualTo(200);
        List<Sent> sent = new ArrayList<>();
        for (String path : paths) {
            CallbackReceiver.Received call = harness.received().stream().filter(r -> r.path().equals(path)).findFirst()
                    .orElseThrow(() -> new AssertionError("no call to " + path));
            sent.add(sent(call.headers()));
        }
        return sent;
    }

    private static Sent single(String... headers) throws Exception {
        return request(1, headers).get(0);
    }

    private static Sent sent(Headers headers) {
        List<String> traceparents = headers.values("traceparent");
        assertThat(traceparents).as("traceparent fields sent").hasSize(1);
        Matcher matcher = TRACEPARENT.matcher(traceparents.get(0));
        assertThat(matcher.matches()).as("traceparent sent: %s", traceparents.get(0)).isTrue();
        Map<String, String> state = new LinkedHashMap<>();
        for (String field : headers.values("tracestate")) {
            for (String member : field.split("[ \\t]*,[ \\t]*", -1)) {
                if (!member.isEmpty()) {
                    Matcher m = MEMBER.matcher(member);
                    assertThat(m.matches()).as("tracestate member sent: %s", member).isTrue();
                    state.putIfAbsent(m.group(1), m.group(2));
                }
            }
        }
        return new Sent(matcher.group(2), matcher.group(3), Integer.parseInt(matcher.group(4), 16), state);
    }

    private static void restarts(String traceparent) throws Exception {
        Sent sent = single("traceparent", traceparent);
        assertThat(sent.traceId()).as("trace ID sent for traceparent '%s'", traceparent).isNotEqualTo(TRACE_ID);
        assertThat(traceparent).doesNotContain(sent.traceId());
    }

    private static void continues(String traceparent) throws Exception {
        Sent sent = single("traceparent", traceparent);
        assertThat(sent.traceId()).as("trace ID sent for traceparent '%s'", traceparent).isEqualTo(TRACE_ID);
        assertThat(sent.parentId()).isNotEqualTo(PARENT_ID);
    }

    private static Map<String, String> traceState(String... tracestates) throws Exception {
        List<String> headers = new ArrayList<>(List.of("traceparent", UNSAMPLED));
        for (String value : tracestates) {
            headers.add("tracestate");
            headers.add(value);
        }
        Sent sent = single(headers.toArray(String[]::new));
        assertThat(sent.traceId()).isEqualTo(TRACE_ID);
        Map<String, String> state = new LinkedHashMap<>(sent.traceState());
        state.remove(TraceParticipant.VENDOR_KEY);
        return state;
    }

    @Test
    @DisplayName("W3C suite: traceparent missing, present, repeated, misnamed, in any casing")
    void traceparentPresence() throws Exception {
        assertThat(single().traceId()).isNotEqualTo(TRACE_ID);
        continues(SAMPLED);
        Sent twice = single("traceparent", "00-12345678901234567890123456789011-1234567890123456-01",
                "traceparent", SAMPLED);
        assertThat(twice.traceId()).isNotIn(TRACE_ID, "12345678901234567890123456789011");
        for (String name : List.of("trace-parent", "trace.parent")) {
            assertThat(single(name, SAMPLED).traceId()).as("header %s", name).isNotEqualTo(TRACE_ID);
        }
        for (String name : List.of("TraceParent", "TrAcEpArEnT", "TRACEPARENT")) {
            assertThat(single(name, SAMPLED).traceId()).as("header %s", name).isEqualTo(TRACE_ID);
        }
    }

    @Test
    @DisplayName("W3C suite: versions 00, cc, ff and malformed versions")
    void versions() throws Exception {
        restarts(SAMPLED + ".");
        restarts(SAMPLED + "-what-the-future-will-be-like");
        continues("cc-" + TRACE_ID + "-" + PARENT_ID + "-01");
        continues("cc-" + TRACE_ID + "-" + PARENT_ID + "-01-what-the-future-will-be-like");
        restarts("cc-" + TRACE_ID + "-" + PARENT_ID + "-01.what-the-future-will-be-like");
        for (String version : List.of("ff", ".0", "0.", "000", "0000", "0")) {
            restarts(version + "-" + TRACE_ID + "-" + PARENT_ID + "-01");
        }
    }

    @Test
    @DisplayName("W3C suite: trace IDs, parent IDs and flags that are zero, too long, too short or not hex")
    void fields() throws Exception {
        for (String traceId : List.of("00000000000000000000000000000000", ".2345678901234567890123456789012",
                "1234567890123456789012345678901.", "123456789012345678901234567890123", "1234567890123456789012345678901")) {
            restarts("00-" + traceId + "-" + PARENT_ID + "-01");
        }
        for (String parentId : List.of("0000000000000000", ".234567890123456", "123456789012345.", "12345678901234567",
                "123456789012345")) {
            restarts("00-" + TRACE_ID + "-" + parentId + "-01");
        }
        for (String flags : List.of(".0", "0.", "001", "1")) {
            restarts("00-" + TRACE_ID + "-" + PARENT_ID + "-" + flags);
        }
        for (String ows : List.of(" " + SAMPLED, "\t" + SAMPLED, SAMPLED + " ", SAMPLED + "\t", "\t " + SAMPLED + " \t")) {
            continues(ows);
        }
    }

    @Test
    @DisplayName("W3C suite: several calls keep the trace and get a parent ID each; random flag kept (Level 2)")
    void severalCallsAndTheRandomFlag() throws Exception {
        List<Sent> continued = request(3, "traceparent", SAMPLED);
        assertThat(continued).extracting(Sent::traceId).containsOnly(TRACE_ID);
        assertThat(continued).extracting(Sent::parentId).doesNotHaveDuplicates().hasSize(3);
        assertThat(request(3)).extracting(Sent::parentId).doesNotHaveDuplicates();
        List<Sent> illegal = request(3, "traceparent", "00-00000000000000000000000000000000-" + PARENT_ID + "-01");
        assertThat(illegal).extracting(Sent::traceId).doesNotContain("00000000000000000000000000000000");
        assertThat(illegal).extracting(Sent::parentId).doesNotHaveDuplicates();

        Sent random = single("traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-02");
        assertThat(random.traceId()).isEqualTo(TRACE_ID);
        assertThat(random.parentId()).isNotEqualTo(PARENT_ID);
        assertThat(random.flags() & 2).as("random-trace-id flag").isEqualTo(2);
    }

    @Test
    @DisplayName("W3C suite: tracestate with and without traceparent, misnamed, in any casing, empty, in several fields")
    void traceStateFields() throws Exception {
        Map<String, String> alone1 = single("tracestate", "foo=1").traceState();
        Map<String, String> alone2 = single("tracestate", "foo=1,bar=2").traceState();
        assertThat(alone1).hasSameSizeAs(alone2).doesNotContainKeys("foo", "bar");

        assertThat(traceState("foo=1,bar=2")).containsExactly(Map.entry("foo", "1"), Map.entry("bar", "2"));
        for (String name : List.of("trace-state", "trace.state")) {
            assertThat(single("traceparent", UNSAMPLED, name, "foo=1").traceState()).doesNotContainKey("foo");
        }
        for (String name : List.of("TraceState", "TrAcEsTaTe", "TRACESTATE")) {
            assertThat(single("traceparent", UNSAMPLED, name, "foo=1").traceState()).containsEntry("foo", "1");
        }
        assertThat(traceState("")).isEmpty();
        assertThat(traceState("foo=1", "")).containsExactly(Map.entry("foo", "1"));
        assertThat(traceState("", "foo=1")).containsExactly(Map.entry("foo", "1"));
        assertThat(String.join(",", traceState("foo=1,bar=2", "rojo=1,congo=2", "baz=3").keySet()))
                .isEqualTo("foo,bar,rojo,congo,baz");
    }

    @Test
    @DisplayName("W3C suite: duplicated keys keep the list; every allowed character; optional whitespace")
    void traceStateContent() throws Exception {
        assertThat(traceState("foo=1,foo=1")).containsEntry("foo", "1");
        assertThat(traceState("foo=1,foo=2")).containsKey("foo");
        assertThat(traceState("foo=1", "foo=1")).containsEntry("foo", "1");
        assertThat(traceState("foo=1", "foo=2")).containsKey("foo");

        String key = "abcdefghijklmnopqrstuvwxyz0123456789_-*/";
        String value = IntStream.rangeClosed(0x20, 0x7e).filter(c -> c != ',' && c != '=')
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
        assertThat(traceState(key + "=" + value)).containsEntry(key, value);
        assertThat(traceState(key + "@a-z0-9_-*/=" + value)).containsEntry(key + "@a-z0-9_-*/", value);

        for (String ows : List.of("foo=1 \t , \t bar=2, \t baz=3", "foo=1\t \t,\t \tbar=2,\t \tbaz=3")) {
            assertThat(traceState(ows)).containsExactly(Map.entry("foo", "1"), Map.entry("bar", "2"),
                    Map.entry("baz", "3"));
        }
        for (String ows : List.of(" foo=1", "\tfoo=1", "foo=1 ", "foo=1\t", "\t foo=1 \t")) {
            assertThat(traceState(ows)).containsExactly(Map.entry("foo", "1"));
        }
    }

    @Test
    @DisplayName("W3C suite (strict): illegal keys and values drop the list; '@' in keys; key and member limits")
    void traceStateStrict() throws Exception {
        for (String illegal : List.of("foo =1", "FOO=1", "foo.bar=1", "@foo=1,bar=2", "foo=bar=baz", "foo=,bar=3")) {
            assertThat(traceState(illegal)).as("tracestate '%s'", illegal).isEmpty();
        }
        assertThat(traceState("foo@=1,bar=2")).containsExactly(Map.entry("foo@", "1"), Map.entry("bar", "2"));
        assertThat(traceState("foo@@bar=1,bar=2")).containsExactly(Map.entry("foo@@bar", "1"), Map.entry("bar", "2"));
        assertThat(traceState("foo@bar@baz=1,bar=2")).containsExactly(Map.entry("foo@bar@baz", "1"),
                Map.entry("bar", "2"));

        for (String key : List.of("z".repeat(256), "t".repeat(241) + "@" + "v".repeat(14), "t".repeat(242) + "@v",
                "t@" + "v".repeat(15))) {
            assertThat(traceState("foo=1", key + "=1")).containsEntry("foo", "1").containsEntry(key, "1");
        }
        assertThat(traceState("foo=1", "z".repeat(257) + "=1")).isEmpty();

        List<String> fields = List.of(members(1, 10), members(11, 20), members(21, 30), members(31, 32));
        Sent full = single("traceparent", UNSAMPLED, "tracestate", fields.get(0), "tracestate", fields.get(1),
                "tracestate", fields.get(2), "tracestate", fields.get(3));
        assertThat(full.traceState()).containsEntry("bar01", "01").hasSize(32);
        assertThat(traceState(fields.get(0), fields.get(1), fields.get(2), members(31, 33))).isEmpty();
    }

    private static String members(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("bar%02d=%02d", i, i))
                .collect(Collectors.joining(","));
    }
}
