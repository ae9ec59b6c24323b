package workbook.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import workbook.trace.SpanData;

/**
 * Hidden properties of the per-thread tracer, over seeded interleavings of many simultaneous
 * requests: every span carries its own request's trace, in the expected tree, and the run agrees
 * with the reference's.
 */
class ConcurrentRequestsPropertiesTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final List<String> CHAIN = List.of("make_request", "handle_request", "process_data");

    @Property(tries = 40, seed = "703")
    @Tag("ch07.3")
    void everySpanCarriesItsOwnRequestsTrace(@ForAll long seed, @ForAll @IntRange(min = 2, max = 16) int requests) {
        ScenarioResult result = ConcurrentRequests.run(StorageKind.PER_THREAD, seed, requests, QUIET);
        String tree = SpanTrees.render(result.spans());

        assertThat(result.sightings()).as("sightings of %d requests (seed %d)", requests, seed)
                .hasSize(requests)
                .noneMatch(Sighting::sawAnotherTrace)
                .allMatch(sighting -> sighting.seenTraceId() != null);
        assertThat(result.spans()).as("spans of %d requests%n%s", requests, tree).hasSize(3 * requests);
        Map<String, SpanData> byId = result.spans().stream()
                .collect(Collectors.toMap(SpanData::spanId, Function.identity()));
        for (SpanData span : result.spans()) {
            int level = CHAIN.indexOf(span.operationName());
            if (level == 0) {
                assertThat(span.parentSpanId()).as("parent of %s%n%s", span.spanId(), tree).isNull();
            } else {
                SpanData parent = byId.get(span.parentSpanId());
                assertThat(parent).as("parent of %s %s%n%s", span.operationName(), span.spanId(), tree).isNotNull();
                assertThat(parent.operationName()).as("parent of %s %s%n%s", span.operationName(), span.spanId(), tree)
                        .isEqualTo(CHAIN.get(level - 1));
                assertThat(parent.traceId()).as("trace of %s's parent", span.spanId()).isEqualTo(span.traceId());
            }
        }
        assertThat(result.spans().stream().map(SpanData::traceId).distinct().count())
                .as("traces%n%s", tree).isEqualTo(requests);
    }

    @Property(tries = 25, seed = "704")
    @Tag("ch07.3")
    void runsLikeTheReferenceAndUnlikeGlobalStorage(@ForAll long seed, @ForAll @IntRange(min = 2, max = 10) int requests) {
        ScenarioResult learner = ConcurrentRequests.run(StorageKind.PER_THREAD, seed, requests, QUIET);
        reference.workbook.context.ScenarioResult expected = reference.workbook.context.ConcurrentRequests.run(
                reference.workbook.context.StorageKind.PER_THREAD, seed, requests, QUIET);
        ScenarioResult global = ConcurrentRequests.run(StorageKind.GLOBAL, seed, 2, QUIET);

        assertThat(learner.sightings().stream().map(s -> s.requestId() + " at " + s.time()))
                .containsExactlyElementsOf(expected.sightings().stream().map(s -> s.requestId() + " at " + s.time()).toList());
        assertThat(shapes(learner.spans())).containsExactlyElementsOf(expected.spans().stream()
                .map(s -> s.operationName() + " " + s.serviceName() + " " + s.kind() + " " + s.startTime() + "-" + s.endTime())
                .sorted().toList());
        assertThat(learner.requestsThatSawAnotherTrace()).isZero();
        assertThat(global.requestsThatSawAnotherTrace()).as("global storage, two requests at once").isPositive();
        assertThat(workbook.tracer.Storage.getCollector()).as("the global collector after the run").isNull();
        assertThat(workbook.tracer.Storage.getContext()).as("the global context after the run").isNull();
    }

    private static List<String> shapes(List<SpanData> spans) {
        return spans.stream()
                .map(s -> s.operationName() + " " + s.serviceName() + " " + s.kind() + " " + s.startTime() + "-" + s.endTime())
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
