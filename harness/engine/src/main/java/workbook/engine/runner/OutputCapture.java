package workbook.engine.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code System.out} and {@code System.err} go while tests run: into the current
 * test's buffer, of which the first {@code kept} bytes are kept for feedback while all are
 * counted. A test that prints more than the grader's limit fails as a flood: the print that
 * crosses the limit throws {@link OutputFloodError}, so a flood ends at once and the same way
 * on any machine. Output between tests (a static block run while a test class loads, a thread
 * left running) is not kept but is counted too, against the same limit, until the next test
 * begins. Thread-safe: threads a test started print into the same buffer.
 */
final class OutputCapture extends OutputStream {

    private final int kept;
    private final long limit;
    private ByteArrayOutputStream buffer;
    private long total;
    private long outside;

    OutputCapture(int kept, long limit) {
        this.kept = kept;
        this.limit = limit;
    }

    /** Thrown into the code that prints past the limit. */
    static final class OutputFloodError extends Error {
        private static final long serialVersionUID = 1L;

        OutputFloodError(long limit) {
            super("printed more than " + limit + " bytes (output flood)", null, false, false);
        }
    }

    synchronized void begin() {
        buffer = new ByteArrayOutputStream();
        total = 0;
        outside = 0;
    }

    /** Ends the current test's capture: what it printed (the kept part) and how much in all. */
    synchronized Captured end() {
        Captured captured = buffer == null ? new Captured("", 0)
                : new Captured(buffer.toString(StandardCharsets.UTF_8), total);
        buffer = null;
        return captured;
    }

    record Captured(String text, long totalBytes) {}

    @Override
    public synchronized void write(int b) {
        if (buffer != null) {
            total++;
            if (buffer.size() < kept) {
                buffer.write(b);
            }
        } else {
            outside++;
        }
        checkLimit();
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        if (buffer != null) {
            total += length;
            int room = Math.max(0, kept - buffer.size());
            buffer.write(bytes, offset, Math.min(room, length));
        } else {
            outside += length;
        }
        checkLimit();
    }

    private void checkLimit() {
        if (total > limit || outside > limit) {
            throw new OutputFloodError(limit);
        }
    }
}
