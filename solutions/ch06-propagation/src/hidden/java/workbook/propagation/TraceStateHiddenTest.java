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
        assertThat(TraceState.parse(List.of("foo=1", "foo=1"))).as("a key in two fields").isEmpty();
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
        assertThat(TraceState.parse("0abc=1")).as("a simple key starts with a letter").isEmpty();
        assertThat(TraceState.parse("0abc@vendor=1")).as("a tenant may start with a digit").isPresent();
        assertThat(TraceState.parse("abc@0vendor=1")).as("a system ID starts with a letter").isEmpty();
        assertThat(TraceState.parse("t".repeat(242) + "@v=1")).as("a 242-character tenant").isEmpty();
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
