package workbook.tailsampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import workbook.trace.SpanData;
import workbook.trace.Trace;

/** Hidden differential property: the learner's policies judge generated traces as the reference's do. */
class PoliciesPropertiesTest {

    @Property(tries = 200, seed = "805")
    @Tag("ch08.1")
    void policiesAgreeWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int traces,
                                       @ForAll @DoubleRange(min = 0, max = 3) double threshold,
                                       @ForAll @DoubleRange(min = 0, max = 1) double ratio) {
        SpanStreams.Stream stream = SpanStreams.generate(seed, traces, true);
        List<SamplingPolicy> learner = List.of(SamplingPolicy.latency(threshold), SamplingPolicy.anyError(),
                SamplingPolicy.probabilistic(ratio));
        List<reference.workbook.tailsampling.SamplingPolicy> expected = List.of(
                reference.workbook.tailsampling.SamplingPolicy.latency(threshold),
                reference.workbook.tailsampling.SamplingPolicy.anyError(),
                reference.workbook.tailsampling.SamplingPolicy.probabilistic(ratio));

        for (String traceId : stream.traceIds()) {
            Trace trace = new Trace(traceId);
            for (SpanData span : stream.spansByTrace().get(traceId)) {
                trace.add(span);
                for (int p = 0; p < learner.size(); p++) {
                    assertThat(learner.get(p).shouldKeep(trace))
                            .as("%s on trace %s with %d spans, %s", learner.get(p), traceId, trace.spanCount(),
                                    trace.duration())
                            .isEqualTo(expected.get(p).shouldKeep(trace));
                }
            }
        }
    }
}
