package workbook.learner.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workbook.engine.compile.Compilation;
import workbook.engine.compile.InMemoryCompiler;
import workbook.engine.compile.SourceTree;
import workbook.engine.files.FileTrees;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.command.Tool;

/**
 * {@code workbook run}: compiles the chapter's code with the engine's compiler and runs its demo
 * (the pom's {@code exec.mainClass}) in a JVM of its own, standard input and output passed
 * through, offline.
 */
public final class Demo {

    private Demo() {}

    public static int run(LearnerBook book, LearnerChapter chapter, List<String> args, PrintStream out, PrintStream err) {
        if (chapter.demoMainClass().isEmpty()) {
            out.println(chapter.id() + " has no demo yet; ./workbook watch " + chapter.id()
                    + " runs its tests on your code.");
            return Tool.OK;
        }
        List<Path> runtime = chapter.classPath("runtime").orElse(null);
        if (runtime == null) {
            err.println("workbook: " + chapter.slug() + " is not set up yet: run the one-time setup,"
                    + " ./mvnw install -DskipTests, from the workbook's folder");
            return Tool.BROKEN;
        }
        Compilation compiled = new InMemoryCompiler().compile(SourceTree.read(chapter.mainSources()), runtime, Map.of());
        if (!compiled.succeeded()) {
            err.println("Your code does not compile:");
            err.println(compiled.describe(chapter.slug() + "/src/main/java/"));
            return Tool.BROKEN;
        }
        Path classes = null;
        try {
            classes = Files.createTempDirectory("workbook-run-");
            for (Map.Entry<String, byte[]> type : compiled.classes().entrySet()) {
                Path file = classes.resolve(type.getKey().replace('.', '/') + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, type.getValue());
            }
            List<String> classPath = new ArrayList<>();
            classPath.add(classes.toString());
            runtime.forEach(entry -> classPath.add(entry.toString()));
            classPath.add(toolJar().toString());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dworkbook.todos=" + chapter.dir().resolve("todos.json"),
                    "-cp", String.join(java.io.File.pathSeparator, classPath),
                    DemoMain.class.getName(), chapter.demoMainClass().get()));
            command.addAll(args);
            Process demo = new ProcessBuilder(command).directory(chapter.dir().toFile()).inheritIO().start();
            int status = demo.waitFor();
            return status == DemoMain.NOT_YET ? Tool.UNFINISHED : status;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the demo of " + chapter.slug() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            if (classes != null) {
                FileTrees.deleteTree(classes);
            }
        }
    }

    /** Where this tool's classes are: the jar the launcher started, or a classes folder in a build. */
    static Path toolJar() {
        try {
            return Path.of(Demo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
