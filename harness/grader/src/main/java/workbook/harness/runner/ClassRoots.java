package workbook.harness.runner;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An ordered list of class path entries (folders and jars) read as bytes, for the class
 * loaders that define classes themselves. Not thread-safe for {@link #close()}; lookups
 * are safe from several threads.
 */
final class ClassRoots implements Closeable {

    private final List<Path> folders = new ArrayList<>();
    private final List<ZipFile> jars = new ArrayList<>();
    private final List<Object> order = new ArrayList<>();

    ClassRoots(List<Path> entries) {
        for (Path entry : entries) {
            try {
                if (Files.isDirectory(entry)) {
                    folders.add(entry);
                    order.add(entry);
                } else if (Files.isRegularFile(entry)) {
                    ZipFile jar = new ZipFile(entry.toFile());
                    jars.add(jar);
                    order.add(jar);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open class path entry " + entry + ": " + e.getMessage(), e);
            }
        }
    }

    /** The bytes of a resource ({@code a/b/C.class}), or null when no entry holds it. */
    byte[] bytes(String resource) {
        for (Object root : order) {
            try {
                if (root instanceof Path folder) {
                    Path file = folder.resolve(resource);
                    if (Files.isRegularFile(file)) {
                        return Files.readAllBytes(file);
                    }
                } else {
                    ZipFile jar = (ZipFile) root;
                    ZipEntry entry = jar.getEntry(resource);
                    if (entry != null && !entry.isDirectory()) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            return in.readAllBytes();
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return null;
    }

    /** Where a resource is, as a URL, or null. */
    URL url(String resource) {
        for (Object root : order) {
            try {
                if (root instanceof Path folder) {
                    Path file = folder.resolve(resource);
                    if (Files.isRegularFile(file)) {
                        return file.toUri().toURL();
                    }
                } else {
                    ZipFile jar = (ZipFile) root;
                    if (jar.getEntry(resource) != null) {
                        return new URL("jar:" + Path.of(jar.getName()).toUri() + "!/" + resource);
                    }
                }
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    @Override
    public void close() {
        for (ZipFile jar : jars) {
            try {
                jar.close();
            } catch (IOException ignored) {
                // closing a read-only jar cannot lose data
            }
        }
    }
}
