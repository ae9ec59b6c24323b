package workbook.propagation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The header fields of a request: what carries the trace context from one service to the
 * next, instead of the seed's global {@code Storage}. Names are compared ignoring case, as
 * HTTP does ({@code TraceParent} and {@code traceparent} are the same field); a name may
 * appear several times, and the order of the fields is kept, because W3C
 * {@code tracestate} may arrive split over several fields that must be joined in order.
 *
 * <p>Immutable: {@link #with} and {@link #replacing} return new headers, so a request's
 * headers cannot change after it is sent, and one request's context can never leak into
 * another's.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(List.of());

    private final List<Map.Entry<String, String>> fields;

    private Headers(List<Map.Entry<String, String>> fields) {
        this.fields = fields;
    }

    /** No fields. */
    public static Headers empty() {
        return EMPTY;
    }

    /** These headers plus the field {@code name: value}, after any fields already present. */
    public Headers with(String name, String value) {
        requireName(name);
        Objects.requireNonNull(value, () -> "value of header '" + name + "'");
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("value of header '" + name
                    + "' must not contain CR or LF, got '" + value.replace("\r", "\\r").replace("\n", "\\n") + "'");
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(fields);
        more.add(Map.entry(name, value));
        return new Headers(List.copyOf(more));
    }

    /** These headers with every field called {@code name} (any case) replaced by one {@code name: value}. */
    public Headers replacing(String name, String value) {
        return without(name).with(name, value);
    }

    /** These headers without the fields called {@code name}, in any case. */
    public Headers without(String name) {
        requireName(name);
        return new Headers(fields.stream().filter(field -> !field.getKey().equalsIgnoreCase(name)).toList());
    }

    /** The values of every field called {@code name} (any case), in the order they were added. */
    public List<String> values(String name) {
        requireName(name);
        return fields.stream()
                .filter(field -> field.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** All fields in order, names as they were given: what goes on the wire. */
    public List<Map.Entry<String, String>> fields() {
        return fields;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers headers && fields.equals(headers.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    /** One {@code name: value} per field, e.g. {@code {traceparent: 00-4bf9...-01}}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, String> field : fields) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(field.getKey()).append(": ").append(field.getValue());
        }
        return text.append('}').toString();
    }

    private static void requireName(String name) {
        if (name == null || name.isEmpty() || !name.chars().allMatch(Headers::isTokenChar)) {
            throw new IllegalArgumentException("header name must be a non-empty HTTP token (letters, digits,"
                    + " !#$%&'*+-.^_`|~), got " + (name == null ? "null" : "'" + name + "'"));
        }
    }

    private static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
