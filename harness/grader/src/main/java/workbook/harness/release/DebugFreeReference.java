package workbook.harness.release;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import workbook.harness.generate.Chapter;
import workbook.harness.grade.ClassPathFile;
import workbook.engine.files.FileTrees;

/**
 * A chapter's reference jar as the learner kit ships it: the same jar with every class
 * recompiled with {@code -g:none}, so that {@code javap -c -p -l} shows no line numbers, no
 * local variable names and no source file name. Parameter names ({@code -parameters}) stay:
 * they are the API the skeleton shows anyway. The recompiled classes must be exactly the
 * classes of the built jar, or the copy fails. Stateless.
 */
final class DebugFreeReference {

    /** Names of the class-file attributes that {@code -g} adds; none may be in a shipped class. */
    static final List<String> DEBUG_ATTRIBUTES = List.of("LineNumberTable", "LocalVariableTable",
            "LocalVariableTypeTable", "SourceFile");

    private DebugFreeReference() {}

    /** Writes {@code jar} rebuilt without debug information to {@code target}. */
    static void write(Path root, Chapter chapter, Path jar, Path target) {
        Map<String, byte[]> classes = compile(root, chapter);
        try (JarFile original = new JarFile(jar.toFile())) {
            Set<String> seen = new TreeSet<>();
            Files.createDirectories(target.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target))) {
                for (JarEntry entry : Collections.list(original.entries())) {
                    JarEntry copy = new JarEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    byte[] content;
                    if (entry.getName().endsWith(".class")) {
                        content = classes.get(entry.getName());
                        if (content == null) {
                            throw new IllegalStateException(jar + " holds " + entry.getName() + ", which compiling "
                                    + chapter.mainSources() + " did not produce: rebuild the workbook");
                        }
                        seen.add(entry.getName());
                    } else if (entry.isDirectory()) {
                        content = null;
                    } else {
                        try (InputStream in = original.getInputStream(entry)) {
                            content = in.readAllBytes();
                        }
                    }
                    out.putNextEntry(copy);
                    if (content != null) {
                        out.write(content);
                    }
                    out.closeEntry();
                }
            }
            Set<String> extra = new TreeSet<>(classes.keySet());
            extra.removeAll(seen);
            if (!extra.isEmpty()) {
                throw new IllegalStateException(jar + " lacks " + extra + ", compiled from " + chapter.mainSources()
                        + ": rebuild the workbook (./mvnw -q install -DskipTests)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild " + jar + ": " + e.getMessage(), e);
        }
    }

    /** The chapter's reference classes compiled without debug information, by jar entry name. */
    private static Map<String, byte[]> compile(Path root, Chapter chapter) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home")
                    + ": run the harness with a JDK, not a JRE");
        }
        Path output;
        try {
            output = Files.createTempDirectory("workbook-release-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<File> sources = KitWriter.files(chapter.mainSources()).stream()
                    .filter(file -> file.toString().endsWith(".java")).map(Path::toFile).toList();
            List<String> classPath = ClassPathFile.read(root,
                    chapter.solutionDir().resolve("target/workbook-classpath/runtime.txt")).stream()
                    .map(entry -> entry.path().toString()).toList();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
                List<String> options = new ArrayList<>(List.of("--release", "17", "-g:none", "-parameters",
                        "-proc:none", "-nowarn", "-encoding", "UTF-8", "-d", output.toString()));
                if (!classPath.isEmpty()) {
                    options.addAll(List.of("-classpath", String.join(File.pathSeparator, classPath)));
                }
                boolean ok = javac.getTask(Writer.nullWriter(), files, diagnostics, options, null,
                        files.getJavaFileObjectsFromFiles(sources)).call();
                if (!ok) {
                    throw new IllegalStateException("the reference of " + chapter.slug() + " does not compile: "
                            + diagnostics.getDiagnostics());
                }
            }
            Map<String, byte[]> classes = new HashMap<>();
            try (Stream<Path> walk = Files.walk(output)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    classes.put(output.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FileTrees.deleteTree(output);
        }
    }

    /** The debug attributes a class file names, by a scan of its bytes (attribute names live in its constant pool). */
    static List<String> debugAttributes(byte[] classFile) {
        String latin = new String(classFile, java.nio.charset.StandardCharsets.ISO_8859_1);
        return DEBUG_ATTRIBUTES.stream().filter(latin::contains).toList();
    }
}
