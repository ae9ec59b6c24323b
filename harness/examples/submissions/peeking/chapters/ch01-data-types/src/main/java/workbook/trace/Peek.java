package workbook.trace;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hostile submission: instead of writing hex itself (TODO ch01.2), it tries to find the
 * grader's reference solution and hidden tests and to delegate to the reference. Every
 * attempt must fail, so that TODO earns nothing.
 */
final class Peek {

    private static volatile Method reference;
    private static volatile boolean searched;

    private Peek() {}

    static String hex(long value) {
        if (!searched) {
            reference = findReference();
            searched = true;
        }
        if (reference != null) {
            try {
                return (String) reference.invoke(null, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new UnsupportedOperationException("TODO ch01.2: could not find the reference to copy");
    }

    private static Method findReference() {
        String name = "reference.workbook.trace.RandomIdGenerator";
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(HexIds.class.getClassLoader());
        loaders.add(Thread.currentThread().getContextClassLoader());
        loaders.add(ClassLoader.getSystemClassLoader());
        // the class loaders of every caller on the stack, the hidden test's among them
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .forEach(frame -> loaders.add(frame.getDeclaringClass().getClassLoader()));
        for (ClassLoader loader : loaders) {
            try {
                Method method = Class.forName(name, true, loader)
                        .getDeclaredMethod("hex", long.class);
                method.setAccessible(true);
                return method;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // not there: try the next way
            }
            if (loader != null) {
                try (InputStream test = loader.getResourceAsStream("workbook/trace/DataTypesHiddenTest.class");
                        InputStream ref = loader.getResourceAsStream("reference/workbook/trace/RandomIdGenerator.class")) {
                    if (test != null || ref != null) {
                        System.out.println("read a hidden class file through " + loader);
                    }
                } catch (IOException e) {
                    // not readable
                }
            }
        }
        // the class path and the folders near the working folder, on disk
        List<Path> places = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            places.add(Path.of(entry));
        }
        Path here = Path.of("").toAbsolutePath();
        places.add(here);
        places.add(here.getParent());
        places.add(Path.of(System.getProperty("java.io.tmpdir")));
        for (Path place : places) {
            Path found = find(place, "reference/workbook/trace/RandomIdGenerator.class");
            if (found != null) {
                try (URLClassLoader copy = new URLClassLoader(new URL[] {
                        found.getParent().getParent().getParent().getParent().toUri().toURL()}, null)) {
                    Method method = copy.loadClass(name).getDeclaredMethod("hex", long.class);
                    method.setAccessible(true);
                    return method;
                } catch (IOException | ReflectiveOperationException | LinkageError e) {
                    // not loadable
                }
            }
        }
        return null;
    }

    private static Path find(Path place, String suffix) {
        if (!Files.isDirectory(place)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(place, 8)) {
            return files.filter(file -> file.toString().replace('\\', '/').endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
