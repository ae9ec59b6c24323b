package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;

/** The memory measurement's yardstick, as its javadoc states it. Provided code: no TODO's points. */
class SpanPayloadHiddenTest {

    @Test
    @DisplayName("provided code: a span's payload counts its IDs, UTF-8 names, kind, times, tags and logs as documented")
    void payloadIsCountedAsDocumented() {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("http.route", "/cart"); // 10 + 5
        tags.put("error", true);         // 5 + 1
        tags.put("items", 3L);           // 5 + 8
        List<SpanLog> logs = List.of(new SpanLog(0.5, "exception", Map.of("exception.type", "X"))); // 8 + 9 + 14 + 1
        SpanData root = new SpanData("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null, "checkout", "wéb",
                SpanKind.SERVER, 0.0, 1.0, tags, logs);
        SpanData child = new SpanData("4bf92f3577b34da6a3ce929d0e0e4736", "b7ad6b7169203331", "00f067aa0ba902b7",
                "checkout", "wéb", SpanKind.SERVER, 0.0, 1.0, Map.of(), List.of());

        // IDs 16 + 8, "checkout" 8 and "wéb" 4 bytes in UTF-8, kind 1, two times 8 each
        assertThat(SpanPayload.bytes(child)).as("a child: its parent's 8 bytes more").isEqualTo(24 + 8 + 8 + 4 + 1 + 16);
        assertThat(SpanPayload.bytes(root)).isEqualTo(24 + 8 + 4 + 1 + 16 + (15 + 6 + 13) + (8 + 9 + 14 + 1));
    }
}
