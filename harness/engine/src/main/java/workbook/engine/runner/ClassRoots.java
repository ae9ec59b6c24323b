package workbook.engine.runner;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An ordered list of class path entries read as bytes, for the class loaders that define
 * classes themselves: files held in memory (what the grader streamed to the test JVM),
 * folders and jars. Lookups are safe from several threads; {@link #close()} is not.
 */
final class ClassRoots implements Closeable {

    private final List<Object> order = new ArrayList<>();
    private final List<ZipFile> jars = new ArrayList<>();

    private ClassRoots() {}

    /** Files in memory: resource path ({@code a/b/C.class}) to bytes. */
    static ClassRoots inMemory(String name, Map<String, byte[]> files) {
        ClassRoots roots = new ClassRoots();
        roots.order.add(new Memory(name, new TreeMap<>(files)));
        return roots;
    }

    /** Folders and jars, in class path order; entries that do not exist are skipped. */
    static ClassRoots onDisk(List<Path> entries) {
        ClassRoots roots = new ClassRoots();
        for (Path entry : entries) {
            try {
                if (Files.isDirectory(entry)) {
                    roots.order.add(entry);
                } else if (Files.isRegularFile(entry)) {
                    ZipFile jar = new ZipFile(entry.toFile());
                    roots.jars.add(jar);
                    roots.order.add(jar);
                }
            } catch (IOException e) {
                roots.close();
                throw new UncheckedIOException("cannot open class path entry " + entry + ": " + e.getMessage(), e);
            }
        }
        return roots;
    }

    /** Binary names of the classes held in memory, nested ones included. */
    List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (Object root : order) {
            if (root instanceof Memory memory) {
                memory.files().keySet().stream()
                        .filter(resource -> resource.endsWith(".class"))
                        .filter(resource -> !resource.endsWith("module-info.class")
                                && !resource.endsWith("package-info.class"))
                        .map(resource -> resource.substring(0, resource.length() - ".class".length()).replace('/', '.'))
                        .forEach(names::add);
            }
        }
        return names;
    }

    /** The bytes of a resource ({@code a/b/C.class}), or null when no entry holds it. */
    byte[] bytes(String resource) {
        for (Object root : order) {
            try {
                if (root instanceof Memory memory) {
                    byte[] bytes = memory.files().get(resource);
                    if (bytes != null) {
                        return bytes.clone();
                    }
                } else if (root instanceof Path folder) {
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

    /** Where a resource is, as a URL, or null. A file held in memory gets a URL that reads it from memory. */
    URL url(String resource) {
        for (Object root : order) {
            try {
                if (root instanceof Memory memory) {
                    byte[] bytes = memory.files().get(resource);
                    if (bytes != null) {
                        return memoryUrl(memory.name(), resource, bytes);
                    }
                } else if (root instanceof Path folder) {
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

    private static URL memoryUrl(String name, String resource, byte[] bytes) throws MalformedURLException {
        URLStreamHandler handler = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                        connected = true;
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(bytes);
                    }

                    @Override
                    public long getContentLengthLong() {
                        return bytes.length;
                    }
                };
            }
        };
        return new URL("workbook-memory", null, -1, "/" + name + "/" + resource, handler);
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

    private record Memory(String name, Map<String, byte[]> files) {}
}
