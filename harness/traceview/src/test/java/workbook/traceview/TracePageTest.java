package workbook.traceview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracePageTest {

    private static final List<ViewSpan> SPANS = List.of(
            ViewSpan.builder("t1", "r", "make_request", "Client").kind("CLIENT").seconds(0, 1)
                    .attribute("http.method", "GET").build(),
            ViewSpan.builder("t1", "c", "handle_request", "OrderService").parent("r").kind("SERVER")
                    .seconds(0.1, 0.9).error("timeout </script><b>").late(true)
                    .event(ViewSpan.nanos(0.5), "exception", Map.of("exception.type", "Timeout")).build());

    @Test
    void thePageIsSelfContainedAndRequestsNothingFromTheNetwork() {
        String page = TracePage.render("Demo", SPANS);

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Demo</title>")
                .doesNotContain("http://", "https://", "src=", "href=", "@import", "{{");
    }

    @Test
    void theEmbeddedDataHoldsEveryTraceAndSpanAndCannotCloseTheScript() throws Exception {
        String page = TracePage.render("a <title>", SPANS);

        assertThat(page).contains("<title>a &lt;title&gt;</title>");
        String json = between(page, "<script type=\"application/json\" id=\"trace-data\">", "</script>");
        assertThat(json).doesNotContain("<");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode data = mapper.readTree(json);
        assertThat(data.path("traces")).hasSize(1);
        assertThat(data.path("traces").get(0).path("n").asInt()).isEqualTo(2);
        String spansJson = between(page, "<script type=\"application/json\" id=\"spans-0\">", "</script>");
        assertThat(spansJson).doesNotContain("<");
        JsonNode spans = mapper.readTree(spansJson);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(1).path("err").asBoolean()).isTrue();
        assertThat(spans.get(1).path("late").asBoolean()).isTrue();
        assertThat(spans.get(1).path("msg").asText()).isEqualTo("timeout </script><b>");
        assertThat(spans.get(1).path("dp").asInt()).isEqualTo(1);
        assertThat(spans.get(0).path("a").get(0)).hasToString("[\"http.method\",\"GET\"]");
        assertThat(data.path("services")).hasToString("[\"Client\",\"OrderService\"]");
    }

    @Test
    void writesThePageToAFileLeavingNoTemporaryFileBehind(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("out/page.html");

        TracePage.write(page, "Demo", SPANS);

        assertThat(page).content().contains("make_request");
        try (var files = Files.list(page.getParent())) {
            assertThat(files).containsExactly(page);
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
