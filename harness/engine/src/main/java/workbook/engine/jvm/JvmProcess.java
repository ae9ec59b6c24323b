package workbook.engine.jvm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import workbook.engine.protocol.EventParser;
import workbook.engine.protocol.RunnerEvent;

/**
 * One running test JVM, seen from outside: its standard input (setup, then requests), its
 * events as they arrive, and everything else it prints counted as junk (capped, kept in part
 * for diagnosis). A reader thread turns standard output into events; the end of the stream
 * is signalled with an empty optional. Thread-safe.
 */
final class JvmProcess {

    private static final int MAX_LINE = 1 << 20;
    private static final int KEPT_DIAGNOSTICS = 16 * 1024;

    private final Process process;
    private final OutputStream stdin;
    private final EventParser parser;
    private final BlockingQueue<Optional<RunnerEvent>> events = new LinkedBlockingQueue<>();
    private final AtomicLong junk = new AtomicLong();
    private final StringBuilder diagnostics = new StringBuilder();

    private JvmProcess(Process process, EventParser parser) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.parser = parser;
        Thread out = new Thread(this::readEvents, "workbook-test-jvm-out");
        out.setDaemon(true);
        out.start();
        Thread err = new Thread(this::drainErrors, "workbook-test-jvm-err");
        err.setDaemon(true);
        err.start();
    }

    static JvmProcess start(List<String> command, Path workDir, EventParser parser) {
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
            Map<String, String> environment = builder.environment();
            String path = environment.getOrDefault("PATH", "/usr/bin:/bin");
            environment.clear();
            environment.put("PATH", path);
            environment.put("LANG", "C.UTF-8");
            environment.put("TZ", "UTC");
            environment.put("HOME", workDir.toString());
            return new JvmProcess(builder.start(), parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test JVM " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** Sends one line; false when the JVM no longer reads. */
    boolean send(String line) {
        try {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The next event, empty at the end of the stream, null when none came within the wait. */
    Optional<RunnerEvent> next(long millis) throws InterruptedException {
        return events.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Bytes printed outside the event channel since the last {@link #resetJunk()}. */
    long junkBytes() {
        return junk.get();
    }

    void resetJunk() {
        junk.set(0);
        synchronized (diagnostics) {
            diagnostics.setLength(0);
        }
    }

    /** What the JVM printed outside the event channel lately (stderr and stray stdout), capped. */
    String diagnostics() {
        synchronized (diagnostics) {
            return diagnostics.toString();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the JVM to end by itself, then kills it and everything it started. Returns the exit status. */
    int stop(long waitMillis) {
        try {
            if (!process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
                kill();
            }
            process.waitFor();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
        kill();
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** Closes the JVM's standard input: the runner ends when it has read everything before. */
    void endInput() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** Kills the JVM and every process it started. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void readEvents() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean overlong = false;
        byte[] buffer = new byte[8192];
        int read;
        try (InputStream in = process.getInputStream()) {
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (!overlong) {
                            handle(line.toString(StandardCharsets.UTF_8));
                        }
                        line.reset();
                        overlong = false;
                    } else if (overlong) {
                        junk.incrementAndGet();
                    } else {
                        line.write(b);
                        if (line.size() > MAX_LINE) {
                            junk.addAndGet(line.size());
                            line.reset();
                            overlong = true;
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the stream breaks when the process is killed
        } finally {
            events.add(Optional.empty());
        }
    }

    private void handle(String line) {
        Optional<RunnerEvent> event = parser.parse(line);
        if (event.isPresent()) {
            events.add(event);
            return;
        }
        junk.addAndGet(line.length());
        if (!line.isBlank()) {
            keep(line.substring(0, Math.min(line.length(), 500)) + "\n");
        }
    }

    private void drainErrors() {
        byte[] buffer = new byte[8192];
        int read;
        try (InputStream in = process.getErrorStream()) {
            while ((read = in.read(buffer)) > 0) {
                junk.addAndGet(read);
                keep(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private void keep(String text) {
        synchronized (diagnostics) {
            diagnostics.append(text);
            if (diagnostics.length() > KEPT_DIAGNOSTICS) {
                diagnostics.delete(0, diagnostics.length() - KEPT_DIAGNOSTICS);
            }
        }
    }
}
