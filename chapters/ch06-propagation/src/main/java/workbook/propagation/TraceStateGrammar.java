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
        // TODO ch06.3: Read tracestate within its grammar and limits
        //   Hint: All tracestate fields form one list, joined by commas; trim spaces and tabs around each member, skip empty members and split the rest at the first '=' (docs/ch06-propagation.md#ch063).
        throw new UnsupportedOperationException("TODO ch06.3: Read tracestate within its grammar and limits");
    }

    /** True for 1 to 256 printable ASCII characters without {@code ,} and {@code =}, not ending in a space. */
    static boolean isValidValue(String value) {
        // TODO ch06.3: Read tracestate within its grammar and limits
        //   Hint: All tracestate fields form one list, joined by commas; trim spaces and tabs around each member, skip empty members and split the rest at the first '=' (docs/ch06-propagation.md#ch063).
        throw new UnsupportedOperationException("TODO ch06.3: Read tracestate within its grammar and limits");
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
