package workbook.traceview;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Small helpers for the view's values: ordered, null-free, read-only copies and their text. */
final class Texts {

    private Texts() {}

    /** A read-only copy that keeps {@code values}' order; null keys or values are rejected by name. */
    static Map<String, String> orderedCopy(Map<String, String> values, String what) {
        Objects.requireNonNull(values, what);
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(Objects.requireNonNull(key, what + " key"),
                Objects.requireNonNull(value, what + " value of '" + key + "'")));
        return Collections.unmodifiableMap(copy);
    }

    /** Any attribute value as the view shows it: strings as they are, everything else by {@code String.valueOf}. */
    static String show(Object value) {
        return String.valueOf(value);
    }
}
