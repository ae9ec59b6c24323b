package workbook.learner.check;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled classes kept between checks, in memory and in {@code .workbook/cache/}, under a key
 * that digests everything the compilation read: the sources (for tests: the test sources and the
 * outline of the learner's code, see {@link workbook.learner.reset.JavaMembers#outline}), the
 * class path and the JDK. A save that changes only method bodies then compiles only the
 * learner's code; a check with nothing changed compiles nothing. A damaged cache file is
 * ignored. Thread-safe.
 */
public final class CompileCache {

    private static final int FORMAT = 1;

    private final Path dir;
    private final Map<String, Map<String, byte[]>> memory = new ConcurrentHashMap<>();

    /** A cache in {@code dir}, or only in memory when {@code dir} is null. */
    public CompileCache(Path dir) {
        this.dir = dir;
    }

    /** The key of a compilation: a digest of its parts, in order. */
    public static String key(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            sha.update(System.getProperty("java.version", "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classes compiled under {@code key} ({@code name} says what they are, e.g. {@code ch01-tests}). */
    public Optional<Map<String, byte[]>> get(String name, String key) {
        Map<String, byte[]> classes = memory.get(name + "/" + key);
        if (classes != null) {
            return Optional.of(classes);
        }
        if (dir == null) {
            return Optional.empty();
        }
        Path file = dir.resolve(name + ".bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            Map<String, byte[]> read = new TreeMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                String className = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                read.put(className, bytes);
            }
            memory.put(name + "/" + key, read);
            return Optional.of(read);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code classes} under {@code key}, replacing what {@code name} held before. */
    public void put(String name, String key, Map<String, byte[]> classes) {
        memory.keySet().removeIf(entry -> entry.startsWith(name + "/"));
        memory.put(name + "/" + key, Map.copyOf(classes));
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "." + name + "-", ".tmp");
            try {
                try (OutputStream file = Files.newOutputStream(temporary);
                        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
                    out.writeInt(FORMAT);
                    out.writeUTF(key);
                    out.writeInt(classes.size());
                    for (Map.Entry<String, byte[]> type : new TreeMap<>(classes).entrySet()) {
                        out.writeUTF(type.getKey());
                        out.writeInt(type.getValue().length);
                        out.write(type.getValue());
                    }
                }
                Files.move(temporary, dir.resolve(name + ".bin"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // The cache only saves time: a check without it is slower, never wrong.
        }
    }
}
