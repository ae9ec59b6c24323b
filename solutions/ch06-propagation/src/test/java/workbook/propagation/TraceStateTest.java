package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceStateTest {

    /** {@code count} members {@code m01=1,m02=2,...}. */
    private static String members(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("m%02d=%d", i, i))
                .collect(Collectors.joining(","));
    }

    private static TraceState parsed(String... fields) {
        return TraceState.parse(List.of(fields)).orElseThrow(() -> new AssertionError(
                "expected tracestate " + List.of(fields) + " to be valid, but parse returned empty"));
    }

    @Test
    @Tag("ch06.3")
    @DisplayName("ch06.3 several fields are one list, in order; whitespace and empty members are skipped")
    void fieldsAreOneOrderedList() {
        TraceState state = parsed("foo=1 \t , \tbar=2", "", "rojo=00f067aa0ba902b7,,congo=t61rcWkgMzE");

        assertThat(state.toHeader()).isEqualTo("foo=1,bar=2,rojo=00f067aa0ba902b7,congo=t61rcWkgMzE");
        assertThat(state.get("rojo")).contains("00f067aa0ba902b7");
    }

    @ParameterizedTest(name = "ch06.3 tracestate \"{0}\" is invalid and dropped whole")
    @Tag("ch06.3")
    @ValueSource(strings = {
        "FOO=1",                // uppercase key
        "foo.bar=1",            // '.' is not a key character
        "foo =1",               // whitespace inside the member
        "@foo=1,bar=2",         // a key starts with a-z or 0-9
        "_foo=1",               // a key starts with a-z or 0-9
        "foo=bar=baz",          // '=' in the value
        "foo=,bar=3",           // empty value
        "foo",                  // no '='
        "foo=1\u00e9"           // not printable ASCII
    })
    void invalidListsAreDropped(String header) {
        assertThat(TraceState.parse(header)).as("TraceState.parse(\"%s\")", header).isEmpty();
    }

    @Test
    @Tag("ch06.3")
    @DisplayName("ch06.3 a key may start with a digit and hold '@' anywhere after its first character")
    void keysWithDigitsAndAtSigns() {
        assertThat(parsed("foo@=1,bar=2").toHeader()).isEqualTo("foo@=1,bar=2");
        assertThat(parsed("0vendor=1,tenant@system=2,foo@@bar=3,foo@bar@baz=4").size()).isEqualTo(4);
    }

    @Test
    @Tag("ch06.3")
    @DisplayName("ch06.3 a key seen again is a duplicate: the first member stays, the list is kept")
    void duplicatedKeysKeepTheFirst() {
        assertThat(parsed("foo=1,foo=2").toHeader()).isEqualTo("foo=1");
        assertThat(parsed("foo=1", "bar=2,foo=3").toHeader()).isEqualTo("foo=1,bar=2");
    }

    @Test
    @Tag("ch06.3")
    @DisplayName("ch06.3 32 members and 256-character keys are fine; a 33rd member or a longer key is not")
    void limitsAreKept() {
        assertThat(parsed(members(32)).size()).as("32 members").isEqualTo(32);
        assertThat(TraceState.parse(members(33))).as("33 members").isEmpty();
        assertThat(TraceState.parse("z".repeat(256) + "=1")).as("a 256-character key").isPresent();
        assertThat(TraceState.parse("z".repeat(257) + "=1")).as("a 257-character key").isEmpty();
        assertThat(TraceState.parse("t".repeat(242) + "@v=1")).as("'@' counts like any key character").isPresent();
        assertThat(TraceState.parse("t".repeat(250) + "@" + "v".repeat(6) + "=1")).as("a 257-character key with '@'")
                .isEmpty();
    }

    @Test
    @Tag("ch06.3")
    @DisplayName("ch06.3 a value keeps its leading spaces; trailing ones are whitespace")
    void valueKeepsLeadingSpaces() {
        assertThat(parsed("foo=  bar  ").get("foo")).contains("  bar");
    }

    @Test
    @Tag("ch06.4")
    @DisplayName("ch06.4 a new member goes to the left; the others keep their order")
    void newMemberGoesLeft() {
        TraceState state = TraceState.empty().with("congo", "t61rcWkgMzE").with("rojo", "00f067aa0ba902b7");

        assertThat(state.toHeader()).isEqualTo("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE");
    }

    @Test
    @Tag("ch06.4")
    @DisplayName("ch06.4 an updated member moves to the left and appears once")
    void updatedMemberMovesLeft() {
        TraceState state = TraceState.empty().with("c", "3").with("b", "2").with("a", "1");

        assertThat(state.with("b", "22").toHeader()).isEqualTo("b=22,a=1,c=3");
    }

    @Test
    @Tag("ch06.4")
    @DisplayName("ch06.4 a 33rd member pushes the right-most one out")
    void thirtyThirdMemberPushesTheLastOut() {
        TraceState full = TraceState.empty();
        for (int i = 32; i >= 1; i--) {
            full = full.with(String.format("m%02d", i), String.valueOf(i));
        }

        TraceState more = full.with("workbook", "00f067aa0ba902b7");

        assertThat(more.size()).isEqualTo(TraceState.MAX_MEMBERS);
        assertThat(more.members().get(0)).isEqualTo(new TraceState.Member("workbook", "00f067aa0ba902b7"));
        assertThat(more.get("m31")).as("the next-to-last member stays").contains("31");
        assertThat(more.get("m32")).as("the right-most member is dropped").isEmpty();
    }

    @Test
    @Tag("ch06.4")
    @DisplayName("ch06.4 a key or value outside the grammar is rejected, naming it")
    void invalidMembersAreRejected() {
        assertThatThrownBy(() -> TraceState.empty().with("Congo", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Congo'");
        assertThatThrownBy(() -> TraceState.empty().with("congo", "a,b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a,b'");
    }
}
