package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;

/**
 * Hidden properties of {@code traceparent}: writing then reading is the identity, and any
 * mutation of a valid header is accepted or rejected exactly as the W3C rules say, which
 * an independent oracle (a regular expression plus the spec's extra rules) decides, and
 * exactly as the reference does.
 */
class TraceparentProperties {

    /** The version-00 layout, then whatever follows. */
    private static final Pattern LAYOUT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(.*)", Pattern.DOTALL);

    /** What the spec says a header means: empty when it must be ignored. */
    static Optional<Traceparent> oracle(String header) {
        Matcher fields = LAYOUT.matcher(header);
        if (!fields.matches()) {
            return Optional.empty();
        }
        String version = fields.group(1);
        String rest = fields.group(5);
        boolean restAllowed = version.equals("00") ? rest.isEmpty() : rest.isEmpty() || rest.startsWith("-");
        if (version.equals("ff") || !restAllowed
                || fields.group(2).equals("0".repeat(32)) || fields.group(3).equals("0".repeat(16))) {
            return Optional.empty();
        }
        return Optional.of(new Traceparent(fields.group(2), fields.group(3),
                TraceFlags.fromByte(Integer.parseInt(fields.group(4), 16))));
    }

    @Property(tries = 200, seed = "601")
    @Tag("ch06.1")
    @Tag("ch06.2")
    void writingThenReadingIsTheIdentity(@ForAll("traceparents") Traceparent traceparent) {
        String header = traceparent.toHeader();

        assertThat(header).as("written header").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[0-3]");
        assertThat(Traceparent.parse(header)).as("Traceparent.parse(\"%s\")", header).contains(traceparent);
    }

    @Property(tries = 300, seed = "602", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch06.1")
    void mutatedHeadersAreReadExactlyAsTheSpecSays(@ForAll("mutatedHeaders") String header) {
        Optional<Traceparent> expected = oracle(header);

        assertThat(Traceparent.parse(header)).as("Traceparent.parse(\"%s\")", header).isEqualTo(expected);
        assertThat(reference.workbook.propagation.Traceparent.parse(header).map(parsed -> parsed.toHeader()))
                .as("the reference agrees with the oracle on \"%s\"", header)
                .isEqualTo(expected.map(Traceparent::toHeader));
    }

    @Provide
    Arbitrary<Traceparent> traceparents() {
        return Combinators.combine(hex(32), hex(16), Arbitraries.integers().between(0, 255))
                .as((traceId, parentId, flags) -> new Traceparent(traceId, parentId, TraceFlags.fromByte(flags)));
    }

    /** Valid headers of several versions, then one of many small mutations, or none. */
    @Provide
    Arbitrary<String> mutatedHeaders() {
        Arbitrary<String> version = Arbitraries.of("00", "00", "01", "cc", "fe", "ff", "0a");
        Arbitrary<String> suffix = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
                Tuple.of(3, Arbitraries.of("-", "-what-the-future-will-be-like", ".x", "0", "-01")));
        Arbitrary<String> valid = Combinators.combine(version, traceparents(), suffix)
                .as((v, traceparent, more) -> v + traceparent.toHeader().substring(2) + more);
        Arbitrary<String> zeroIds = Combinators.combine(version, Arbitraries.of(0, 1))
                .as((v, which) -> which == 0
                        ? v + "-" + "0".repeat(32) + "-00f067aa0ba902b7-01"
                        : v + "-4bf92f3577b34da6a3ce929d0e0e4736-" + "0".repeat(16) + "-01");
        return Arbitraries.frequencyOf(Tuple.of(6, valid), Tuple.of(1, zeroIds)).flatMap(this::mutations);
    }

    private Arbitrary<String> mutations(String header) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, header.length() - 1);
        Arbitrary<Character> odd = Arbitraries.of('0', '9', 'a', 'f', 'A', 'F', 'g', '-', '.', ' ', '\t');
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(header)),
                Tuple.of(2, Combinators.combine(at, odd).as((i, c) -> header.substring(0, i) + c + header.substring(i + 1))),
                Tuple.of(1, Combinators.combine(at, odd).as((i, c) -> header.substring(0, i) + c + header.substring(i))),
                Tuple.of(1, at.map(i -> header.substring(0, i) + header.substring(i + 1))),
                Tuple.of(1, Arbitraries.just(header.toUpperCase(java.util.Locale.ROOT))),
                Tuple.of(1, Arbitraries.of(" ", "\t").map(ows -> ows + header)));
    }

    private static Arbitrary<String> hex(int length) {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(length)
                .filter(id -> !id.equals("0".repeat(length)));
    }
}
