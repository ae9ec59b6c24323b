package workbook.engine.compile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * A file manager that keeps compiled classes in memory and offers classes held in memory
 * (for example the learner's, when compiling tests against them) on the class path. Sources
 * come in as strings ({@link #source}). Confined to one compilation.
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private final Map<String, ByteArrayOutputStream> output = new TreeMap<>();
    private final Map<String, byte[]> classPathClasses;

    MemoryFileManager(StandardJavaFileManager standard, Map<String, byte[]> classPathClasses) {
        super(standard);
        this.classPathClasses = new TreeMap<>(classPathClasses);
    }

    /** A source file held in memory; {@code relative} is its path under the source root. */
    static JavaFileObject source(String relative, String text) {
        return new SimpleJavaFileObject(URI.create("memory:///src/" + relative), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /** The path under the source root of a source made by {@link #source}, or null. */
    static String relativePath(JavaFileObject file) {
        if (file == null) {
            return null;
        }
        String path = file.toUri().getPath();
        return path != null && path.startsWith("/src/") ? path.substring("/src/".length()) : path;
    }

    Map<String, byte[]> classes() {
        Map<String, byte[]> classes = new TreeMap<>();
        output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
            FileObject sibling) {
        if (kind != JavaFileObject.Kind.CLASS) {
            throw new IllegalArgumentException("only class files are written, not " + kind + " " + className);
        }
        return new SimpleJavaFileObject(URI.create("memory:///classes/" + className.replace('.', '/') + ".class"),
                kind) {
            @Override
            public OutputStream openOutputStream() {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                output.put(className, bytes);
                return bytes;
            }
        };
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
            boolean recurse) throws IOException {
        Iterable<JavaFileObject> listed = super.list(location, packageName, kinds, recurse);
        if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS)
                || classPathClasses.isEmpty()) {
            return listed;
        }
        List<JavaFileObject> all = new ArrayList<>();
        listed.forEach(all::add);
        String prefix = packageName.isEmpty() ? "" : packageName + ".";
        classPathClasses.forEach((name, bytes) -> {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                if (recurse || rest.indexOf('.') < 0) {
                    all.add(new MemoryClass(name, bytes));
                }
            }
        });
        return all;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        return file instanceof MemoryClass memory ? memory.binaryName : super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return a instanceof MemoryClass || b instanceof MemoryClass ? a == b : super.isSameFile(a, b);
    }

    @Override
    public boolean hasLocation(Location location) {
        return location == StandardLocation.CLASS_OUTPUT || super.hasLocation(location);
    }

    private static final class MemoryClass extends SimpleJavaFileObject {
        private final String binaryName;
        private final byte[] bytes;

        MemoryClass(String binaryName, byte[] bytes) {
            super(URI.create("memory:///classpath/" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.binaryName = binaryName;
            this.bytes = bytes;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }

    static JavaFileManager.Location classPath() {
        return StandardLocation.CLASS_PATH;
    }
}
