package workbook.engine.runner;

import java.io.Closeable;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Defines libraries from bytes: a chapter's earlier chapters' references held in memory, or the
 * third-party jars (Jackson, picocli) that chapters run against. Thread-safe (parallel capable).
 *
 * <p>The third-party jars are one loader per test JVM, shared by all the chapters it runs (see
 * {@link #thirdParty()}): defining and JIT-compiling Jackson again for each of the five chapters
 * that use it cost the test JVM CPU time every submission. They hold no learner or reference
 * code, and they come from the same versions for every chapter (the root pom). The workbook's
 * own references stay one loader per chapter, so that no static state a chapter's code leaves in
 * them reaches the next chapter.
 */
final class LibraryClassLoader extends ClassLoader implements Closeable {

    static {
        registerAsParallelCapable();
    }

    private final List<ClassRoots> roots = new CopyOnWriteArrayList<>();
    private final Set<Path> jars = new HashSet<>();

    LibraryClassLoader(String name, ClassLoader parent, List<ClassRoots> roots) {
        super(name, parent);
        this.roots.addAll(roots);
    }

    /** An empty loader for third-party jars, below the JDK; {@link #addJars} fills it as chapters need them. */
    static LibraryClassLoader thirdParty() {
        return new LibraryClassLoader("third-party", ClassLoader.getPlatformClassLoader(), List.of());
    }

    /**
     * Adds the jars not added yet, after those already here. Only jars without the workbook's
     * own code belong here ({@link ChapterLoaders} sorts them out). A chapter may therefore see
     * a jar that only an earlier chapter asked for: harmless, as its code was compiled without it.
     */
    synchronized void addJars(List<String> paths) {
        for (String path : paths) {
            Path jar = Path.of(path).toAbsolutePath().normalize();
            if (jars.add(jar)) {
                roots.add(ClassRoots.onDisk(List.of(jar)));
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        for (ClassRoots root : roots) {
            byte[] bytes = root.bytes(resource);
            if (bytes != null) {
                return defineClass(name, bytes, 0, bytes.length);
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassRoots root : roots) {
            URL url = root.url(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> urls = new java.util.ArrayList<>();
        for (ClassRoots root : roots) {
            URL url = root.url(name);
            if (url != null) {
                urls.add(url);
            }
        }
        return Collections.enumeration(urls);
    }

    /** Closes the jars; classes already defined stay usable. */
    @Override
    public void close() {
        roots.forEach(ClassRoots::close);
    }
}
