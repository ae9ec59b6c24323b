package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hidden examples: the official W3C suite's tracestate cases, and the corners of the grammar. */
class TraceStateHiddenTest {

    @Test
    @Tag("ch06.3")
    @DisplayName("ch06.3 the W3C suite's tracestate cases")
    void theW3cSuitesCases() {
        assertThat(TraceState.parse(List.of("foo=1,bar=2", "rojo=1,congo=2", "baz=3")).orElseThrow().toHeader())
                .isEqualTo("foo=1,bar=2,rojo=1,congo=2,baz=3");
        assertThat(TraceState.parse(List.of("")).orElseThrow().isEmpty()).as("an empty header").isTrue();
        assertThat(TraceState.parse(List.of("foo=1", "")).orElseThrow().get("foo")).contains("1");
        assertThat(TraceState.parse(List.of("", "foo=1")).orElseThrow().get("foo")).contains("1");
        assertThat(TraceState.parse(List.of("foo=1", "foo=1")).orElseThrow().toHeader()).as("a key in two fields")
                .isEqualTo("foo=1");
        assertThat(TraceState.parse(List.of("foo=1", "foo=2")).orElseThrow().toHeader()).as("the first value stays")
                .isEqualTo("foo=1");
        assertThat(TraceState.parse(List.of("foo=1,foo=2")).orElseThrow().toHeader()).isEqualTo("foo=1");
        assertThat(TraceState.parse("foo@=1,bar=2").orElseThrow().toHeader()).isEqualTo("foo@=1,bar=2");
        assertThat(TraceState.parse("@foo=1,bar=2")).as("a key starting with '@'").isEmpty();
        assertThat(TraceState.parse("foo@@bar=1,bar=2").orElseThrow().get("foo@@bar")).contains("1");
        assertThat(TraceState.parse("foo@bar@baz=1,bar=2").orElseThrow().get("foo@bar@baz")).contains("1");
        assertThat(TraceState.parse(List.of("foo=1", "t".repeat(242) + "@v=1")).orElseThrow().size()).isEqualTo(2);
        assertThat(TraceState.parse(List.of("foo=1", "t@" + "v".repeat(15) + "=1")).orElseThrow().size())
                .isEqualTo(2);
        assertThat(TraceState.parse(List.of("foo=1", "t".repeat(241) + "@" + "v".repeat(14) + "=1")).orElseThrow()
                .size()).isEqualTo(2);
        assertThat(TraceState.parse(List.of("foo=1\t \t,\t \tbar=2,\t \tbaz=3")).orElseThrow().size()).isEqualTo(3);
        assertThat(TraceState.parse(List.of("foo=1", "z".repeat(257) + "=1"))).as("one bad field drops all").isEmpty();

        String key = "abcdefghijklmnopqrstuvwxyz0123456789_-*/";
        StringBuilder value = new StringBuilder();
        for (char c = 0x20; c <= 0x7e; c++) {
            if (c != ',' && c != '=') {
                value.append(c);
            }
        }
        assertThat(TraceState.parse(key + "=" + value).orElseThrow().get(key)).contains(value.toString());
        assertThat(TraceState.parse(key + "@a-z0-9_-*/=" + value).orElseThrow().get(key + "@a-z0-9_-*/"))
                .contains(value.toString());

        List<String> members = new ArrayList<>();
        for (int i = 1; i <= 32; i++) {
            members.add(String.format("bar%02d=%02d", i, i));
        }
        assertThat(TraceState.parse(String.join(",", members)).orElseThrow().get("bar01")).contains("01");
        members.add("bar33=33");
        assertThat(TraceState.parse(String.join(",", members))).isEmpty();
    }

    @Test
    @Tag("ch06.3")
    @DisplayName("ch06.3 grammar corners: digits, the '@' parts, value lengths and characters")
    void grammarCorners() {
        assertThat(TraceState.parse("0abc=1")).as("a key may start with a digit").isPresent();
        assertThat(TraceState.parse("9=1")).as("a one-digit key").isPresent();
        assertThat(TraceState.parse("a=1")).as("a one-letter key").isPresent();
        assertThat(TraceState.parse("abc@0vendor=1")).as("a digit after '@'").isPresent();
        for (String key : List.of("_a", "-a", "*a", "/a", "@a", "Aa", "{a", "`a", ":a", "a.b", "a b", "aB", "a{",
                "a`", "a:", "aé")) {
            assertThat(TraceState.parse(key + "=1")).as("the key \"%s\"", key).isEmpty();
        }
        for (String key : List.of("a_", "a-", "a*", "a/", "a@", "az09", "0a_-*/@")) {
            assertThat(TraceState.parse(key + "=1")).as("the key \"%s\"", key).isPresent();
        }
        assertThat(TraceState.parse("k=" + "~".repeat(256))).as("a 256-character value").isPresent();
        assertThat(TraceState.parse("k=" + "~".repeat(257))).as("a 257-character value").isEmpty();
        assertThat(TraceState.parse("k=a\u007fb")).as("DEL is not printable").isEmpty();
        assertThat(TraceState.parse("k=a\u001fb")).as("a control character").isEmpty();
        assertThat(TraceState.parse("k=a\tb")).as("a tab inside a value").isEmpty();
        assertThat(TraceState.parse(" , ,\t,").orElseThrow().isEmpty()).as("only empty members").isTrue();
        assertThat(TraceState.parse("k==")).isEmpty();
        assertThat(TraceState.parse("=1")).isEmpty();
    }

    @Test
    @Tag("ch06.3")
    @DisplayName("ch06.3 duplicates count towards the 32 members; the first of each key stays, in its place")
    void duplicatesAndTheMemberLimit() {
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= 31; i++) {
            members.add(String.format("bar%02d=%02d", i, i));
        }
        members.add("bar01=99");
        TraceState state = TraceState.parse(String.join(",", members)).orElseThrow();
        assertThat(state.size()).isEqualTo(31);
        assertThat(state.get("bar01")).contains("01");
        assertThat(state.members().get(0).key()).isEqualTo("bar01");

        members.add("bar02=99");
        assertThat(TraceState.parse(String.join(",", members))).as("33 members, two of them duplicates").isEmpty();
        assertThat(TraceState.parse(List.of("b=1,a=2", ",,", "b=3,c=4")).orElseThrow().toHeader())
                .isEqualTo("b=1,a=2,c=4");
        assertThat(TraceState.parse(List.of("a=1", "a=2,@=3"))).as("a bad member after a duplicate").isEmpty();
    }

    @Test
    @Tag("ch06.4")
    @DisplayName("ch06.4 with() rejects null and grammar-breaking keys and values, changing nothing")
    void withRejectsBadMembers() {
        TraceState state = TraceState.parse("congo=t61rcWkgMzE").orElseThrow();

        assertThatThrownBy(() -> state.with(null, "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> state.with("rojo", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rojo");
        assertThatThrownBy(() -> state.with("rojo", "ends with a space ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.with("z".repeat(257), "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(state.toHeader()).isEqualTo("congo=t61rcWkgMzE");
    }

    @Test
    @Tag("ch06.4")
    @DisplayName("ch06.4 with() leaves the original list alone; updating the left-most member keeps one copy")
    void withIsImmutable() {
        TraceState original = TraceState.parse("a=1,b=2").orElseThrow();

        TraceState updated = original.with("a", "9");

        assertThat(updated.toHeader()).isEqualTo("a=9,b=2");
        assertThat(original.toHeader()).isEqualTo("a=1,b=2");
        assertThat(updated).isNotEqualTo(original).hasToString("TraceState[a=9,b=2]");
        assertThat(updated).isEqualTo(TraceState.parse("a=9,b=2").orElseThrow())
                .hasSameHashCodeAs(TraceState.parse("a=9, b=2").orElseThrow());
        assertThat(TraceState.empty().with("a", "1").size()).isEqualTo(1);
        assertThat(updated.hashCode()).isNotEqualTo(original.hashCode());
    }
}
