package workbook.harness.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The learner tool's jar as a release ships it: the tool keeps a copy of the skeletons (what
 * {@code reset} restores) under {@code workbook-skeletons/}, one folder per chapter and an
 * {@code index.txt}; a kit of some chapters keeps only theirs. Stateless.
 */
final class ToolJar {

    static final String SKELETONS = "workbook-skeletons/";
    static final String INDEX = SKELETONS + "index.txt";

    private ToolJar() {}

    /** Copies {@code jar} to {@code target} with the skeletons of the {@code released} chapter slugs only. */
    static void write(Path jar, Path target, Set<String> released) {
        try (ZipFile in = new ZipFile(jar.toFile())) {
            Files.createDirectories(target.getParent());
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    String name = entry.getName();
                    byte[] content;
                    try (InputStream stream = in.getInputStream(entry)) {
                        content = stream.readAllBytes();
                    }
                    if (name.equals(INDEX)) {
                        content = (new String(content, StandardCharsets.UTF_8).lines()
                                .filter(line -> released.contains(slug(line)))
                                .collect(Collectors.joining("\n")) + "\n").getBytes(StandardCharsets.UTF_8);
                    } else if (name.startsWith(SKELETONS) && !released.contains(slug(name.substring(SKELETONS.length())))) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    out.write(content);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the learner tool " + jar + ": " + e.getMessage(), e);
        }
    }

    private static String slug(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}
