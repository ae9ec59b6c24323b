package workbook.propagation;

/**
 * The W3C grammar of a {@code tracestate} list member, {@code key=value}, as the current
 * specification (and the official test suite) has it:
 *
 * <pre>
 * key      = ( lcalpha / DIGIT ) 0*255( keychar )
 * keychar  = lcalpha / DIGIT / "_" / "-" / "*" / "/" / "@"
 * lcalpha  = %x61-7A                               ; a-z
 * value    = 0*255( chr ) nblk-chr
 * nblk-chr = %x21-2B / %x2D-3C / %x3E-7E            ; printable ASCII but ',' '=' and space
 * chr      = %x20 / nblk-chr
 * </pre>
 *
 * So a key is 1 to 256 characters that start with a lowercase letter or a digit
 * ({@code rojo}, {@code 0vendor}, {@code tenant@system}, even {@code foo@}); a value is 1 to
 * 256 printable characters without {@code ,} or {@code =} that may start with spaces but not
 * end with one.
 *
 * <p>Earlier texts of the specification had a stricter multi-tenant form, {@code tenant@system}
 * with at most one {@code @} and limits of its own; the current text and the official test
 * suite have only the rule above.
 */
final class TraceStateGrammar {

    private TraceStateGrammar() {}

    /** True for 1 to 256 characters of a-z 0-9 _ - * / @ that start with a-z or 0-9. */
    static boolean isValidKey(String key) {
        // BEGIN SOLUTION ch06.3
        if (key == null || key.isEmpty() || key.length() > 256) {
            return false;
        }
        char first = key.charAt(0);
        if (!isLcAlpha(first) && !isDigit(first)) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            if (!isKeyChar(key.charAt(i))) {
                return false;
            }
        }
        return true;
        // END SOLUTION
    }

    /** True for 1 to 256 printable ASCII characters without {@code ,} and {@code =}, not ending in a space. */
    static boolean isValidValue(String value) {
        // BEGIN SOLUTION ch06.3
        if (value == null || value.isEmpty() || value.length() > 256 || value.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == ',' || c == '=') {
                return false;
            }
        }
        return true;
        // END SOLUTION
    }

    /** True for a character a key may have after its first: a-z 0-9 _ - * / @. */
    private static boolean isKeyChar(char c) {
        return isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '*' || c == '/' || c == '@';
    }

    private static boolean isLcAlpha(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
