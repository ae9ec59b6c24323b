package workbook.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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
 * <p>What it accepts follows protobuf's JSON mapping, which OTLP/JSON is, as protobuf's own
 * parser reads it: a 64-bit integer may be a JSON integer or a string holding one
 * ({@code "200"}, also {@code "2e2"}); a double may be a number, a string holding one, or
 * one of {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}; a boolean may be
 * {@code true} or the string {@code "true"}; a field may be named in lowerCamelCase
 * ({@code traceId}) or as in the {@code .proto} file ({@code trace_id}); a field set to
 * {@code null} counts as absent.
 *
 * <p>Immutable.
 */
public final class JsonCursor {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** A JSON number, as protobuf's parser also accepts it inside a string. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

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
        return optionalField(name).isPresent();
    }

    /** The field {@code name} of this object; an error when it is missing. */
    public JsonCursor field(String name) {
        return optionalField(name).orElseThrow(() -> problemAt(path + "." + name, "missing required field"));
    }

    /**
     * The field {@code name} (lowerCamelCase) of this object, empty when it is missing or null.
     * The field's {@code .proto} name ({@code trace_id} for {@code traceId}) is read too.
     */
    public Optional<JsonCursor> optionalField(String name) {
        for (String candidate : List.of(name, protoName(name))) {
            JsonNode value = object().get(candidate);
            if (value != null && !value.isNull()) {
                return Optional.of(new JsonCursor(value, path + "." + candidate));
            }
        }
        return Optional.empty();
    }

    /** {@code trace_id} for {@code traceId}: the name the {@code .proto} file gives a field. */
    private static String protoName(String jsonName) {
        return jsonName.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
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

    /** This value's text when it is a string that does not hold a number, such as an enum's name. */
    public Optional<String> textIfNotNumber() {
        return node.isTextual() && !NUMBER.matcher(node.textValue()).matches()
                ? Optional.of(node.textValue()) : Optional.empty();
    }

    /** This value as a boolean: {@code true} or {@code false}, or the same as a string. */
    public boolean bool() {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && (node.textValue().equals("true") || node.textValue().equals("false"))) {
            return node.textValue().equals("true");
        }
        throw problem("expected true or false, got " + describe(node));
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
        BigInteger value = integer();
        if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
            throw problem("expected a 64-bit integer, got " + value + ", which is out of range");
        }
        return value.longValue();
    }

    /**
     * This value as an OTLP time, a {@code fixed64} count of nanoseconds since 1970: never
     * negative, and, to fit the workbook's {@code long}, not after 2262-04-11T23:47:16.854775807Z.
     */
    public long fixed64() {
        BigInteger value = integer();
        if (value.signum() < 0 || value.compareTo(UINT64_MAX) > 0) {
            throw problem("expected an unsigned 64-bit integer (fixed64), got " + value + ", which is out of range");
        }
        if (value.compareTo(LONG_MAX) > 0) {
            throw problem("times after 2262-04-11T23:47:16.854775807Z are not supported: the workbook holds Unix"
                    + " nanoseconds in a signed 64-bit long, got " + value);
        }
        return value.longValue();
    }

    /** This value as a whole number: a JSON integer, or a string or number protobuf reads as one ({@code "2e2"}). */
    private BigInteger integer() {
        String text = node.isTextual() ? node.textValue() : node.isNumber() ? node.asText() : null;
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue();
        }
        if (text != null && NUMBER.matcher(text).matches() && text.length() <= 40) {
            BigDecimal number = new BigDecimal(text);
            if (number.precision() - number.scale() <= 40) {
                try {
                    return number.toBigIntegerExact();
                } catch (ArithmeticException notWhole) {
                    throw problem("expected a whole number, got " + describe(node));
                }
            }
            throw problem("expected a 64-bit integer, got " + text + ", which is out of range");
        }
        throw problem("expected a 64-bit integer as a decimal string, got " + describe(node));
    }

    /** This value as a double: a JSON number, or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
    public double float64() {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual() && NUMBER.matcher(node.textValue()).matches() && node.textValue().length() <= 400) {
            return Double.parseDouble(node.textValue());
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
