package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import workbook.trace.TraceContext;

/**
 * Hidden properties of the seed's headers: inject then extract is the identity for every
 * valid context, and any set of (possibly broken) seed headers is read exactly as the
 * reference reads it.
 */
class SeedHeadersProperties {

    private final Propagator learner = Propagator.seedHeaders();
    private final reference.workbook.propagation.Propagator expected =
            reference.workbook.propagation.Propagator.seedHeaders();

    @Property(tries = 200, seed = "651")
    @Tag("ch06.5")
    void injectThenExtractIsTheIdentity(@ForAll("contexts") TraceContext context) {
        Headers headers = learner.inject(context, Headers.empty());

        assertThat(learner.extract(headers)).as("extract(%s)", headers).contains(context);
        assertThat(Propagator.w3c().extract(Propagator.w3c().inject(context, Headers.empty())))
                .as("W3C carries all but the parent")
                .contains(new TraceContext(context.traceId(), context.spanId(), null, context.sampled(), Map.of()));
    }

    @Property(tries = 300, seed = "652")
    @Tag("ch06.5")
    void headersAreReadAsTheReferenceReadsThem(@ForAll("seedHeaderFields") List<Map.Entry<String, String>> fields) {
        Headers headers = Headers.empty();
        reference.workbook.propagation.Headers referenceHeaders = reference.workbook.propagation.Headers.empty();
        for (Map.Entry<String, String> field : fields) {
            headers = headers.with(field.getKey(), field.getValue());
            referenceHeaders = referenceHeaders.with(field.getKey(), field.getValue());
        }

        Optional<TraceContext> read = learner.extract(headers);

        assertThat(read).as("extract(%s)", headers).isEqualTo(expected.extract(referenceHeaders));
    }

    @Property(tries = 100, seed = "653")
    @Tag("ch06.5")
    void injectWritesWhatTheReferenceWrites(@ForAll("contexts") TraceContext context,
                                            @ForAll("seedHeaderFields") List<Map.Entry<String, String>> old) {
        Headers headers = Headers.empty();
        reference.workbook.propagation.Headers referenceHeaders = reference.workbook.propagation.Headers.empty();
        for (Map.Entry<String, String> field : old) {
            headers = headers.with(field.getKey(), field.getValue());
            referenceHeaders = referenceHeaders.with(field.getKey(), field.getValue());
        }

        Headers written = learner.inject(context, headers);
        reference.workbook.propagation.Headers want = expected.inject(context, referenceHeaders);

        for (String name : List.of("X-Trace-Id", "X-Span-Id", "X-Parent-Span-Id", "X-Sampled", "Accept")) {
            assertThat(written.values(name)).as("%s after inject(%s) into %s", name, context, headers)
                    .isEqualTo(want.values(name));
        }
    }

    @Provide
    Arbitrary<TraceContext> contexts() {
        Arbitrary<String> parent = Arbitraries.oneOf(spanIds(), Arbitraries.just("none"));
        return Combinators.combine(traceIds(), spanIds(), parent, Arbitraries.of(true, false))
                .as((traceId, spanId, parentId, sampled) ->
                        new TraceContext(traceId, spanId, parentId.equals("none") ? null : parentId, sampled, Map.of()));
    }

    /** Seed headers with valid, broken, repeated or missing values, in any case and order. */
    @Provide
    Arbitrary<List<Map.Entry<String, String>>> seedHeaderFields() {
        Arbitrary<Map.Entry<String, String>> traceId = Combinators.combine(
                Arbitraries.of("X-Trace-Id", "x-trace-id", "X-TRACE-ID"),
                Arbitraries.oneOf(traceIds(), traceIds().map(id -> " " + id + "\t"), Arbitraries.of("trace_7994353",
                        "0".repeat(32), "4BF92F3577B34DA6A3CE929D0E0E4736", ""))).as(Map::entry);
        Arbitrary<Map.Entry<String, String>> spanId = Combinators.combine(
                Arbitraries.of("X-Span-Id", "x-span-id", "X-Parent-Span-Id", "x-parent-span-id"),
                Arbitraries.oneOf(spanIds(), Arbitraries.of("span_2023936", "0".repeat(16), "00F067AA0BA902B7", " ")))
                .as(Map::entry);
        Arbitrary<Map.Entry<String, String>> sampled = Combinators.combine(Arbitraries.of("X-Sampled", "x-sampled"),
                Arbitraries.of("1", "0", " 1 ", "true", "", "2")).as(Map::entry);
        Arbitrary<Map.Entry<String, String>> other = Arbitraries.just(Map.entry("Accept", "application/json"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, traceId), net.jqwik.api.Tuple.of(4, spanId),
                net.jqwik.api.Tuple.of(2, sampled), net.jqwik.api.Tuple.of(1, other)).list().ofMaxSize(6);
    }

    private static Arbitrary<String> traceIds() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(32).filter(id -> !id.equals("0".repeat(32)));
    }

    private static Arbitrary<String> spanIds() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(16).filter(id -> !id.equals("0".repeat(16)));
    }
}
