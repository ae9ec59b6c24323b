package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import workbook.propagation.Headers;
import workbook.propagation.Propagator;
import workbook.trace.TraceContext;

/**
 * Hidden properties of the one-pass extract: on valid, mutated and repeated {@code traceparent}
 * headers, among other fields and in any case, it gives exactly what chapter 06's W3C
 * propagator gives.
 */
class FastW3cPropagatorProperties {

    private final Propagator taught = Propagator.w3c();
    private final FastW3cPropagator fast = new FastW3cPropagator();

    @Property(tries = 500, seed = "911", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch09.2")
    void agreesWithChapter06OnOneHeader(@ForAll("mutatedTraceparents") String value) {
        Headers headers = Headers.empty().with("traceparent", value);

        Optional<TraceContext> expected = taught.extract(headers);

        assertThat(fast.extract(headers)).as("extract(traceparent: \"%s\")", value).isEqualTo(expected);
    }

    @Property(tries = 200, seed = "912", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch09.2")
    void agreesWithChapter06OnWholeHeaderSets(@ForAll("headerSets") Headers headers) {
        assertThat(fast.extract(headers)).as("extract(%s)", headers).isEqualTo(taught.extract(headers));
    }

    @Example
    @Tag("ch09.2")
    void higherVersionsAndTheirLengthRules() {
        String ids = "-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-03";
        for (String value : List.of("01" + ids, "01" + ids + "-", "01" + ids + "x", "00" + ids + "-",
                "fe" + ids + "-ab", "ff" + ids, "0g" + ids, "1" + ids, "00" + ids.replace("-03", "-0f"),
                "00" + ids.replace("-03", "-f0"))) {
            Headers headers = Headers.empty().with("traceparent", value);
            assertThat(fast.extract(headers)).as("extract(\"%s\")", value).isEqualTo(taught.extract(headers));
        }
    }

    /**
     * W3C Trace Context level 2, section 3.2 and "Versioning of traceparent", case by case: the
     * answer chapter 06 gives, and whether the header is accepted at all.
     */
    @Example
    @Tag("ch09.2")
    void theSpecsCasesOneByOne() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String parent = "00f067aa0ba902b7";
        String ids = trace + "-" + parent;
        Map<String, Boolean> accepted = new LinkedHashMap<>();
        accepted.put("00-" + ids + "-01", true);
        accepted.put("00-" + ids + "-00", true);
        accepted.put("00-" + ids + "-02", true); // level 2's random-trace-id flag alone: not sampled
        accepted.put("00-" + ids + "-ff", true); // unknown flags are ignored, bit 0 still says sampled
        accepted.put("00-" + trace.toUpperCase(Locale.ROOT) + "-" + parent + "-01", false);
        accepted.put("00-" + trace + "-" + parent.toUpperCase(Locale.ROOT) + "-01", false);
        accepted.put("00-" + trace.replace('f', 'F') + "-" + parent + "-01", false); // one upper-case digit
        accepted.put("00-" + ids + "-0A", false);
        accepted.put("0A-" + ids + "-01", false);
        accepted.put("00-" + trace.substring(1) + "-" + parent + "-01", false); // 31 characters
        accepted.put("00-" + trace + "0-" + parent + "-01", false); // 33 characters
        accepted.put("00-" + trace + "-" + parent.substring(1) + "-01", false); // 15 characters
        accepted.put("00-" + trace + "-" + parent + "0-01", false); // 17 characters
        accepted.put("00-" + ids + "-1", false);
        accepted.put("00-" + ids + "-011", false);
        accepted.put("00-" + "0".repeat(32) + "-" + parent + "-01", false);
        accepted.put("00-" + trace + "-" + "0".repeat(16) + "-01", false);
        accepted.put("ff-" + ids + "-01", false); // version ff is invalid whatever follows
        accepted.put("ff-" + ids + "-01-future", false);
        accepted.put("00-" + ids + "-01-future", false); // version 00 has exactly 55 characters
        accepted.put("01-" + ids + "-01", true); // a future version is read as far as 00's fields go
        accepted.put("01-" + ids + "-01-what-the-future-will-add", true);
        accepted.put("fe-" + ids + "-00-", true);
        accepted.put("01-" + ids + "-01future", false); // more must start with a dash
        accepted.put("01-" + ids + ".01", false);
        accepted.put("0g-" + ids + "-01", false);
        accepted.put("", false);
        accepted.put("00", false);
        accepted.put(" \t00-" + ids + "-01\t ", true); // OWS around a header value is not part of it
        accepted.forEach((value, valid) -> {
            Headers headers = Headers.empty().with("traceparent", value);
            Optional<TraceContext> expected = taught.extract(headers);
            assertThat(expected.isPresent()).as("chapter 06 on \"%s\"", value).isEqualTo(valid);
            assertThat(fast.extract(headers)).as("extract(traceparent: \"%s\")", value).isEqualTo(expected);
        });
    }

    /** Every version byte, in either case, with the endings a future version might add. */
    @Property(tries = 400, seed = "913", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch09.2")
    void agreesWithChapter06OnEveryVersionAndEnding(@ForAll("versionsAndEndings") String value) {
        Headers headers = Headers.empty().with("traceparent", value);

        assertThat(fast.extract(headers)).as("extract(traceparent: \"%s\")", value).isEqualTo(taught.extract(headers));
    }

    @Provide
    Arbitrary<String> versionsAndEndings() {
        Arbitrary<String> version = Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(2);
        Arbitrary<String> id32 = Arbitraries.frequencyOf(Tuple.of(6, hex(32)), Tuple.of(1, Arbitraries.just("0".repeat(32))),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(32)));
        Arbitrary<String> id16 = Arbitraries.frequencyOf(Tuple.of(6, hex(16)), Tuple.of(1, Arbitraries.just("0".repeat(16))),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(16)));
        Arbitrary<String> ending = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")),
                Tuple.of(3, Arbitraries.strings().withChars("-abc09.").ofMaxLength(12)),
                Tuple.of(2, Arbitraries.strings().withChars("abc09").ofMaxLength(12).map(more -> "-" + more)));
        return Combinators.combine(version, id32, id16, hex(2), ending)
                .as((v, traceId, parentId, flags, more) -> v + "-" + traceId + "-" + parentId + "-" + flags + more);
    }

    @Provide
    Arbitrary<String> mutatedTraceparents() {
        Arbitrary<String> version = Arbitraries.of("00", "00", "00", "01", "cc", "fe", "ff", "0a");
        Arbitrary<String> suffix = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
                Tuple.of(3, Arbitraries.of("-", "-future-fields", ".x", "0", "-01")));
        Arbitrary<String> valid = Combinators.combine(version, hex(32), hex(16), hex(2), suffix)
                .as((v, traceId, parentId, flags, more) -> v + "-" + traceId + "-" + parentId + "-" + flags + more);
        Arbitrary<String> zeroIds = version.map(v -> v + "-" + "0".repeat(32) + "-00f067aa0ba902b7-01");
        Arbitrary<String> zeroParent = version.map(v -> v + "-4bf92f3577b34da6a3ce929d0e0e4736-" + "0".repeat(16) + "-01");
        return Arbitraries.frequencyOf(Tuple.of(8, valid), Tuple.of(1, zeroIds), Tuple.of(1, zeroParent))
                .flatMap(FastW3cPropagatorProperties::mutations);
    }

    @Provide
    Arbitrary<Headers> headerSets() {
        Arbitrary<String> name = Arbitraries.of("traceparent", "TraceParent", "TRACEPARENT", "tracestate",
                "x-trace-id", "content-type");
        Arbitrary<String> value = Arbitraries.oneOf(mutatedTraceparents(), Arbitraries.of("vendor=1", "text/plain"));
        Arbitrary<Tuple.Tuple2<String, String>> field = Combinators.combine(name, value).as(Tuple::of);
        return field.list().ofMaxSize(4).map(fields -> {
            Headers headers = Headers.empty();
            for (Tuple.Tuple2<String, String> f : fields) {
                headers = headers.with(f.get1(), f.get2());
            }
            return headers;
        });
    }

    private static Arbitrary<String> mutations(String header) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, header.length() - 1);
        Arbitrary<Character> odd = Arbitraries.of('0', '9', 'a', 'f', 'A', 'F', 'g', '-', '.', ' ', '\t', 'é', '\u0130', '\uff10');
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(header)),
                Tuple.of(2, Combinators.combine(at, odd).as((i, c) -> header.substring(0, i) + c + header.substring(i + 1))),
                Tuple.of(1, Combinators.combine(at, odd).as((i, c) -> header.substring(0, i) + c + header.substring(i))),
                Tuple.of(1, at.map(i -> header.substring(0, i) + header.substring(i + 1))),
                Tuple.of(1, Arbitraries.just(header.toUpperCase(Locale.ROOT))),
                Tuple.of(2, Arbitraries.of(" ", "\t", " \t ").map(ows -> ows + header + ows.strip())),
                Tuple.of(1, Arbitraries.of(" ", "\t").map(ows -> header + ows)));
    }

    private static Arbitrary<String> hex(int length) {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(length);
    }
}
