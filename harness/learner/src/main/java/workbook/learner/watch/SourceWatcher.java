package workbook.learner.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tells when the learner saved a source file of a folder: the platform's native file watching
 * where the JDK has it (inotify on Linux, ReadDirectoryChangesW on Windows), otherwise a
 * poll of the files' sizes and times every {@link #POLL_MILLIS} ms (the JDK's own fallback,
 * used on macOS, polls every few seconds: too slow for feedback in under a second). A change
 * counts only when the content of the {@code .java} files differs, so one save that an
 * editor writes in several steps gives one run. Runs on its own daemon thread.
 */
public final class SourceWatcher implements AutoCloseable {

    static final long POLL_MILLIS = 250;
    static final long SETTLE_MILLIS = 60;

    private final Path dir;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean closed;
    private volatile String lastDigest;
    private WatchService service;

    private SourceWatcher(Path dir, Runnable onChange, boolean allowNative) {
        this.dir = dir;
        this.onChange = onChange;
        this.lastDigest = digest(dir);
        this.service = allowNative ? nativeService() : null;
        this.thread = new Thread(service != null ? this::watchNative : this::poll, "workbook-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code dir} and everything below it. */
    public static SourceWatcher start(Path dir, Runnable onChange) {
        SourceWatcher watcher = new SourceWatcher(dir, onChange, !Boolean.getBoolean("workbook.watch.poll"));
        watcher.thread.start();
        return watcher;
    }

    public Path dir() {
        return dir;
    }

    /** "native" or "polling": which way this watcher learns of saves. */
    public String mode() {
        return service != null ? "native" : "polling";
    }

    private WatchService nativeService() {
        try {
            WatchService candidate = FileSystems.getDefault().newWatchService();
            if (candidate.getClass().getName().contains("Polling")) {
                candidate.close();
                return null;
            }
            registerAll(candidate);
            return candidate;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private void registerAll(WatchService watchService) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path folder : dirs.filter(Files::isDirectory).toList()) {
                folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watchNative() {
        try {
            while (!closed) {
                WatchKey key = service.take();
                // An editor's save is often several events (truncate, write, rename): let it settle.
                Thread.sleep(SETTLE_MILLIS);
                do {
                    key.pollEvents();
                    key.reset();
                    key = service.poll();
                } while (key != null);
                registerAll(service);
                changedMaybe();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        } catch (IOException e) {
            poll();
        }
    }

    private void poll() {
        try {
            while (!closed) {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                changedMaybe();
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    private void changedMaybe() {
        String now = digest(dir);
        if (!now.equals(lastDigest)) {
            lastDigest = now;
            onChange.run();
        }
    }

    /** A digest of every .java file's path and content below {@code dir}. */
    static String digest(Path dir) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(dir)) {
                List<Path> files;
                try (Stream<Path> walk = Files.find(dir, 32, (path, attributes) -> isSource(path, attributes))) {
                    files = walk.sorted().toList();
                }
                for (Path file : files) {
                    sha.update(dir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try {
                        sha.update(Files.readAllBytes(file));
                    } catch (IOException e) {
                        sha.update((byte) 0); // being written right now: the next event reads it again
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSource(Path path, BasicFileAttributes attributes) {
        return attributes.isRegularFile() && path.getFileName().toString().endsWith(".java");
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // nothing to release beyond what close did
            }
        }
    }
}
