package workbook.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value types a tag or log field may hold: {@code String}, {@code Boolean},
 * {@code Long} and {@code Double}, the scalar types of OTLP's {@code AnyValue}. Other
 * integers are widened to {@code Long}, {@code Float} to {@code Double}.
 */
final class TagValues {

    private TagValues() {}

    /** {@code value} as one of the four tag types, or an error naming {@code key}. */
    static Object normalize(String key, Object value) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("tag key must not be blank, got " + (key == null ? "null" : "'" + key + "'"));
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        throw new IllegalArgumentException("tag '" + key + "' must be a String, Boolean, Long or Double, got "
                + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
    }

    /** An immutable, insertion-ordered copy with every value normalized. */
    static Map<String, Object> copyOf(Map<String, ?> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((key, value) -> copy.put(key, normalize(key, value)));
        return Collections.unmodifiableMap(copy);
    }
}
