package workbook.engine.runner;

/**
 * Defines the relocated reference of one chapter under its per-run package name (see
 * {@link PackageRenamer}). Only the chapter loader delegates to it, and only for that
 * package. Serves no resources. Thread-safe (parallel capable).
 */
final class ReferenceClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ClassRoots tests;
    private final PackageRenamer renamer;
    private final String renamedPrefix;

    ReferenceClassLoader(String name, ClassLoader libraries, ClassRoots tests, PackageRenamer renamer,
            String renamedPrefix) {
        super(name, libraries);
        this.tests = tests;
        this.renamer = renamer;
        this.renamedPrefix = renamedPrefix;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!name.startsWith(renamedPrefix)) {
            throw new ClassNotFoundException(name);
        }
        String original = renamer.restore(name);
        byte[] bytes = tests.bytes(original.replace('.', '/') + ".class");
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] renamed = renamer.rename(bytes);
        return defineClass(name, renamed, 0, renamed.length);
    }

    @Override
    protected java.net.URL findResource(String name) {
        return null;
    }
}
