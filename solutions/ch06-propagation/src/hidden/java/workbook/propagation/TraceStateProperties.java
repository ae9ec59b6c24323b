package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Hidden properties of {@code tracestate}: printing then reading is the identity; a
 * mutated list is accepted exactly when the W3C grammar (the official suite's own regular
 * expressions, an independent oracle) accepts it; {@code with} agrees with the reference.
 */
class TraceStateProperties {

    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-*/";
    private static final String VALUE_CHARS;

    static {
        StringBuilder chars = new StringBuilder();
        for (char c = 0x20; c <= 0x7e; c++) {
            if (c != ',' && c != '=') {
                chars.append(c);
            }
        }
        VALUE_CHARS = chars.toString();
    }

    private static final Pattern MEMBER = Pattern.compile(
            "([0-9a-z][_0-9a-z\\-*/@]{0,255})"
                    + "=([\\x20-\\x2b\\x2d-\\x3c\\x3e-\\x7e]{0,255}[\\x21-\\x2b\\x2d-\\x3c\\x3e-\\x7e])");

    /**
     * The list the W3C grammar reads from these fields, or empty when it is invalid. A duplicated
     * key keeps its first value (the suite's own parser does the same); duplicates count
     * towards the member limit.
     */
    static Optional<Map<String, String>> oracle(List<String> fields) {
        Map<String, String> members = new LinkedHashMap<>();
        int count = 0;
        for (String item : String.join(",", fields).split(",", -1)) {
            String member = item.replaceAll("^[ \\t]+|[ \\t]+$", "");
            if (member.isEmpty()) {
                continue;
            }
            Matcher matcher = MEMBER.matcher(member);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            count++;
            members.putIfAbsent(matcher.group(1), matcher.group(2));
        }
        return count > TraceState.MAX_MEMBERS ? Optional.empty() : Optional.of(members);
    }

    static Map<String, String> asMap(TraceState state) {
        Map<String, String> members = new LinkedHashMap<>();
        state.members().forEach(member -> members.put(member.key(), member.value()));
        return members;
    }

    static Map<String, String> asMap(reference.workbook.propagation.TraceState state) {
        Map<String, String> members = new LinkedHashMap<>();
        state.members().forEach(member -> members.put(member.key(), member.value()));
        return members;
    }

    @Property(tries = 150, seed = "631")
    @Tag("ch06.3")
    void printingThenReadingIsTheIdentity(@ForAll("memberLists") Map<String, String> members, @ForAll long layout) {
        List<String> fields = fields(members, new Random(layout));

        Optional<TraceState> parsed = TraceState.parse(fields);

        assertThat(parsed.map(TraceStateProperties::asMap)).as("TraceState.parse(%s)", fields).contains(members);
        assertThat(parsed.get().toHeader()).as("printed again")
                .isEqualTo(members.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",")));
    }

    @Property(tries = 300, seed = "632", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch06.3")
    void mutatedListsAreReadExactlyAsTheGrammarSays(@ForAll("mutatedFields") List<String> fields) {
        Optional<Map<String, String>> expected = oracle(fields);

        assertThat(TraceState.parse(fields).map(TraceStateProperties::asMap)).as("TraceState.parse(%s)", fields)
                .isEqualTo(expected);
        assertThat(reference.workbook.propagation.TraceState.parse(fields).map(TraceStateProperties::asMap))
                .as("the reference agrees with the oracle on %s", fields).isEqualTo(expected);
    }

    @Property(tries = 100, seed = "633")
    @Tag("ch06.4")
    void withAgreesWithTheReference(@ForAll("memberLists") Map<String, String> start,
                                    @ForAll @IntRange(min = 1, max = 40) int puts, @ForAll long seed) {
        TraceState learner = TraceState.parse(String.join(",", fields(start, new Random(0)))).orElseThrow();
        reference.workbook.propagation.TraceState expected =
                reference.workbook.propagation.TraceState.parse(String.join(",", fields(start, new Random(0))))
                        .orElseThrow();
        Random random = new Random(seed);
        for (int i = 0; i < puts; i++) {
            String key = random.nextInt(3) == 0 && learner.size() > 0
                    ? learner.members().get(random.nextInt(learner.size())).key()
                    : "k" + random.nextInt(50);
            String value = "v" + random.nextInt(1000);
            learner = learner.with(key, value);
            expected = expected.with(key, value);

            assertThat(asMap(learner)).as("after with(%s, %s)", key, value).containsExactlyEntriesOf(asMap(expected));
            assertThat(learner.members().get(0)).isEqualTo(new TraceState.Member(key, value));
            assertThat(learner.size()).isLessThanOrEqualTo(TraceState.MAX_MEMBERS);
        }
    }

    /** The members as header fields: random optional whitespace, empty members, split over 1 to 3 fields. */
    private static List<String> fields(Map<String, String> members, Random random) {
        List<String> items = new ArrayList<>();
        members.forEach((key, value) -> {
            if (random.nextInt(5) == 0) {
                items.add(random.nextBoolean() ? "" : " \t");
            }
            items.add(ows(random) + key + "=" + value + ows(random));
        });
        List<String> fields = new ArrayList<>();
        int cut1 = items.isEmpty() ? 0 : random.nextInt(items.size() + 1);
        int cut2 = cut1 + (items.size() == cut1 ? 0 : random.nextInt(items.size() - cut1 + 1));
        fields.add(String.join(",", items.subList(0, cut1)));
        if (cut1 < items.size() || random.nextBoolean()) {
            fields.add(String.join(",", items.subList(cut1, cut2)));
            fields.add(String.join(",", items.subList(cut2, items.size())));
        }
        return fields;
    }

    private static String ows(Random random) {
        return List.of("", "", "", " ", "\t", " \t ").get(random.nextInt(6));
    }

    @Provide
    Arbitrary<Map<String, String>> memberLists() {
        return Combinators.combine(keys(), values()).as(Map::entry).list().ofMaxSize(TraceState.MAX_MEMBERS)
                .map(entries -> {
                    Map<String, String> members = new LinkedHashMap<>();
                    entries.forEach(entry -> members.putIfAbsent(entry.getKey(), entry.getValue()));
                    return members;
                });
    }

    @Provide
    Arbitrary<List<String>> mutatedFields() {
        return Combinators.combine(memberLists(), Arbitraries.longs(), Arbitraries.integers().between(0, 7))
                .as((members, seed, mutation) -> mutate(members, new Random(seed), mutation));
    }

    private static List<String> mutate(Map<String, String> members, Random random, int mutation) {
        Map<String, String> changed = new LinkedHashMap<>(members);
        List<String> extra = new ArrayList<>();
        switch (mutation) {
            case 0 -> { } // unchanged
            case 1 -> { // too many members
                for (int i = 0; changed.size() + extra.size() <= TraceState.MAX_MEMBERS; i++) {
                    extra.add("x" + i + "=" + i);
                }
            }
            case 2 -> members.keySet().stream().skip(members.isEmpty() ? 0 : random.nextInt(members.size()))
                    .findFirst() // a key twice, with its value or another one
                    .ifPresent(key -> extra.add(key + "=" + (random.nextBoolean() ? members.get(key) : "dup")));
            default -> { } // character-level changes below
        }
        List<String> fields = new ArrayList<>(fields(changed, random));
        fields.addAll(extra);
        if (mutation >= 3 && !fields.isEmpty()) {
            int which = random.nextInt(fields.size());
            String field = fields.get(which);
            String oddChars = ",= \tA@.\u00e9~0_*/-!\"";
            String odd = String.valueOf(oddChars.charAt(random.nextInt(oddChars.length())));
            int at = field.isEmpty() ? 0 : random.nextInt(field.length() + 1);
            fields.set(which, mutation == 3 && !field.isEmpty() && at < field.length()
                    ? field.substring(0, at) + field.substring(at + 1)
                    : field.substring(0, at) + odd + field.substring(at));
        }
        return fields;
    }

    private static Arbitrary<String> keys() {
        Arbitrary<String> simple = Combinators.combine(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofLength(1),
                Arbitraries.strings().withChars(KEY_CHARS).ofMaxLength(12)).as(String::concat);
        Arbitrary<String> tenant = Combinators.combine(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofLength(1),
                Arbitraries.strings().withChars(KEY_CHARS).ofMaxLength(8),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofLength(1),
                Arbitraries.strings().withChars(KEY_CHARS).ofMaxLength(13))
                .as((t1, t2, s1, s2) -> t1 + t2 + "@" + s1 + s2);
        Arbitrary<String> longest = Arbitraries.of("z".repeat(256), "t".repeat(241) + "@" + "v".repeat(14));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, simple), net.jqwik.api.Tuple.of(3, tenant), net.jqwik.api.Tuple.of(1, longest));
    }

    private static Arbitrary<String> values() {
        Arbitrary<String> any = Arbitraries.strings().withChars(VALUE_CHARS).ofMinLength(1).ofMaxLength(20)
                .filter(value -> !value.endsWith(" "));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, any),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("~".repeat(256))));
    }

    @Property(tries = 50, seed = "634")
    @Tag("ch06.3")
    void keysAndValuesFollowTheGrammar(@ForAll("keyLikeStrings") String key) {
        Set<String> accepted = new HashSet<>();
        if (MEMBER.matcher(key + "=1").matches()) {
            accepted.add(key);
        }
        assertThat(TraceStateGrammar.isValidKey(key)).as("isValidKey(\"%s\")", key).isEqualTo(accepted.contains(key));
        assertThat(TraceStateGrammar.isValidValue(key)).as("isValidValue(\"%s\")", key)
                .isEqualTo(MEMBER.matcher("k=" + key).matches());
    }

    @Provide
    Arbitrary<String> keyLikeStrings() {
        return Arbitraries.oneOf(keys(), values(),
                Arbitraries.strings().withChars("aZ0@_-*/ ,=.\t~").ofMinLength(0).ofMaxLength(6),
                Arbitraries.of("z".repeat(257), "t".repeat(242) + "@v", "t@" + "v".repeat(15), "0abc", "0@a",
                        "a@0", "~".repeat(257), " x", "x ", ""));
    }
}
