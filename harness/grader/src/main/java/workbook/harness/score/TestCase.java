package workbook.harness.score;

import java.util.List;
import workbook.testkit.TodoId;

/**
 * One scored test of a chapter, as found by discovery on the reference: the unit a TODO's
 * points are split over. Immutable.
 *
 * @param uniqueId    the JUnit Platform unique ID, stable across runs
 * @param className   the top-level test class
 * @param displayName what the test checks, in words
 * @param todos       the TODO IDs it is tagged with ({@code @Tag("ch01.3")})
 * @param visible     true for a visible test (in the learner's kit), false for a hidden one
 */
public record TestCase(String uniqueId, String className, String displayName, List<String> todos,
        boolean visible) {

    public TestCase {
        todos = List.copyOf(todos);
    }

    /** The behaviour in words: the display name without its TODO ID, or the method name split into words. */
    public String behaviour() {
        String name = displayName.replaceFirst("^" + TodoId.PATTERN.pattern() + "\\s+", "");
        if (name.matches("[a-z][A-Za-z0-9_]*(\\(.*\\))?")) {
            name = name.replaceFirst("\\(.*\\)$", "")
                    .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
        }
        return name;
    }
}
