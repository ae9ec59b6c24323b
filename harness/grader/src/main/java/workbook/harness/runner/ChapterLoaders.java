package workbook.harness.runner;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The class loaders of one chapter's run:
 * <pre>
 *   platform (JDK)
 *     └ libraries: earlier chapters' references, third-party jars
 *         ├ reference: the relocated reference, renamed to a random package per run
 *         └ chapter: test classes + learner classes (one runtime package), frameworks
 *                    from the runner's own loader
 * </pre>
 * A fresh set per chapter and per JVM, so no static state crosses chapters. Not thread-safe.
 */
public final class ChapterLoaders implements Closeable {

    /** The package the build relocates the reference to (solutions/pom.xml). */
    public static final String REFERENCE_PACKAGE = "reference";

    private final URLClassLoader libraries;
    private final ClassRoots tests;
    private final ClassRoots testLibraries;
    private final ClassRoots learner;
    private final ChapterClassLoader chapter;
    private final PackageRenamer renamer;
    private final List<String> testClassNames;
    private final Set<String> learnerClassNames;

    private ChapterLoaders(String id, Path learnerClasses, Path testClasses, List<Path> libraryPaths,
            List<Path> testLibraryPaths, ClassLoader frameworks) {
        String secret = "r" + HexFormat.of().formatHex(randomBytes(8));
        this.renamer = new PackageRenamer(REFERENCE_PACKAGE, secret);
        this.libraries = new URLClassLoader(id + "-libraries", urls(libraryPaths), ClassLoader.getPlatformClassLoader());
        this.tests = new ClassRoots(List.of(testClasses));
        this.testLibraries = new ClassRoots(testLibraryPaths);
        this.learner = new ClassRoots(List.of(learnerClasses));
        Set<String> allTestClasses = classNames(testClasses, false);
        this.testClassNames = allTestClasses.stream().filter(name -> !name.contains("$")).toList();
        this.learnerClassNames = classNames(learnerClasses, true);
        ReferenceClassLoader reference = new ReferenceClassLoader(id + "-reference", libraries, tests, renamer,
                secret + ".");
        this.chapter = new ChapterClassLoader(id, libraries, frameworks, reference, renamer, secret + ".", tests,
                allTestClasses, testLibraries, learner);
    }

    /** Opens the loaders of one chapter; the frameworks come from {@code frameworks}. */
    public static ChapterLoaders open(RunPlan.ChapterPlan plan, ClassLoader frameworks) {
        return new ChapterLoaders(plan.id(), Path.of(plan.learnerClasses()), Path.of(plan.testClasses()),
                plan.libraries().stream().map(Path::of).toList(),
                plan.testLibraries().stream().map(Path::of).toList(), frameworks);
    }

    public ClassLoader loader() {
        return chapter;
    }

    public PackageRenamer renamer() {
        return renamer;
    }

    /** Names of the learner's classes, including nested ones: their stack frames are the learner's. */
    public Set<String> learnerClassNames() {
        return learnerClassNames;
    }

    /** The top-level test classes, loaded but not initialized, sorted by name. */
    public List<Class<?>> testClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : testClassNames) {
            try {
                classes.add(Class.forName(name, false, chapter));
            } catch (ClassNotFoundException | LinkageError e) {
                // a test class that cannot even load: its tests are reported as not run
            }
        }
        return classes;
    }

    @Override
    public void close() {
        tests.close();
        testLibraries.close();
        learner.close();
        try {
            libraries.close();
        } catch (IOException ignored) {
            // read-only jars
        }
    }

    /** Class names under a folder; the relocated reference is not a test class. */
    private static Set<String> classNames(Path folder, boolean includeReference) {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> includeReference || !name.startsWith(REFERENCE_PACKAGE + "/"))
                    .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static URL[] urls(List<Path> paths) {
        return paths.stream().map(path -> {
            try {
                return path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(path.toString(), e);
            }
        }).toArray(URL[]::new);
    }

    /** Unpredictable bytes; never {@code generateSeed}, which may block on /dev/random. */
    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
