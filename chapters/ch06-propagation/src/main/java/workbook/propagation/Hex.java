package workbook.propagation;

/** Checks for the lowercase hex digits W3C Trace Context uses everywhere. */
final class Hex {

    private Hex() {}

    /** True when {@code text} is not empty and has only {@code 0-9} and {@code a-f}. */
    static boolean isLowercase(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
