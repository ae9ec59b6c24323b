package workbook.traceview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import workbook.traceview.ViewSpan;

class ViewCommandTest {

    /** Two spans of one trace, as chapter 04's exporter writes them, plus a field OTLP may add later. */
    static final String OTLP = """
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"OrderService"}}]},
              "scopeSpans":[{"scope":{"name":"workbook"},"spans":[
                {"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"b7ad6b7169203331","name":"handle_request",
                 "kind":2,"startTimeUnixNano":"1735689600000000000","endTimeUnixNano":"1735689600250000000",
                 "attributes":[{"key":"http.status_code","value":{"intValue":"500"}}],
                 "events":[{"timeUnixNano":"1735689600100000000","name":"exception",
                            "attributes":[{"key":"exception.message","value":{"stringValue":"timeout"}}]}],
                 "status":{"code":2,"message":"timeout"},"futureField":1},
                {"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"00f067aa0ba902b7","parentSpanId":"b7ad6b7169203331",
                 "name":"query","kind":3,"startTimeUnixNano":"1735689600050000000","endTimeUnixNano":"1735689600090000000"}
              ]}]}]}
            """;

    @Test
    void readsOtlpJsonWithTheOfficialSchema(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("traces.json"), OTLP);

        List<ViewSpan> spans = OtlpTraceReader.read(file);

        assertThat(spans).hasSize(2);
        ViewSpan root = spans.get(0);
        assertThat(root.traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(root.service()).isEqualTo("OrderService");
        assertThat(root.kind()).isEqualTo("SERVER");
        assertThat(root.durationNanos()).isEqualTo(250_000_000L);
        assertThat(root.error()).isTrue();
        assertThat(root.statusMessage()).isEqualTo("timeout");
        assertThat(root.attributes()).containsEntry("http.status_code", "500");
        assertThat(root.events()).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo("exception");
            assertThat(event.attributes()).containsEntry("exception.message", "timeout");
        });
        assertThat(spans.get(1).parentSpanId()).isEqualTo("b7ad6b7169203331");
        assertThat(spans.get(1).kind()).isEqualTo("CLIENT");
    }

    @Test
    void readsOneDocumentPerLineAsTheCollectorsFileExporterWrites(@TempDir Path folder) throws Exception {
        String line = OTLP.replace("\n", "");
        Path file = Files.writeString(folder.resolve("traces.jsonl"), line + "\n" + line + "\n");

        assertThat(OtlpTraceReader.read(file)).hasSize(4);
    }

    @Test
    void writesThePageAndSaysWhatItHolds(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("traces.json"), OTLP);
        Path page = folder.resolve("page.html");
        StringWriter out = new StringWriter();

        int status = ViewCommand.commandLine().setOut(new PrintWriter(out)).execute(file.toString(), "--out", page.toString());

        assertThat(status).isZero();
        assertThat(out).hasToString("Wrote " + page + ": 1 traces, 2 spans" + System.lineSeparator());
        assertThat(page).content().contains("handle_request", "OrderService");
    }

    @Test
    void aFileThatIsNotOtlpFailsWithItsNameAndTheReason(@TempDir Path folder) throws Exception {
        Path badId = Files.writeString(folder.resolve("bad.json"), OTLP.replace("b7ad6b7169203331\",\"name", "xyz\",\"name"));
        Path notJson = Files.writeString(folder.resolve("no.json"), "{not json");
        Path notOtlp = Files.writeString(folder.resolve("other.json"), "{\"spans\": []}");

        assertThat(run(folder, badId)).contains("view: " + badId + ": spanId 'xyz' is not hex");
        assertThat(run(folder, notJson)).startsWith("view: " + notJson + " is not JSON");
        assertThat(run(folder, notOtlp)).contains("is not OTLP/JSON trace data: expected an object with \"resourceSpans\"");
        assertThat(run(folder, folder.resolve("missing.json"))).contains("missing.json: no such file");
    }

    @Test
    void aValueOfTheWrongTypeIsRejectedByProtobuf(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("bad.json"),
                OTLP.replace("\"startTimeUnixNano\":\"1735689600000000000\"", "\"startTimeUnixNano\":\"soon\""));

        assertThat(run(folder, file)).contains("is not valid OTLP/JSON");
    }

    private static String run(Path folder, Path input) {
        StringWriter err = new StringWriter();
        CommandLine command = ViewCommand.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()));
        assertThat(command.execute(input.toString(), "--out", folder.resolve("page.html").toString())).isEqualTo(1);
        return err.toString();
    }
}
