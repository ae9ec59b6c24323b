package workbook.propagation;

/**
 * The W3C grammar of a {@code tracestate} list member, {@code key=value}:
 *
 * <pre>
 * key              = simple-key / multi-tenant-key
 * simple-key       = lcalpha 0*255( keychar )
 * multi-tenant-key = tenant-id "@" system-id
 * tenant-id        = ( lcalpha / DIGIT ) 0*240( keychar )
 * system-id        = lcalpha 0*13( keychar )
 * keychar          = lcalpha / DIGIT / "_" / "-" / "*" / "/"
 * value            = 0*255( chr ) nblk-chr
 * nblk-chr         = %x21-2B / %x2D-3C / %x3E-7E     ; printable ASCII but ',' '=' and space
 * chr              = %x20 / nblk-chr
 * </pre>
 *
 * So a key is 1 to 256 characters, a value 1 to 256 printable characters without
 * {@code ,} or {@code =} that may start with spaces but not end with one.
 */
final class TraceStateGrammar {

    private TraceStateGrammar() {}

    /** True for a simple or a multi-tenant ({@code tenant@system}) key. */
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

    /** True when every character of {@code key} from {@code start} to {@code end} is a keychar. */
    private static boolean keyChars(String key, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = key.charAt(i);
            if (!(isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '*' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLcAlpha(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
