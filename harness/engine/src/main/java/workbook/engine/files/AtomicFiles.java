package workbook.engine.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a kill at any moment leaves it either whole or absent (or, when it
 * existed, its previous whole version): the content goes to a temporary file in the same
 * folder, is forced to disk, and is then renamed over the target. Stateless.
 */
public final class AtomicFiles {

    /** Temporary files start with this; a rerun deletes leftovers of a killed run. */
    public static final String TEMPORARY_PREFIX = ".tmp-";

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {}

    public static void write(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            // Not Files.createTempFile, which makes the file 0600: results honour the user's umask.
            Path temporary = target.toAbsolutePath().getParent().resolve(TEMPORARY_PREFIX + target.getFileName()
                    + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                try (var channel = java.nio.channels.FileChannel.open(temporary,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                    channel.write(java.nio.ByteBuffer.wrap(content));
                    channel.force(true);
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes temporary files a killed run left in {@code dir}. */
    public static void deleteLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(TEMPORARY_PREFIX)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
