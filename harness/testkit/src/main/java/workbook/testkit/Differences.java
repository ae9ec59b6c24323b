package workbook.testkit;

import java.util.Objects;

/**
 * Compares what a learner's code produced with what the reference produced, and, when they
 * differ, says where: the first differing character, with the expected and the actual text
 * cut around it. A whole export or span tree runs to thousands of characters, and feedback
 * is capped, so a message that printed both in full would show the start of the expected
 * value and never the learner's.
 */
public final class Differences {

    /** Characters shown before the first difference; about twice as many are shown after it. */
    static final int CONTEXT = 160;

    private Differences() {}

    /**
     * Fails with a message naming the first difference unless {@code actual} and
     * {@code expected} print the same ({@link String#valueOf(Object)}).
     *
     * @param what what is compared, such as {@code "the export of 12 spans"}
     */
    public static void assertSameText(String what, Object expected, Object actual) {
        String expectedText = String.valueOf(expected);
        String actualText = String.valueOf(actual);
        if (!expectedText.equals(actualText)) {
            throw new AssertionError(what + ": different from the reference's, " + describe(expectedText, actualText));
        }
    }

    /**
     * Fails like {@link #assertSameText} unless {@code actual.equals(expected)}; when they are
     * unequal but print the same, says so.
     */
    public static void assertEqual(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            String expectedText = String.valueOf(expected);
            String actualText = String.valueOf(actual);
            throw new AssertionError(what + ": different from the reference's, " + (expectedText.equals(actualText)
                    ? "although both print as:\n" + cut(expectedText, 0, 3 * CONTEXT)
                    : describe(expectedText, actualText)));
        }
    }

    /** Where two different texts first differ, and each cut around that place. */
    static String describe(String expected, String actual) {
        int at = 0;
        int shorter = Math.min(expected.length(), actual.length());
        while (at < shorter && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (expected.charAt(i) == '\n') {
                line++;
            }
        }
        int from = Math.max(0, at - CONTEXT);
        return "at character " + at + " (line " + line + ", " + expected.length() + " characters expected, "
                + actual.length() + " actual):\n"
                + "expected: " + cut(expected, from, at + 2 * CONTEXT) + "\n"
                + "actual:   " + cut(actual, from, at + 2 * CONTEXT);
    }

    private static String cut(String text, int from, int to) {
        int end = Math.min(text.length(), to);
        if (from >= end) {
            return from == 0 ? "(empty)" : "…(ends before this point)";
        }
        return (from > 0 ? "…" : "") + text.substring(from, end) + (end < text.length() ? "…" : "");
    }
}
