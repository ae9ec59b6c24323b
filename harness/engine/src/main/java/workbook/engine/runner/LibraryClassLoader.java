package workbook.engine.runner;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Defines a chapter's libraries (earlier chapters' references held in memory, third-party
 * jars) below the JDK. Thread-safe (parallel capable).
 */
final class LibraryClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final List<ClassRoots> roots;

    LibraryClassLoader(String name, List<ClassRoots> roots) {
        super(name, ClassLoader.getPlatformClassLoader());
        this.roots = List.copyOf(roots);
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
}
