package workbook.engine.runner;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import workbook.engine.protocol.EventParser;
import workbook.engine.protocol.RunnerEvent;

/**
 * The runner's report channel: one JSON event per line on the process's real standard
 * output, each line starting with the JVM's nonce (see {@link EventParser}). The learner's
 * {@code System.out} goes to {@link OutputCapture} instead; a learner writing to the raw
 * descriptor cannot produce a line the grader accepts without the nonce. Each line is one
 * {@code write} call, so lines never interleave with each other. Thread-safe.
 */
final class EventChannel {

    private static final OutputStream OUT = new FileOutputStream(FileDescriptor.out);

    private final EventParser format;
    private final PackageRenamer renamer;

    EventChannel(EventParser format, PackageRenamer renamer) {
        this.format = format;
        this.renamer = renamer;
    }

    /** The same channel, translating a chapter's random reference package back. */
    EventChannel restoring(PackageRenamer chapterRenamer) {
        return new EventChannel(format, chapterRenamer);
    }

    void send(RunnerEvent event) {
        String line = "\n" + renamer.restore(format.format(event)) + "\n";
        synchronized (OUT) {
            try {
                OUT.write(line.getBytes(StandardCharsets.UTF_8));
                OUT.flush();
            } catch (IOException e) {
                // The grader is gone or the learner closed the descriptor: nothing left to report to.
                Runtime.getRuntime().halt(4);
            }
        }
    }
}
