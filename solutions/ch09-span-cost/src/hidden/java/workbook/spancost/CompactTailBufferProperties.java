package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;
import workbook.trace.Trace;

/**
 * Hidden property of the compact buffer: under random sequences of adds, removes and discards,
 * with duplicates, full buffers and traces that come back after they left, it answers exactly
 * as a plain model does, a {@code Map<String, Trace>} holding the very {@code SpanData} (what
 * chapter 08's sampler holds), with the same bounds.
 */
class CompactTailBufferProperties {

    /** Enough IDs that small index tables collide often, so that removal in the middle of a probe run is tested. */
    private static final List<String> TRACE_IDS = List.of("4bf92f3577b34da6a3ce929d0e0e4736",
            "0af7651916cd43dd8448eb211c80319c", "00000000000000000000000000000001", "ffffffffffffffff0000000000000000",
            "80000000000000007fffffffffffffff", "00000000000000000000000000000002", "00000000000000000000000000000003",
            "00000000000000010000000000000000", "0000000000000001000000000000000f", "e457b5a2e4d86bd1a3ce929d0e0e4736",
            "4bf92f3577b34da6a3ce929d0e0e4737", "53995c3f42cd8ad8e457b5a2e4d86bd1");
    private static final List<String> SPAN_IDS = List.of("00f067aa0ba902b7", "b7ad6b7169203331",
            "0000000000000001", "ffffffffffffffff", "8000000000000000", "53995c3f42cd8ad8");

    /** One step: add a span, or remove or discard a trace by ID. */
    record Step(String action, String traceId, SpanData span) {
    }

    /** The model: chapter 08's way, a map of traces holding the spans themselves. */
    static final class Model {
        final Map<String, Trace> traces = new LinkedHashMap<>();
        final int maxTraces;
        final int maxSpans;
        int spans;

        Model(int maxTraces, int maxSpans) {
            this.maxTraces = maxTraces;
            this.maxSpans = maxSpans;
        }

        Object add(SpanData span) {
            Trace trace = traces.get(span.traceId());
            if (trace != null && trace.contains(span.spanId())) {
                return IllegalArgumentException.class;
            }
            if (spans == maxSpans || trace == null && traces.size() == maxTraces) {
                return false;
            }
            traces.computeIfAbsent(span.traceId(), Trace::new).add(span);
            spans++;
            return true;
        }

        Optional<List<SpanData>> remove(String traceId) {
            Trace trace = traces.remove(traceId);
            if (trace != null) {
                spans -= trace.spanCount();
            }
            return Optional.ofNullable(trace).map(Trace::spans);
        }
    }

    @Property(tries = 250, seed = "931")
    @Tag("ch09.4")
    void answersAsAMapOfTraces(@ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 8) int maxTraces,
                               @ForAll @IntRange(min = 1, max = 16) int maxSpans) {
        CompactTailBuffer buffer = new CompactTailBuffer(maxTraces, maxSpans);
        Model model = new Model(maxTraces, maxSpans);
        int index = 0;
        for (Step step : steps) {
            String where = "step " + index++ + " " + step.action() + " " + step.traceId();
            switch (step.action()) {
                case "add" -> {
                    Object expected = model.add(step.span());
                    Object actual;
                    try {
                        actual = buffer.add(step.span());
                    } catch (IllegalArgumentException e) {
                        actual = IllegalArgumentException.class;
                    }
                    assertThat(actual).as(where + " span " + step.span().spanId()).isEqualTo(expected);
                }
                case "remove" -> assertThat(buffer.remove(step.traceId()).map(Trace::spans)).as(where)
                        .isEqualTo(model.remove(step.traceId()));
                default -> assertThat(buffer.discard(step.traceId())).as(where)
                        .isEqualTo(model.remove(step.traceId()).map(List::size).orElse(0));
            }
            assertThat(buffer.spanCount()).as(where + ": spanCount()").isEqualTo(model.spans);
            assertThat(buffer.traceCount()).as(where + ": traceCount()").isEqualTo(model.traces.size());
            for (String traceId : TRACE_IDS) {
                Trace held = model.traces.get(traceId);
                assertThat(buffer.spanCount(traceId)).as(where + ": spanCount(" + traceId + ")")
                        .isEqualTo(held == null ? 0 : held.spanCount());
            }
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> traceId = Arbitraries.of(TRACE_IDS);
        Arbitrary<SpanData> span = Combinators.combine(traceId, Arbitraries.of(SPAN_IDS),
                Arbitraries.of(SPAN_IDS).injectNull(0.3), Arbitraries.of("checkout", "query", "handle_request"),
                Arbitraries.of(SpanKind.class), Arbitraries.doubles().between(0, 100), Arbitraries.doubles().between(0, 5),
                Arbitraries.of(Map.<String, Object>of(), Map.<String, Object>of("success", true),
                        Map.<String, Object>of("error", true, "error.message", "timeout", "retries", 3L)))
                .as((trace, id, parent, name, kind, start, length, tags) -> new SpanData(trace, id,
                        id.equals(parent) ? null : parent, name, "Service", kind, start, start + length, tags,
                        name.equals("query") ? List.of(new SpanLog(start, "cache miss", Map.of("key", "k"))) : List.of()));
        Arbitrary<Step> add = span.map(s -> new Step("add", s.traceId(), s));
        Arbitrary<Step> remove = Combinators.combine(Arbitraries.of("remove", "discard"),
                Arbitraries.oneOf(traceId, Arbitraries.of("not-a-trace-id", "4BF92F3577B34DA6A3CE929D0E0E4736")))
                .as((action, id) -> new Step(action, id, null));
        return Arbitraries.frequencyOf(Tuple.of(5, add), Tuple.of(2, remove)).list().ofMinSize(1).ofMaxSize(60);
    }
}
