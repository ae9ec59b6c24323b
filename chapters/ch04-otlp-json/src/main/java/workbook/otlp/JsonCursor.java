package workbook.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A position in a parsed JSON document that knows its path, so every complaint about the
 * input says exactly where it is ({@code $.resourceSpans[0].scopeSpans[1].spans[3].name}).
 * The importer reads OTLP/JSON with it instead of binding the JSON to records, because the
 * input comes from other programs: a field may be missing, of the wrong type or malformed,
 * and the reader must say which one, where.
 *
 * <p>What it accepts follows protobuf's JSON mapping, which OTLP/JSON is: a 64-bit integer
 * may be a string of digits or a JSON integer; a double may be a number or one of the
 * strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}; a field set to
 * {@code null} counts as absent.
 *
 * <p>Immutable.
 */
public final class JsonCursor {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final JsonNode node;
    private final String path;

    private JsonCursor(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The cursor at the root of a document, path {@code $}. */
    public static JsonCursor root(JsonNode document) {
        return new JsonCursor(Objects.requireNonNull(document, "document"), "$");
    }

    /** Where this cursor is. */
    public String path() {
        return path;
    }

    /** True when this object has the field with a non-null value. */
    public boolean has(String name) {
        JsonNode value = object().get(name);
        return value != null && !value.isNull();
    }

    /** The field {@code name} of this object; an error when it is missing. */
    public JsonCursor field(String name) {
        return optionalField(name).orElseThrow(() -> problemAt(path + "." + name, "missing required field"));
    }

    /** The field {@code name} of this object, empty when it is missing or null. */
    public Optional<JsonCursor> optionalField(String name) {
        JsonNode value = object().get(name);
        return value == null || value.isNull()
                ? Optional.empty()
                : Optional.of(new JsonCursor(value, path + "." + name));
    }

    /** The elements of the array field {@code name}; none when the field is missing. */
    public List<JsonCursor> elements(String name) {
        return optionalField(name).map(JsonCursor::elements).orElse(List.of());
    }

    /** The elements of this array. */
    public List<JsonCursor> elements() {
        if (!node.isArray()) {
            throw problem("expected an array, got " + describe(node));
        }
        List<JsonCursor> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonCursor(node.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    /** This value as a string. */
    public String text() {
        if (!node.isTextual()) {
            throw problem("expected a string, got " + describe(node));
        }
        return node.textValue();
    }

    /** This value as a boolean. */
    public boolean bool() {
        if (!node.isBoolean()) {
            throw problem("expected true or false, got " + describe(node));
        }
        return node.booleanValue();
    }

    /** This value as a 32-bit integer, such as an enum's number. */
    public int int32() {
        long value = int64();
        if (value != (int) value) {
            throw problem("expected a 32-bit integer, got " + value);
        }
        return (int) value;
    }

    /** This value as a 64-bit integer: a string of decimal digits (as OTLP/JSON writes it) or a JSON integer. */
    public long int64() {
        BigInteger value;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else if (node.isTextual() && node.textValue().matches("-?[0-9]{1,20}")) {
            value = new BigInteger(node.textValue());
        } else {
            throw problem("expected a 64-bit integer as a decimal string, got " + describe(node));
        }
        if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
            throw problem("expected a 64-bit integer, got " + value + ", which is out of range");
        }
        return value.longValue();
    }

    /** This value as a double: a JSON number, or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
    public double float64() {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            switch (node.textValue()) {
                case "NaN" -> {
                    return Double.NaN;
                }
                case "Infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-Infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> { }
            }
        }
        throw problem("expected a number, got " + describe(node));
    }

    /** An error about this value, to throw. */
    public OtlpFormatException problem(String problem) {
        return problemAt(path, problem);
    }

    @Override
    public String toString() {
        return path + " = " + node;
    }

    private JsonNode object() {
        if (!node.isObject()) {
            throw problem("expected an object, got " + describe(node));
        }
        return node;
    }

    private static OtlpFormatException problemAt(String path, String problem) {
        return new OtlpFormatException(path, problem);
    }

    /** A value's JSON type and, for short ones, the value itself: {@code a string "abc"}. */
    private static String describe(JsonNode value) {
        String shown = value.toString();
        String text = shown.length() <= 40 ? " " + shown : "";
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string" + text;
            case NUMBER -> "a number" + text;
            case BOOLEAN -> "a boolean" + text;
            default -> "null";
        };
    }
}
