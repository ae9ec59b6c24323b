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
        // BEGIN SOLUTION ch06.3
        if (key == null || key.isEmpty()) {
            return false;
        }
        int at = key.indexOf('@');
        if (at < 0) {
            return key.length() <= 256 && isLcAlpha(key.charAt(0)) && keyChars(key, 1, key.length());
        }
        // The tenant is key[0, at), 1 to 241 characters (at == 0 fails its first-character test);
        // the system ID is key[at + 1, length), 1 to 14 characters; a second '@' is not a keychar.
        int systemLength = key.length() - at - 1;
        return at <= 241 && (isLcAlpha(key.charAt(0)) || isDigit(key.charAt(0))) && keyChars(key, 1, at)
                && systemLength >= 1 && systemLength <= 14
                && isLcAlpha(key.charAt(at + 1)) && keyChars(key, at + 2, key.length());
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
