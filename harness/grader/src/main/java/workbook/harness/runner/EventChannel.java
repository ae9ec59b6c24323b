package workbook.harness.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The runner's report channel: one JSON event per line on the process's real standard
 * output, each line starting with the run's nonce. The learner's {@code System.out} goes to
 * {@link OutputCapture} instead; a learner writing to the raw descriptor cannot produce a
 * line the grader accepts without the nonce. Each line is one {@code write} call, so lines
 * never interleave with each other. Thread-safe.
 */
final class EventChannel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private final String nonce;
    private final PackageRenamer renamer;

    EventChannel(String nonce, PackageRenamer renamer) {
        this.nonce = nonce;
        this.renamer = renamer;
    }

    synchronized void send(RunnerEvent event) {
        try {
            String line = "\n" + nonce + " " + renamer.restore(JSON.writeValueAsString(event)) + "\n";
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            // The grader is gone or the learner closed the descriptor: nothing left to report to.
            Runtime.getRuntime().halt(4);
        }
    }
}
