package workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import workbook.testkit.SpanTreeDiff.Node;

class SpanTreeDiffTest {

    record Span(String id, String parent, String name) {}

    private static List<Node> tree(Span... spans) {
        return SpanTreeDiff.of(List.of(spans), Span::id, Span::parent, Span::name);
    }

    @Test
    void buildsTheTreeFromParentIdsWithOrphansAtTheTop() {
        List<Node> forest = tree(new Span("c", "b", "process_data"), new Span("b", "a", "handle_request"),
                new Span("a", null, "make_request"), new Span("x", "gone", "late_call"));

        assertThat(SpanTreeDiff.render(forest)).isEqualTo("""
                make_request
                  handle_request
                    process_data
                late_call  (orphan: parent gone is not in the trace)
                """);
    }

    @Test
    void equalTreesHaveNoDifference() {
        assertThat(SpanTreeDiff.difference(List.of(Node.chain("a", "b")), tree(new Span("2", "1", "b"), new Span("1", null, "a"))))
                .isEmpty();
    }

    @Test
    void theFailureShowsBothTreesWithTheFirstDifferenceMarked() {
        List<Node> expected = List.of(Node.chain("make_request", "handle_request", "process_data"));
        List<Node> actual = tree(new Span("a", null, "make_request"), new Span("b", "a", "handle_request"),
                new Span("c", "a", "process_data"));

        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> SpanTreeDiff.assertSameTree("ch02.6 spans", expected, actual));

        assertThat(failure.getMessage()).isEqualTo("""
                ch02.6 spans: the trees differ at line 3
                expected:
                   make_request
                     handle_request
                >>     process_data
                actual:
                   make_request
                     handle_request
                >>   process_data
                """);
        assertThat(failure.getExpected().getStringRepresentation()).isEqualTo(SpanTreeDiff.render(expected));
        assertThat(failure.getActual().getStringRepresentation()).isEqualTo(SpanTreeDiff.render(actual));
    }

    @Test
    void missingAndExtraSpansAreNamedAsSuch() {
        List<Node> two = List.of(Node.chain("a", "b"));
        List<Node> one = List.of(Node.of("a"));

        assertThat(SpanTreeDiff.difference(two, one)).hasValueSatisfying(text -> assertThat(text)
                .startsWith("the actual tree ends at line 1, spans are missing").endsWith("   a\n>> (nothing more)\n"));
        assertThat(SpanTreeDiff.difference(one, two)).hasValueSatisfying(text -> assertThat(text)
                .startsWith("the actual tree has more spans, from line 2"));
        assertThat(SpanTreeDiff.difference(one, List.of())).hasValueSatisfying(text -> assertThat(text)
                .endsWith("actual:\n>> (no spans)\n"));
    }

    @Test
    void textTreesAreComparedLineByLine() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> SpanTreeDiff.assertSameTreeText("ch03.4 tree", "a\n  b\n", "a\nb\n"));

        assertThat(failure.getMessage()).contains("the trees differ at line 2", ">>   b", ">> b");
        SpanTreeDiff.assertSameTreeText("same", "a\n  b\n", "a\n  b\n");
    }
}
