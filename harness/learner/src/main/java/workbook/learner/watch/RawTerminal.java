package workbook.learner.watch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Single key presses without Enter, as rustlings reads them: on POSIX the terminal is put in
 * raw mode with {@code stty} (no line buffering, no echo) and restored on exit, also on
 * Ctrl-C. Where that fails (Windows, no terminal) keys arrive after Enter. Not thread-safe.
 */
public final class RawTerminal implements AutoCloseable {

    private final String saved;

    private RawTerminal(String saved) {
        this.saved = saved;
    }

    /** Raw mode if this platform has stty and a terminal; otherwise line mode. */
    public static RawTerminal enter() {
        if (System.console() == null || File.separatorChar == '\\' || !new File("/dev/tty").exists()) {
            return new RawTerminal(null);
        }
        String saved = stty("-g");
        if (saved == null || stty("-icanon", "-echo", "min", "1") == null) {
            return new RawTerminal(null);
        }
        RawTerminal terminal = new RawTerminal(saved.strip());
        Runtime.getRuntime().addShutdownHook(new Thread(terminal::close, "workbook-restore-terminal"));
        return terminal;
    }

    public boolean raw() {
        return saved != null;
    }

    @Override
    public void close() {
        if (saved != null) {
            stty(saved);
        }
    }

    private static String stty(String... args) {
        try {
            Process process = new ProcessBuilder(concat(args)).redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static List<String> concat(String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add("stty");
        command.addAll(List.of(args));
        return command;
    }
}
