package workbook.harness.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.ContractCheck;
import workbook.harness.generate.Workbook;

/**
 * Proves a learner kit holds what its {@link ReleaseScope} asks for and nothing more: exactly
 * its chapters and their docs; in {@code repository/} only the references those chapters
 * need, every reference class without debug information; no hidden test (by path, name or content), no
 * jar holding Java source, the relocated reference or a test class; solution code only in
 * {@code solutions/} and only for the chapters whose solutions were asked for. Stateless.
 */
public final class KitCheck {

    private KitCheck() {}

    /** Every problem found in a kit of every chapter without solutions; empty when the kit is clean. */
    public static List<String> problems(Workbook workbook, Path kit) {
        return problems(workbook, kit, ReleaseScope.all(workbook));
    }

    /** Every problem found, each naming the file; empty when the kit is clean. */
    public static List<String> problems(Workbook workbook, Path kit, ReleaseScope scope) {
        List<String> problems = new ArrayList<>();
        Set<String> hiddenNames = new HashSet<>();
        List<byte[]> secrets = new ArrayList<>();
        Set<String> testClasses = new HashSet<>();
        Set<String> released = new TreeSet<>();
        scope.chapters().forEach(chapter -> released.add(chapter.slug()));
        Set<String> withSolution = new TreeSet<>();
        scope.solutions().forEach(chapter -> withSolution.add(chapter.slug()));
        Set<String> unreleased = new TreeSet<>();
        workbook.chapters().stream().filter(chapter -> !released.contains(chapter.slug()))
                .forEach(chapter -> unreleased.add(chapter.id()));
        for (Chapter chapter : workbook.chapters()) {
            for (Path hidden : KitWriter.files(chapter.hiddenTests())) {
                hiddenNames.add(hidden.getFileName().toString());
                secrets.add(bytes(hidden));
                testClasses.add(classPath(chapter.hiddenTests(), hidden));
            }
            for (String owned : ContractCheck.learnerOwnedFiles(chapter)) {
                secrets.add(bytes(chapter.solutionDir().resolve(owned)));
            }
            for (Path visible : KitWriter.files(chapter.visibleTests())) {
                testClasses.add(classPath(chapter.visibleTests(), visible));
            }
            for (Path main : KitWriter.files(chapter.mainSources())) {
                testClasses.remove(classPath(chapter.mainSources(), main));
            }
        }
        Set<String> artifacts = new TreeSet<>(scope.references());
        artifacts.addAll(scope.libraries());
        artifacts.addAll(ReleaseScope.ALWAYS);
        for (Path file : KitWriter.files(kit)) {
            String relative = kit.relativize(file).toString().replace('\\', '/');
            String name = file.getFileName().toString();
            String[] parts = relative.split("/");
            if (relative.contains("src/hidden")) {
                problems.add(relative + ": author-only folder in the kit");
            }
            if (parts[0].equals("chapters") && parts.length > 2 && !released.contains(parts[1])) {
                problems.add(relative + ": a chapter that this release does not hold");
            }
            if (parts[0].equals("docs") && unreleased.stream().anyMatch(id -> name.startsWith(id + "-")
                    || name.startsWith(id + "."))) {
                problems.add(relative + ": a doc of a chapter that this release does not hold");
            }
            if (parts[0].equals(KitWriter.SOLUTIONS) && (parts.length < 3 || !withSolution.contains(parts[1]))) {
                problems.add(relative + ": a solution that was not asked for");
            }
            if (parts[0].equals("repository") && parts.length > 4
                    && !artifacts.contains(parts[parts.length - 3])) {
                problems.add(relative + ": an artifact that the released chapters do not need");
            }
            boolean handedOut = parts[0].equals(KitWriter.SOLUTIONS) && parts.length > 2
                    && withSolution.contains(parts[1]);
            if (name.endsWith(".java")) {
                byte[] content = bytes(file);
                String text = new String(content, StandardCharsets.UTF_8);
                if (text.contains("BEGIN SOLUTION") || text.contains("END SOLUTION")) {
                    problems.add(relative + ": holds a solution region");
                }
                if (hiddenNames.contains(name)) {
                    problems.add(relative + ": has the name of a hidden test");
                }
                if (!handedOut && secrets.stream().anyMatch(secret -> Arrays.equals(secret, content))) {
                    problems.add(relative + ": is a hidden test or a solution file");
                }
            }
            if (name.endsWith(".jar")) {
                problems.addAll(jarProblems(relative, file, testClasses, secrets));
                problems.addAll(unreleasedInJar(relative, file, released, workbook));
            }
        }
        for (String artifact : artifacts) {
            if (!Files.isDirectory(kit.resolve("repository").resolve(KitWriter.GROUP_PATH).resolve(artifact))) {
                problems.add("repository/" + KitWriter.GROUP_PATH + "/" + artifact + ": missing, the chapters need it");
            }
        }
        return problems;
    }

    private static List<String> jarProblems(String relative, Path jar, Set<String> testClasses, List<byte[]> secrets) {
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                String outer = name.replaceFirst("(\\$.*)?\\.class$", "");
                if (name.endsWith(".java") && name.startsWith("workbook-skeletons/")) {
                    // The learner tool's copy of the skeletons (what reset restores): held to the kit's own rule.
                    byte[] content = zip.getInputStream(entry).readAllBytes();
                    String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    if (text.contains("BEGIN SOLUTION") || secrets.stream().anyMatch(s -> Arrays.equals(s, content))) {
                        problems.add(relative + "!" + name + ": a solution in the tool's skeletons");
                    }
                } else if (name.endsWith(".java")) {
                    problems.add(relative + "!" + name + ": Java source in a jar");
                } else if (name.startsWith("reference/")) {
                    problems.add(relative + "!" + name + ": the relocated reference in a jar");
                } else if (name.endsWith(".class") && testClasses.contains(outer)) {
                    problems.add(relative + "!" + name + ": a test class in a jar");
                } else if (name.endsWith(".class") && relative.matches(".*/ch\\d\\d-[^/]+-reference/.*")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        List<String> debug = DebugFreeReference.debugAttributes(in.readAllBytes());
                        if (!debug.isEmpty()) {
                            problems.add(relative + "!" + name + ": has debug information (" + String.join(", ", debug)
                                    + ")");
                        }
                    }
                }
            }
        } catch (IOException e) {
            problems.add(relative + ": not a readable jar (" + e.getMessage() + ")");
        }
        return problems;
    }

    /** Skeletons of chapters this release does not hold, in a jar (the learner tool keeps a copy for reset). */
    private static List<String> unreleasedInJar(String relative, Path jar, Set<String> released, Workbook workbook) {
        Set<String> slugs = new TreeSet<>();
        workbook.chapters().forEach(chapter -> slugs.add(chapter.slug()));
        slugs.removeAll(released);
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                for (String part : entry.getName().split("/")) {
                    if (slugs.contains(part)) {
                        problems.add(relative + "!" + entry.getName() + ": a chapter that this release does not hold");
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // reported by jarProblems
        }
        return problems;
    }

    /** {@code a/b/C} for the source {@code <root>/a/b/C.java}. */
    private static String classPath(Path root, Path source) {
        return root.relativize(source).toString().replace('\\', '/').replaceFirst("\\.java$", "");
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
