package workbook.otlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags and log fields to OTLP attributes and back. A workbook tag is a {@code String},
 * {@code Boolean}, {@code Long} or {@code Double}; an OTLP attribute value ({@code AnyValue})
 * says its type by which field it sets, so the type survives the trip through JSON: the tag
 * {@code http.status_code=200L} becomes {@code {"intValue": "200"}}, not the string
 * {@code "200"}.
 *
 * <p>Stateless.
 */
final class AttributeValues {

    private AttributeValues() {}

    /** The attributes of a span, event or resource, in the tags' order. */
    static List<Otlp.KeyValue> toAttributes(Map<String, Object> tags) {
        List<Otlp.KeyValue> attributes = new ArrayList<>(tags.size());
        tags.forEach((key, value) -> attributes.add(new Otlp.KeyValue(key, toAnyValue(value))));
        return attributes;
    }

    /**
     * The OTLP value of one tag: exactly one field set, the one that names its type.
     *
     * @throws IllegalArgumentException for a value of another type, naming it
     */
    static Otlp.AnyValue toAnyValue(Object tag) {
        // BEGIN SOLUTION ch04.2
        if (tag instanceof String text) {
            return new Otlp.AnyValue(text, null, null, null);
        }
        if (tag instanceof Boolean flag) {
            return new Otlp.AnyValue(null, flag, null, null);
        }
        if (tag instanceof Long number) {
            return new Otlp.AnyValue(null, null, number, null);
        }
        if (tag instanceof Double number) {
            return new Otlp.AnyValue(null, null, null, number);
        }
        throw new IllegalArgumentException("a tag must be a String, Boolean, Long or Double, got "
                + (tag == null ? "null" : tag.getClass().getName()));
        // END SOLUTION
    }

    /**
     * The tags of an {@code attributes} array: an error for a duplicate key, naming where it
     * is, because a map cannot keep both values.
     */
    static Map<String, Object> readAttributes(List<JsonCursor> attributes) {
        Map<String, Object> tags = new LinkedHashMap<>();
        for (JsonCursor attribute : attributes) {
            String key = attribute.field("key").text();
            if (key.isBlank()) {
                throw attribute.field("key").problem("an attribute key must not be blank");
            }
            if (tags.put(key, readTag(attribute.field("value"))) != null) {
                throw attribute.field("key").problem("duplicate attribute key \"" + key + "\"");
            }
        }
        return tags;
    }

    /**
     * The tag an OTLP {@code AnyValue} holds. It must set exactly one of {@code stringValue},
     * {@code boolValue}, {@code intValue} and {@code doubleValue}; the other kinds of
     * {@code AnyValue} (arrays, key-value lists, bytes) have no workbook tag type and are an
     * error, as is an empty value.
     */
    static Object readTag(JsonCursor value) {
        // BEGIN SOLUTION ch04.6
        for (String unsupported : List.of("arrayValue", "kvlistValue", "bytesValue")) {
            if (value.has(unsupported)) {
                throw value.problem(unsupported + " is not supported: workbook tags are strings, booleans,"
                        + " 64-bit integers or doubles");
            }
        }
        List<String> set = new ArrayList<>();
        for (String field : List.of("stringValue", "boolValue", "intValue", "doubleValue")) {
            if (value.has(field)) {
                set.add(field);
            }
        }
        if (set.size() != 1) {
            throw value.problem("expected exactly one of stringValue, boolValue, intValue, doubleValue, got "
                    + (set.isEmpty() ? "none" : String.join(" and ", set)));
        }
        JsonCursor field = value.field(set.get(0));
        return switch (set.get(0)) {
            case "stringValue" -> field.text();
            case "boolValue" -> field.bool();
            case "intValue" -> field.int64();
            default -> field.float64();
        };
        // END SOLUTION
    }
}
