package workbook.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.proto.trace.v1.TracesData;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.LongRange;
import workbook.testkit.Differences;
import workbook.trace.SpanData;
import workbook.trace.Trace;

/**
 * Hidden properties. The differential ones run the learner's classes and the reference
 * (compiled under {@code reference.workbook.otlp}) on the same generated input and compare
 * what their public APIs return; package-private parts are checked against an oracle.
 */
class OtlpPropertiesTest {

    private static final long EPOCH = 1_735_689_600_000_000_000L;

    // ---- ch04.1: time ---------------------------------------------------------------------

    @Property(tries = 200, seed = "401")
    @Tag("ch04.1")
    void timesOnTheNanosecondGridComeBackExactly(@ForAll @LongRange(min = 0,
            max = 2_000_000_000_000_000_000L) long epoch, @ForAll @LongRange(min = 0, max = 100_000_000_000_000L) long nanos) {
        double seconds = nanos / 1e9;
        TimeMapping time = new TimeMapping(epoch);

        long unixNano = time.toUnixNano(seconds);

        assertThat(unixNano).as("toUnixNano(%s) with epoch %s", seconds, epoch).isEqualTo(epoch + nanos);
        assertThat(time.toSeconds(unixNano)).as("toSeconds(toUnixNano(%s))", seconds).isEqualTo(seconds);
    }

    @Property(tries = 200, seed = "402")
    @Tag("ch04.1")
    void anyTimeComesBackWithinHalfANanosecond(@ForAll("simulatedTimes") double seconds) {
        TimeMapping learner = new TimeMapping(EPOCH);
        reference.workbook.otlp.TimeMapping expected = new reference.workbook.otlp.TimeMapping(EPOCH);

        long unixNano = learner.toUnixNano(seconds);

        assertThat(unixNano).as("toUnixNano(%s)", seconds).isEqualTo(expected.toUnixNano(seconds));
        assertThat(learner.toSeconds(unixNano)).isCloseTo(seconds, within(0.5e-9 + Math.ulp(seconds)));
    }

    @Provide
    Arbitrary<Double> simulatedTimes() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e6), Arbitraries.doubles().between(0, 2),
                Arbitraries.of(0.0, 1.5, 0.1, 0.2 + 0.1, 1e-10, 4.9999999e-10, 5.0000001e-10));
    }

    // ---- ch04.2 and ch04.3: against an oracle (package-private parts) ---------------------

    @Property(tries = 200, seed = "403")
    @Tag("ch04.2")
    void eachTagBecomesTheAnyValueOfItsType(@ForAll("tagValues") Object tag) {
        String json = Json.write(AttributeValues.toAnyValue(tag));

        String field = tag instanceof String ? "stringValue"
                : tag instanceof Boolean ? "boolValue"
                : tag instanceof Long ? "intValue"
                : "doubleValue";
        JsonNode value = Json.tree(json);
        assertThat(value.size()).as("fields set in %s", json).isEqualTo(1);
        assertThat(value.has(field)).as("%s for a %s: %s", field, tag.getClass().getSimpleName(), json).isTrue();
        assertThat(AttributeValues.readTag(Json.cursor(json))).as("reads back from %s", json).isEqualTo(tag);
    }

    @Provide
    Arbitrary<Object> tagValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0).map(Object.class::cast));
    }

    @Property(tries = 100, seed = "404")
    @Tag("ch04.3")
    void statusFollowsTheErrorAndSuccessTags(@ForAll("statusTags") Map<String, Object> tags) {
        Otlp.Status status = StatusRule.of(tags);

        if (Boolean.TRUE.equals(tags.get("error"))) {
            Object message = tags.get("error.message");
            assertThat(status).as("status for %s", tags)
                    .isEqualTo(new Otlp.Status(2, message == null ? "error" : message.toString()));
        } else if (Boolean.TRUE.equals(tags.get("success"))) {
            assertThat(status).as("status for %s", tags).isEqualTo(new Otlp.Status(1, null));
        } else {
            assertThat(status).as("status for %s", tags).isEqualTo(new Otlp.Status(0, null));
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> statusTags() {
        Arbitrary<Object> flag = Arbitraries.of(true, false, "true", 1L);
        return Combinators.combine(flag.injectNull(0.3), flag.injectNull(0.3),
                        Arbitraries.<Object>of("timeout", 42L, "").injectNull(0.5))
                .as((error, success, message) -> {
                    Map<String, Object> tags = new LinkedHashMap<>();
                    if (error != null) {
                        tags.put("error", error);
                    }
                    if (success != null) {
                        tags.put("success", success);
                    }
                    if (message != null) {
                        tags.put("error.message", message);
                    }
                    return tags;
                });
    }

    // ---- ch04.4 and ch04.5: the export, against the reference and the schema -------------

    @Property(tries = 150, seed = "405")
    @Tag("ch04.4")
    @Tag("ch04.5")
    void exportAgreesWithTheReference(@ForAll("traceSets") List<Trace> traces) {
        String learner = new OtlpJsonExporter(new TimeMapping(EPOCH)).toJson(traces);
        String expected = new reference.workbook.otlp.OtlpJsonExporter(new reference.workbook.otlp.TimeMapping(EPOCH))
                .toJson(traces);

        Differences.assertEqual("the export of " + TraceSets.spans(traces).size() + " spans (as a JSON tree)",
                Json.tree(expected), Json.tree(learner));
    }

    @Property(tries = 150, seed = "406")
    @Tag("ch04.5")
    void everyExportIsValidOtlp(@ForAll("traceSets") List<Trace> traces) {
        TracesData parsed = OtlpSchema.parse(new OtlpJsonExporter(new TimeMapping(EPOCH)).toJson(traces));

        List<SpanData> spans = TraceSets.spans(traces);
        long services = spans.stream().map(SpanData::serviceName).distinct().count();
        assertThat(parsed.getResourceSpansCount()).as("one resource per service").isEqualTo((int) services);
        assertThat(parsed.getResourceSpansList().stream()
                .mapToInt(resource -> resource.getScopeSpans(0).getSpansCount()).sum())
                .as("spans in the export").isEqualTo(spans.size());
    }

    // ---- ch04.6 and ch04.7: the import ----------------------------------------------------

    @Property(tries = 150, seed = "407")
    @Tag("ch04.7")
    void readingAnExportGivesBackTheSameSpans(@ForAll("traceSets") List<Trace> traces) {
        List<SpanData> spans = TraceSets.spans(traces);
        String referenceExport = new reference.workbook.otlp.OtlpJsonExporter(
                new reference.workbook.otlp.TimeMapping(EPOCH)).toJson(traces);

        List<SpanData> read = new OtlpJsonImporter(new TimeMapping(EPOCH)).read(referenceExport);

        java.util.Comparator<SpanData> byId = java.util.Comparator.comparing(SpanData::traceId)
                .thenComparing(SpanData::spanId);
        Differences.assertEqual("the learner's import of the reference's export of " + spans.size()
                + " spans (sorted by trace and span ID)", spans.stream().sorted(byId).toList(),
                read.stream().sorted(byId).toList());
    }

    @Property(tries = 250, seed = "408")
    @Tag("ch04.7")
    void aDefectInASpanIsReportedWhereTheReferenceReportsIt(@ForAll("traceSets") List<Trace> traces,
                                                           @ForAll long mutationSeed) {
        assertSameOutcomeAfterOneDefect(traces, mutationSeed, false);
    }

    @Property(tries = 150, seed = "409")
    @Tag("ch04.6")
    void aDefectInAnAttributeValueIsReportedWhereTheReferenceReportsIt(@ForAll("traceSets") List<Trace> traces,
                                                                      @ForAll long mutationSeed) {
        assertSameOutcomeAfterOneDefect(traces, mutationSeed, true);
    }

    private static void assertSameOutcomeAfterOneDefect(List<Trace> traces, long mutationSeed, boolean inValues) {
        String export = new reference.workbook.otlp.OtlpJsonExporter(new reference.workbook.otlp.TimeMapping(EPOCH))
                .toJson(traces);
        ObjectNode document = (ObjectNode) Json.tree(export);
        String defect = Defects.apply(document, new Random(mutationSeed), inValues);
        String json = document.toString();

        Object expected;
        try {
            expected = new reference.workbook.otlp.OtlpJsonImporter(new reference.workbook.otlp.TimeMapping(EPOCH))
                    .read(json);
        } catch (reference.workbook.otlp.OtlpFormatException e) {
            expected = e.path();
        }
        Throwable thrown = catchThrowable(() -> new OtlpJsonImporter(new TimeMapping(EPOCH)).read(json));
        if (expected instanceof String path) {
            assertThat(thrown).as("after %s, the import must fail at %s", defect, path)
                    .isInstanceOf(OtlpFormatException.class);
            assertThat(((OtlpFormatException) thrown).path()).as("after %s: %s", defect, thrown.getMessage())
                    .isEqualTo(path);
        } else if (thrown != null) {
            fail("after " + defect + " the document is still readable, but the import failed: " + thrown);
        } else {
            assertThat(new OtlpJsonImporter(new TimeMapping(EPOCH)).read(json)).as("after %s", defect)
                    .isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<Trace>> traceSets() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 4))
                .as(TraceSets::generate);
    }

    /** One defect in an exported document: a field removed, of the wrong type, or malformed. */
    private static final class Defects {

        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        /** Applies one defect to {@code document}, chosen by {@code random}; returns what was done. */
        static String apply(ObjectNode document, Random random, boolean inValues) {
            List<Site> sites = new ArrayList<>();
            collect(document, "$", sites, inValues);
            if (sites.isEmpty()) {
                document.set("resourceSpans", NODES.textNode("none"));
                return "resourceSpans replaced by a string";
            }
            Site site = sites.get(random.nextInt(sites.size()));
            JsonNode old = site.parent().get(site.field());
            int kind = random.nextInt(5);
            switch (kind) {
                case 0 -> site.parent().remove(site.field());
                case 1 -> site.parent().put(site.field(), 7);
                case 2 -> site.parent().put(site.field(), true);
                case 3 -> site.parent().set(site.field(), NODES.objectNode());
                default -> site.parent().put(site.field(), malformed(old, random));
            }
            return List.of("removing", "setting 7 in", "setting true in", "setting {} in", "malforming").get(kind)
                    + " " + site.path() + "." + site.field() + " (was " + old + ")";
        }

        private static String malformed(JsonNode old, Random random) {
            String text = old.isTextual() ? old.textValue() : old.toString();
            return switch (random.nextInt(4)) {
                case 0 -> text.toUpperCase(java.util.Locale.ROOT) + "G";
                case 1 -> text.isEmpty() ? "x" : text.substring(1);
                case 2 -> "0".repeat(Math.max(1, text.length()));
                default -> text + "x";
            };
        }

        private record Site(ObjectNode parent, String field, String path) {}

        private static void collect(JsonNode node, String path, List<Site> sites, boolean inValues) {
            if (node instanceof ObjectNode object) {
                boolean anyValue = path.endsWith(".value");
                for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (anyValue == inValues && !(object.get(name) instanceof ArrayNode && !inValues && isList(name))) {
                        sites.add(new Site(object, name, path));
                    }
                    collect(object.get(name), path + "." + name, sites, inValues);
                }
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    collect(array.get(i), path + "[" + i + "]", sites, inValues);
                }
            }
        }

        private static boolean isList(String name) {
            return name.equals("resourceSpans") || name.equals("scopeSpans");
        }
    }
}
