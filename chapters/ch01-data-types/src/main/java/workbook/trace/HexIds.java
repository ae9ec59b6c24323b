package workbook.trace;

/** The rule trace and span IDs share: fixed-length lowercase hex, not all zeros. */
final class HexIds {

    /**
     * Which characters an ID may hold: {@code HEX_DIGIT[c]} is true for {@code 0-9} and
     * {@code a-f}. One entry for every {@code char} value (65 536 of them, 64 KiB), so that any
     * character can be looked up without first testing that it is in range.
     */
    private static final boolean[] HEX_DIGIT = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : "0123456789abcdef".toCharArray()) {
            HEX_DIGIT[c] = true;
        }
    }

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
        // TODO ch01.1: Decide which strings are valid trace and span IDs
        //   Hint: Three rules: exact length, only the characters 0-9 and a-f (the HEX_DIGIT table above is given for you: it says which), not all zeros (docs/ch01-data-types.md#ch011).
        throw new UnsupportedOperationException("TODO ch01.1: Decide which strings are valid trace and span IDs");
    }
}
