package workbook.harness.grade;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds the kit root of a submission (the folder holding {@code chapters/}), unpacking a
 * zip first. Every way a submission can be malformed ends in a {@link Opened#problem()}
 * that says what was expected, never in an exception. Zips are unpacked with limits (size,
 * entry count, no path escaping the target folder). Stateless.
 */
final class SubmissionReader {

    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;
    static final String EXPECTED = "expected a folder shaped like the learner kit"
            + " (chapters/chNN-<name>/src/main/java/...) or a .zip of one";

    private SubmissionReader() {}

    /**
     * A submission ready to read: its kit root, or the problem that keeps it from being graded.
     *
     * @param kitRoot the folder holding {@code chapters/}, or null
     * @param problem what is wrong, or null
     */
    record Opened(Path kitRoot, String problem) {
        static Opened problem(String problem) {
            return new Opened(null, problem);
        }
    }

    /** Opens a submission, unpacking a zip into {@code scratch} (an empty folder the caller deletes). */
    static Opened open(Submission submission, Path scratch) {
        Path path = submission.path();
        if (Files.isDirectory(path)) {
            return findKitRoot(path);
        }
        if (!Files.isRegularFile(path)) {
            return Opened.problem("not found: " + path);
        }
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return Opened.problem("is a file, not a folder or a .zip: " + EXPECTED);
        }
        try {
            String problem = unzip(path, scratch);
            return problem != null ? Opened.problem(problem) : findKitRoot(scratch);
        } catch (ZipException e) {
            return Opened.problem("is not a readable zip file (" + e.getMessage() + "): " + EXPECTED);
        } catch (IOException e) {
            return Opened.problem("cannot be read: " + e.getMessage());
        }
    }

    /** The folder holding {@code chapters/}: the submission itself or the one folder inside it. */
    private static Opened findKitRoot(Path dir) {
        List<Path> entries = visibleEntries(dir);
        if (entries.isEmpty()) {
            return Opened.problem("is an empty folder: " + EXPECTED);
        }
        if (Files.isDirectory(dir.resolve("chapters"), LinkOption.NOFOLLOW_LINKS)) {
            return new Opened(dir, null);
        }
        if (entries.size() == 1 && Files.isDirectory(entries.get(0), LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(entries.get(0).resolve("chapters"), LinkOption.NOFOLLOW_LINKS)) {
            return new Opened(entries.get(0), null);
        }
        return Opened.problem("has no chapters/ folder: " + EXPECTED);
    }

    private static List<Path> visibleEntries(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("__MACOSX"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks safely; returns a problem, or null when all went well. */
    private static String unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        long unpacked = 0;
        int count = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    return "holds more than " + MAX_ENTRIES + " files: not a learner kit";
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("__MACOSX/")) {
                    continue;
                }
                Path destination = root.resolve(name).normalize();
                if (!destination.startsWith(root) || name.startsWith("/")) {
                    return "holds an unsafe path '" + name + "' (it would land outside the folder it is unpacked to)";
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(destination)) {
                    byte[] buffer = new byte[8192];
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        unpacked += read;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            return "unpacks to more than " + (MAX_UNPACKED_BYTES >> 20) + " MB: not a learner kit";
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
        }
        return null;
    }
}
