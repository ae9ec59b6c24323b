package workbook.engine.runner;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * Defines one chapter's learner classes and test classes, which must share a loader:
 * tests reach package-private members of the chapter's package.
 *
 * <p>Where a name is looked up, in this order:
 * <ol>
 * <li>the test frameworks (JUnit, jqwik, AssertJ, ...): the runner's own copy, so a
 *     learner class cannot stand in for one of them;
 * <li>the relocated reference, under its per-run random package: the reference loader;
 * <li>the JDK, the earlier chapters' references and the chapter's libraries;
 * <li>the test classes, then the test-only libraries: a learner class cannot replace a test;
 * <li>the learner's classes.
 * </ol>
 * It serves no {@code .class} resource at all (learner code cannot read a test's bytecode
 * through it) and from the test folders only non-class resources such as fixtures.
 * Thread-safe (parallel capable).
 */
final class ChapterClassLoader extends ClassLoader {

    /** Packages the runner provides to the tests; never taken from the chapter's folders. */
    static final List<String> FRAMEWORK_PACKAGES = List.of(
            "org.junit.", "org.opentest4j.", "org.apiguardian.", "net.jqwik.",
            "org.assertj.", "net.bytebuddy.", "workbook.testkit.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader frameworks;
    private final ClassLoader reference;
    private final String referencePrefix;
    private final ClassRoots tests;
    private final ClassRoots testLibraries;
    private final ClassRoots learner;
    private final Set<String> testClassNames;
    private final PackageRenamer renamer;

    ChapterClassLoader(String name, ClassLoader libraries, ClassLoader frameworks, ClassLoader reference,
            PackageRenamer renamer, String referencePrefix, ClassRoots tests, Set<String> testClassNames,
            ClassRoots testLibraries, ClassRoots learner) {
        super(name, libraries);
        this.frameworks = frameworks;
        this.reference = reference;
        this.renamer = renamer;
        this.referencePrefix = referencePrefix;
        this.tests = tests;
        this.testClassNames = testClassNames;
        this.testLibraries = testLibraries;
        this.learner = learner;
    }

    static boolean isFramework(String className) {
        for (String prefix : FRAMEWORK_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = locate(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> locate(String name) throws ClassNotFoundException {
        if (isFramework(name)) {
            return frameworks.loadClass(name);
        }
        if (name.startsWith(referencePrefix)) {
            return reference.loadClass(name);
        }
        try {
            return getParent().loadClass(name);
        } catch (ClassNotFoundException notALibrary) {
            // a test's or the learner's class
        }
        String resource = name.replace('.', '/') + ".class";
        byte[] bytes = testClassNames.contains(name) ? tests.bytes(resource) : null;
        if (bytes != null) {
            bytes = renamer.rename(bytes);
        } else {
            bytes = testLibraries.bytes(resource);
            if (bytes == null) {
                bytes = learner.bytes(resource);
            }
        }
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /**
     * Service registrations ({@code META-INF/services}) and the frameworks' own resources come
     * from the runner: JUnit and jqwik look them up through the context class loader.
     */
    @Override
    public URL getResource(String name) {
        return isFrameworkResource(name) ? frameworks.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return isFrameworkResource(name) ? frameworks.getResources(name) : super.getResources(name);
    }

    private static boolean isFrameworkResource(String name) {
        return name.startsWith("META-INF/services/") || isFramework(name.replace('/', '.'));
    }

    @Override
    protected URL findResource(String name) {
        if (name.endsWith(".class")) {
            return null;
        }
        URL url = tests.url(name);
        return url != null ? url : testLibraries.url(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        URL url = findResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
    }
}
