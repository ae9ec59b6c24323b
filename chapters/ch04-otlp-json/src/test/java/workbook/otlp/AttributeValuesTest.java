package workbook.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.testkit.Thrown;

class AttributeValuesTest {

    @Test
    @Tag("ch04.2")
    @DisplayName("ch04.2 each tag type sets the one AnyValue field that names it")
    void eachTypeSetsItsField() {
        assertThat(Json.write(AttributeValues.toAnyValue("OrderService"))).isEqualTo("{\"stringValue\":\"OrderService\"}");
        assertThat(Json.write(AttributeValues.toAnyValue(true))).isEqualTo("{\"boolValue\":true}");
        assertThat(Json.write(AttributeValues.toAnyValue(0.25))).isEqualTo("{\"doubleValue\":0.25}");
    }

    @Test
    @Tag("ch04.2")
    @DisplayName("ch04.2 a Long tag is an intValue written as a decimal string")
    void longIsADecimalString() {
        assertThat(Json.write(AttributeValues.toAnyValue(200L)))
                .as("OTLP/JSON writes 64-bit integers as strings")
                .isEqualTo("{\"intValue\":\"200\"}");
        assertThat(Json.write(AttributeValues.toAnyValue(Long.MIN_VALUE)))
                .isEqualTo("{\"intValue\":\"-9223372036854775808\"}");
    }

    @Test
    @Tag("ch04.6")
    @DisplayName("ch04.6 each AnyValue field reads back as its tag type")
    void eachFieldReadsBack() {
        assertThat(AttributeValues.readTag(Json.cursor("{\"stringValue\":\"OrderService\"}"))).isEqualTo("OrderService");
        assertThat(AttributeValues.readTag(Json.cursor("{\"boolValue\":false}"))).isEqualTo(false);
        assertThat(AttributeValues.readTag(Json.cursor("{\"intValue\":\"200\"}"))).isEqualTo(200L);
        assertThat(AttributeValues.readTag(Json.cursor("{\"intValue\":200}"))).as("a JSON integer is accepted too")
                .isEqualTo(200L);
        assertThat(AttributeValues.readTag(Json.cursor("{\"doubleValue\":0.25}"))).isEqualTo(0.25);
        assertThat(AttributeValues.readTag(Json.cursor("{\"doubleValue\":\"NaN\"}"))).isEqualTo(Double.NaN);
    }

    @Test
    @Tag("ch04.6")
    @DisplayName("ch04.6 an empty value or one with two fields is an error at its path")
    void notExactlyOneFieldIsAnError() {
        assertThat(Thrown.by(() -> AttributeValues.readTag(Json.cursor("{}"))))
                .isInstanceOf(OtlpFormatException.class)
                .hasMessageStartingWith("$: ")
                .hasMessageContaining("exactly one");
        assertThat(Thrown.by(() -> AttributeValues.readTag(Json.cursor("{\"stringValue\":\"a\",\"boolValue\":true}"))))
                .isInstanceOf(OtlpFormatException.class)
                .hasMessageContaining("stringValue")
                .hasMessageContaining("boolValue");
    }

    @Test
    @Tag("ch04.6")
    @DisplayName("ch04.6 a value of the wrong JSON type is an error naming the field's path")
    void wrongTypeIsAnError() {
        assertThat(Thrown.by(() -> AttributeValues.readTag(Json.cursor("{\"boolValue\":\"yes\"}"))))
                .isInstanceOf(OtlpFormatException.class)
                .hasMessageStartingWith("$.boolValue: ");
        assertThat(Thrown.by(() -> AttributeValues.readTag(Json.cursor("{\"intValue\":\"12x\"}"))))
                .isInstanceOf(OtlpFormatException.class)
                .hasMessageStartingWith("$.intValue: ");
    }
}
