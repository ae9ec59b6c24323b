package workbook.trace;

/** The rule trace and span IDs share: fixed-length lowercase hex, not all zeros. */
final class HexIds {

    private HexIds() {}

    /** {@code id} when valid; otherwise an error naming the field, the rule and the value. */
    static String requireValid(String name, String id, int length) {
        if (!isValid(id, length)) {
            throw new IllegalArgumentException(name + " must be " + length
                    + " lowercase hex characters, not all zero, got " + (id == null ? "null" : "'" + id + "'"));
        }
        return id;
    }

    /**
     * True when {@code id} has exactly {@code length} characters, each in
     * {@code 0-9} or {@code a-f}, and at least one of them is not {@code 0}.
     */
    static boolean isValid(CharSequence id, int length) {
        // BEGIN SOLUTION ch01.1
        if (id == null || id.length() != length) {
            return false;
        }
        // Single & and | with no early return: on random IDs, "digit or letter?" is a coin toss a
        // branch predictor guesses wrong a third of the time (chapter 09 measures it).
        boolean allHex = true;
        boolean anyNonZero = false;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            allHex &= (c >= '0' & c <= '9') | (c >= 'a' & c <= 'f');
            anyNonZero |= c != '0';
        }
        return allHex & anyNonZero;
        // END SOLUTION
    }
}
