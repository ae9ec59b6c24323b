package workbook.propagation;

/**
 * HTTP's optional whitespace ({@code OWS}: spaces and horizontal tabs). HTTP allows it
 * around a field value and W3C {@code tracestate} around each list member; it is never
 * part of the value.
 */
final class Ows {

    private Ows() {}

    /** {@code text} without the spaces and tabs at its start and end (other whitespace stays). */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isOws(text.charAt(start))) {
            start++;
        }
        while (end > start && isOws(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }
}
