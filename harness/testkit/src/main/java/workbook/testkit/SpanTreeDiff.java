package workbook.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * Compares span trees for failure messages: when the shape is wrong, the learner sees the
 * expected and the actual tree, indented, with the first line that differs marked, rather
 * than a flat list of spans and parent IDs.
 *
 * <pre>
 * ch02.6 one request's spans: the trees differ at line 2
 * expected:
 *      make_request (Client, CLIENT)
 *   &gt;&gt;   handle_request (OrderService, SERVER)
 *          process_data (OrderService, INTERNAL)
 * actual:
 *      make_request (Client, CLIENT)
 *   &gt;&gt;   process_data (OrderService, INTERNAL)
 *        handle_request (OrderService, SERVER)
 * </pre>
 *
 * The failure is an {@link AssertionFailedError} carrying both trees, so an IDE also offers
 * its side-by-side diff. Works with any span type, through three functions. Stateless.
 */
public final class SpanTreeDiff {

    private static final String MARK = ">> ";
    private static final String NO_MARK = "   ";

    private SpanTreeDiff() {}

    /** A line of a span tree: how a span is shown, and the spans under it. Immutable. */
    public record Node(String label, List<Node> children) {

        public Node {
            Objects.requireNonNull(label, "label");
            children = List.copyOf(children);
        }

        public static Node of(String label, Node... children) {
            return new Node(label, Arrays.asList(children));
        }

        /** A chain: the first label the root, each next one the only child of the one before. */
        public static Node chain(String... labels) {
            Node node = null;
            for (int i = labels.length - 1; i >= 0; i--) {
                node = node == null ? of(labels[i]) : of(labels[i], node);
            }
            return Objects.requireNonNull(node, "a chain needs at least one label");
        }
    }

    /**
     * The forest of {@code spans}: each span under its parent, siblings in the order given;
     * roots at the top, and so are orphans (a parent ID no span has), labelled as such.
     */
    public static <S> List<Node> of(Collection<S> spans, Function<S, String> spanId, Function<S, String> parentSpanId,
                                    Function<S, String> label) {
        Set<String> ids = new HashSet<>();
        spans.forEach(span -> ids.add(spanId.apply(span)));
        Map<String, List<S>> children = new LinkedHashMap<>();
        List<S> tops = new ArrayList<>();
        for (S span : spans) {
            String parent = parentSpanId.apply(span);
            if (parent == null || !ids.contains(parent)) {
                tops.add(span);
            } else {
                children.computeIfAbsent(parent, id -> new ArrayList<>()).add(span);
            }
        }
        Map<S, Boolean> placed = new IdentityHashMap<>();
        List<Node> forest = new ArrayList<>();
        for (S top : tops) {
            String parent = parentSpanId.apply(top);
            String suffix = parent == null ? "" : "  (orphan: parent " + parent + " is not in the trace)";
            forest.add(node(top, suffix, spanId, label, children, placed));
        }
        for (S span : spans) {
            if (!placed.containsKey(span)) {
                forest.add(node(span, "  (in a parent cycle)", spanId, label, children, placed));
            }
        }
        return List.copyOf(forest);
    }

    private static <S> Node node(S span, String suffix, Function<S, String> spanId, Function<S, String> label,
                                 Map<String, List<S>> children, Map<S, Boolean> placed) {
        placed.put(span, true);
        List<Node> below = new ArrayList<>();
        for (S child : children.getOrDefault(spanId.apply(span), List.of())) {
            if (!placed.containsKey(child)) {
                below.add(node(child, "", spanId, label, children, placed));
            }
        }
        return new Node(label.apply(span) + suffix, below);
    }

    /** The forest as indented text: one line a span, two spaces a level. */
    public static String render(List<Node> forest) {
        return String.join("\n", lines(forest)) + (forest.isEmpty() ? "" : "\n");
    }

    /** Nothing when the trees are equal; otherwise both trees, the first difference marked. */
    public static Optional<String> difference(List<Node> expected, List<Node> actual) {
        return differenceOfLines(lines(expected), lines(actual));
    }

    /** Fails, showing both trees with their first difference marked, unless they are equal. */
    public static void assertSameTree(String what, List<Node> expected, List<Node> actual) {
        Optional<String> difference = difference(expected, actual);
        if (difference.isPresent()) {
            throw new AssertionFailedError(what + ": " + difference.get(), render(expected), render(actual));
        }
    }

    /**
     * {@link #assertSameTree} for trees already drawn as text, one span a line (such as chapter
     * 03's {@code SpanTree.render}).
     */
    public static void assertSameTreeText(String what, String expected, String actual) {
        Objects.requireNonNull(actual, what + ": the tree is null");
        Optional<String> difference = differenceOfLines(expected.lines().toList(), actual.lines().toList());
        if (difference.isPresent() || !expected.equals(actual)) {
            throw new AssertionFailedError(what + ": " + difference.orElse("the trees differ only in line endings "
                    + "or a missing last newline"), expected, actual);
        }
    }

    private static Optional<String> differenceOfLines(List<String> expected, List<String> actual) {
        int first = 0;
        while (first < expected.size() && first < actual.size() && expected.get(first).equals(actual.get(first))) {
            first++;
        }
        if (first == expected.size() && first == actual.size()) {
            return Optional.empty();
        }
        String headline = first == expected.size() ? "the actual tree has more spans, from line " + (first + 1)
                : first == actual.size() ? "the actual tree ends at line " + first + ", spans are missing"
                : "the trees differ at line " + (first + 1);
        return Optional.of(headline + "\nexpected:\n" + marked(expected, first) + "actual:\n" + marked(actual, first));
    }

    private static String marked(List<String> lines, int first) {
        StringBuilder out = new StringBuilder();
        if (lines.isEmpty()) {
            out.append(first == 0 ? MARK : NO_MARK).append("(no spans)\n");
        }
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == first ? MARK : NO_MARK).append(lines.get(i)).append('\n');
        }
        if (first == lines.size() && !lines.isEmpty()) {
            out.append(MARK).append("(nothing more)\n");
        }
        return out.toString();
    }

    private static List<String> lines(List<Node> forest) {
        List<String> lines = new ArrayList<>();
        forest.forEach(root -> appendLines(root, 0, lines));
        return lines;
    }

    private static void appendLines(Node node, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + node.label());
        node.children().forEach(child -> appendLines(child, depth + 1, lines));
    }
}
