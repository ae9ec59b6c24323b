package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import workbook.trace.IdGenerator;
import workbook.trace.SpanId;
import workbook.trace.TraceId;

/**
 * Hidden properties of the W3C participant: for any incoming context (or none) and any
 * number of calls, the calls continue the right trace with the received flags, each with a
 * fresh parent ID, and the received tracestate with this service's member on the left,
 * exactly as the reference builds it.
 */
class TraceParticipantProperties {

    @Property(tries = 150, seed = "671")
    @Tag("ch06.7")
    void callsContinueTheIncomingTrace(@ForAll("incoming") Optional<W3cContext> incoming,
                                       @ForAll @IntRange(min = 1, max = 5) int calls, @ForAll long seed,
                                       @ForAll boolean sampleNewTraces) {
        TraceParticipant participant =
                new TraceParticipant(IdGenerator.random(new SplittableRandom(seed)), traceId -> sampleNewTraces);

        W3cContext server = participant.serverContext(incoming);

        if (incoming.isPresent()) {
            W3cContext caller = incoming.get();
            assertThat(server.context().traceId()).isEqualTo(caller.context().traceId());
            assertThat(server.context().parentSpanId()).isEqualTo(caller.context().spanId());
            assertThat(server.context().sampled()).isEqualTo(caller.context().sampled());
            assertThat(server.randomTraceId()).isEqualTo(caller.randomTraceId());
            assertThat(server.traceState()).isEqualTo(caller.traceState());
        } else {
            assertThat(TraceId.isValid(server.context().traceId())).isTrue();
            assertThat(server.context().parentSpanId()).isNull();
            assertThat(server.context().sampled()).isEqualTo(sampleNewTraces);
            assertThat(server.randomTraceId()).isTrue();
            assertThat(server.traceState()).isEqualTo(TraceState.empty());
        }
        Set<String> spanIds = new HashSet<>(Set.of(server.context().spanId()));
        incoming.ifPresent(caller -> spanIds.add(caller.context().spanId()));
        for (int i = 0; i < calls; i++) {
            W3cContext call = participant.clientContext(server);
            Traceparent sent = call.traceparent();

            assertThat(sent.traceId()).isEqualTo(server.context().traceId());
            assertThat(call.context().parentSpanId()).as("call %d's parent", i).isEqualTo(server.context().spanId());
            assertThat(SpanId.isValid(sent.parentId())).isTrue();
            assertThat(spanIds.add(sent.parentId())).as("call %d sends a parent-id not used before", i).isTrue();
            assertThat(sent.flags()).isEqualTo(new TraceFlags(server.context().sampled(), server.randomTraceId()));
            assertThat(call.traceState()).as("call %d's tracestate", i)
                    .isEqualTo(server.traceState().with(TraceParticipant.VENDOR_KEY, sent.parentId()));
        }
    }

    @Property(tries = 100, seed = "672")
    @Tag("ch06.7")
    void callHeadersMatchTheReference(@ForAll("incoming") Optional<W3cContext> incoming, @ForAll long seed) {
        W3cContext server = new TraceParticipant(IdGenerator.random(new SplittableRandom(seed)), id -> true)
                .serverContext(incoming);
        reference.workbook.propagation.W3cContext referenceServer = new reference.workbook.propagation.W3cContext(
                server.context(), server.randomTraceId(),
                reference.workbook.propagation.TraceState.parse(server.traceState().toHeader()).orElseThrow());

        W3cContext call = new TraceParticipant(IdGenerator.random(new SplittableRandom(seed + 1)), id -> true)
                .clientContext(server);
        reference.workbook.propagation.W3cContext expected = new reference.workbook.propagation.TraceParticipant(
                IdGenerator.random(new SplittableRandom(seed + 1)), id -> true).clientContext(referenceServer);

        List<String> got = new ArrayList<>();
        W3cPropagator.write(call, Headers.empty()).fields()
                .forEach(field -> got.add(field.getKey() + ": " + field.getValue()));
        List<String> want = new ArrayList<>();
        reference.workbook.propagation.W3cPropagator.write(expected, reference.workbook.propagation.Headers.empty())
                .fields().forEach(field -> want.add(field.getKey() + ": " + field.getValue()));
        assertThat(got).as("the headers of one call while serving %s", server).isEqualTo(want);
    }

    @Provide
    Arbitrary<Optional<W3cContext>> incoming() {
        Arbitrary<String> traceIds = Arbitraries.strings().withChars("0123456789abcdef").ofLength(32)
                .filter(TraceId::isValid);
        Arbitrary<String> spanIds = Arbitraries.strings().withChars("0123456789abcdef").ofLength(16)
                .filter(SpanId::isValid);
        Arbitrary<TraceState> states = Arbitraries.integers().between(0, 32).map(size -> {
            TraceState state = TraceState.empty();
            for (int i = size; i >= 1; i--) {
                state = state.with(i % 7 == 0 ? "workbook" : "v" + i, "x" + i);
            }
            return state;
        });
        Arbitrary<W3cContext> remote = Combinators.combine(traceIds, spanIds, Arbitraries.integers().between(0, 255),
                states).as((traceId, spanId, flags, state) ->
                W3cContext.remote(new Traceparent(traceId, spanId, TraceFlags.fromByte(flags)), state));
        return Arbitraries.oneOf(remote.map(Optional::of), Arbitraries.just(Optional.empty()));
    }
}
