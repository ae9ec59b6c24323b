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
        // TODO ch04.2: Write each tag as a typed OTLP value
        //   Hint: An AnyValue sets exactly one field, and the field names the type (docs/ch04-otlp-json.md#ch042).
        throw new UnsupportedOperationException("TODO ch04.2: Write each tag as a typed OTLP value");
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
        // TODO ch04.6: Read a typed OTLP value back into a tag
        //   Hint: Exactly one of stringValue, boolValue, intValue and doubleValue must be set; anything else is an error at this value's path (docs/ch04-otlp-json.md#ch046).
        throw new UnsupportedOperationException("TODO ch04.6: Read a typed OTLP value back into a tag");
    }
}
