package workbook.engine.runner;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import workbook.engine.protocol.RunRequest;

/**
 * The class loaders of one chapter's run, all defining classes from bytes the test JVM
 * received (or, for third-party libraries, from their jars):
 * <pre>
 *   platform (JDK)
 *     └ third-party jars: one per test JVM, shared by its chapters (see {@link LibraryClassLoader})
 *         └ libraries: earlier chapters' references, in memory or in jars (never shared:
 *                      see {@link #holdsWorkbookCode})
 *         ├ reference: the relocated reference, renamed to a random package per run
 *         └ chapter: test classes + learner classes (one runtime package), frameworks
 *                    from the runner's own loader
 * </pre>
 * A fresh set per chapter and per run, so no static state of the workbook's code crosses runs;
 * only the third-party jars may be shared. Not thread-safe.
 */
public final class ChapterLoaders implements Closeable {

    /** The package the build relocates the reference to (solutions/pom.xml). */
    public static final String REFERENCE_PACKAGE = "reference";
    /** The package every chapter's code lives under. */
    static final String WORKBOOK_PACKAGE = "workbook";

    /** The earlier chapters' references, held in memory. */
    private final LibraryClassLoader libraries;
    /** The third-party jars' loader when this chapter's own, else null (shared: its owner closes it). */
    private final LibraryClassLoader ownThirdParty;
    private final ClassRoots tests;
    private final ClassRoots testLibraries;
    private final ClassRoots learner;
    private final ChapterClassLoader chapter;
    private final PackageRenamer renamer;
    private final List<String> testClassNames;
    private final Set<String> learnerClassNames;

    private ChapterLoaders(RunRequest.ChapterRequest request, ClassLoader frameworks, LibraryClassLoader thirdParty,
            boolean ownsThirdParty) {
        String secret = "r" + HexFormat.of().formatHex(randomBytes(8));
        this.renamer = new PackageRenamer(REFERENCE_PACKAGE, secret);
        this.ownThirdParty = ownsThirdParty ? thirdParty : null;
        List<Path> workbookJars = new ArrayList<>();
        List<String> thirdPartyJars = new ArrayList<>();
        for (String library : request.libraries()) {
            Path path = Path.of(library);
            if (holdsWorkbookCode(path)) {
                workbookJars.add(path);
            } else {
                thirdPartyJars.add(library);
            }
        }
        thirdParty.addJars(thirdPartyJars);
        this.libraries = new LibraryClassLoader(request.id() + "-libraries", thirdParty,
                List.of(ClassRoots.inMemory(request.id() + "-libraries", request.libraryFiles()),
                        ClassRoots.onDisk(workbookJars)));
        this.tests = ClassRoots.inMemory(request.id() + "-tests", request.testFiles());
        this.testLibraries = ClassRoots.onDisk(request.testLibraries().stream().map(Path::of).toList());
        java.util.Map<String, byte[]> learnerFiles = new java.util.TreeMap<>();
        request.learnerClasses().forEach((name, bytes) -> learnerFiles.put(name.replace('.', '/') + ".class", bytes));
        this.learner = ClassRoots.inMemory(request.id() + "-learner", learnerFiles);
        Set<String> allTestClasses = new TreeSet<>(tests.classNames());
        allTestClasses.removeIf(name -> name.startsWith(REFERENCE_PACKAGE + "."));
        List<String> selected = request.testClasses();
        this.testClassNames = allTestClasses.stream()
                .filter(name -> !name.contains("$"))
                .filter(name -> selected.isEmpty() || selected.contains(name))
                .toList();
        this.learnerClassNames = new TreeSet<>(request.learnerClasses().keySet());
        ReferenceClassLoader reference = new ReferenceClassLoader(request.id() + "-reference", libraries, tests,
                renamer, secret + ".");
        this.chapter = new ChapterClassLoader(request.id(), libraries, frameworks, reference, renamer, secret + ".",
                tests, allTestClasses, testLibraries, learner);
    }

    /** Opens the loaders of one chapter, with third-party jars of its own; the frameworks come from {@code frameworks}. */
    public static ChapterLoaders open(RunRequest.ChapterRequest request, ClassLoader frameworks) {
        return new ChapterLoaders(request, frameworks, LibraryClassLoader.thirdParty(), true);
    }

    /** Opens the loaders of one chapter whose third-party jars come from {@code thirdParty}, shared with other chapters. */
    static ChapterLoaders open(RunRequest.ChapterRequest request, ClassLoader frameworks,
            LibraryClassLoader thirdParty) {
        return new ChapterLoaders(request, frameworks, thirdParty, false);
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

    /** The top-level test classes to run, loaded but not initialized, sorted by name. */
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
        libraries.close();
        if (ownThirdParty != null) {
            ownThirdParty.close();
        }
    }

    /**
     * Whether a library holds the workbook's own code (a package under {@value #WORKBOOK_PACKAGE}):
     * an earlier chapter's reference, wherever it lies (the build's folders, a local Maven
     * repository, a learner's kit). Such a library is opened per chapter, never shared: in a
     * JVM that runs chapter 02 and then chapter 01, a shared copy of chapter 01's reference
     * would be found before the learner's own chapter 01 classes and stand in for them.
     */
    static boolean holdsWorkbookCode(Path library) {
        if (Files.isDirectory(library)) {
            return Files.isDirectory(library.resolve(WORKBOOK_PACKAGE));
        }
        if (!Files.isRegularFile(library)) {
            return false;
        }
        try (ZipFile jar = new ZipFile(library.toFile())) {
            return jar.stream().anyMatch(entry -> entry.getName().startsWith(WORKBOOK_PACKAGE + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open class path entry " + library + ": " + e.getMessage(), e);
        }
    }

    /** Unpredictable bytes; never {@code generateSeed}, which may block on /dev/random. */
    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
