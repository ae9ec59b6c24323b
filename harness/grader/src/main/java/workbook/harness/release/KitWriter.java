package workbook.harness.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import workbook.harness.WorkbookVersion;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.ContractCheck;
import workbook.harness.generate.SkeletonGenerator;
import workbook.harness.generate.Workbook;

/**
 * Writes the learner kit: the generated chapters of a {@link ReleaseScope} with their visible
 * tests, their docs, the Maven wrapper, a root pom with the workbook's versions and no author
 * modules, a file-based Maven repository holding the test kit and only the compiled references
 * the kit's chapters build on (recompiled without debug information), and the readable
 * solutions of the chapters whose deadline has passed. The kit builds without
 * {@code solutions/} and needs Maven Central only for third-party artifacts. Stateless.
 */
public final class KitWriter {

    static final String GROUP_PATH = "io/github/tracingworkbook";
    /** Where handed-out solutions go in the kit. */
    static final String SOLUTIONS = "solutions";
    /** The learner tool's jar in the kit, where the ./workbook launcher looks for it. */
    static final String TOOL_JAR = "tool/workbook.jar";
    private static final Pattern MODULES = Pattern.compile("(?s)\\n  <modules>.*?</modules>\\n");
    private static final Pattern PICTURE = Pattern.compile("!\\[[^\\]]*]\\((img/[^)\\s]+)\\)");
    private static final Pattern MARKER = Pattern.compile("^\\s*// (BEGIN SOLUTION|END SOLUTION|SKELETON)\\b.*$");

    private KitWriter() {}

    /** The kit of every chapter, without solutions. */
    public static void write(Workbook workbook, Path kit) {
        write(workbook, kit, ReleaseScope.all(workbook));
    }

    public static void write(Workbook workbook, Path kit, ReleaseScope scope) {
        Path root = workbook.root();
        String version = WorkbookVersion.current();
        List<Chapter> chapters = scope.chapters();
        for (Chapter chapter : chapters) {
            for (Map.Entry<String, byte[]> file : SkeletonGenerator.generate(chapter).entrySet()) {
                write(kit.resolve("chapters").resolve(chapter.slug()).resolve(file.getKey()), file.getValue());
            }
        }
        write(kit.resolve("chapters/pom.xml"), withModules(read(root.resolve("chapters/pom.xml")),
                chapters.stream().map(Chapter::slug).toList(), "    "));
        for (String file : List.of("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties", ".mvn/jvm.config",
                "workbook", "workbook.cmd")) {
            copy(root.resolve(file), kit.resolve(file));
        }
        kit.resolve("mvnw").toFile().setExecutable(true);
        kit.resolve("workbook").toFile().setExecutable(true);
        Path tool = root.resolve("harness/target/workbook.jar");
        if (!Files.isRegularFile(tool)) {
            throw new IllegalStateException(tool + " (the learner tool) is missing: build the workbook first"
                    + " (./mvnw -q install -DskipTests)");
        }
        ToolJar.write(tool, kit.resolve(TOOL_JAR), chapters.stream().map(Chapter::slug).collect(Collectors.toSet()));
        // In the kit, chapter tests run wherever Maven is started: no root-level skip.
        write(kit.resolve(".mvn/maven.config"), "--no-transfer-progress\n");
        write(kit.resolve(".gitignore"), "target/\n.jqwik-database\n.idea/\n*.iml\n.vscode/\n.workbook/\n");
        for (Chapter chapter : chapters) {
            Path doc = root.resolve(chapter.manifest().doc());
            if (Files.isRegularFile(doc)) {
                copy(doc, kit.resolve(chapter.manifest().doc()));
                for (String picture : pictures(read(doc))) { // docs/img/*.svg, drawn by harness/pictures
                    copy(doc.resolveSibling(picture), kit.resolve(chapter.manifest().doc()).resolveSibling(picture));
                }
            }
        }
        copy(root.resolve("docs/learner-tool.md"), kit.resolve("docs/learner-tool.md"));
        write(kit.resolve("pom.xml"), kitPom(read(root.resolve("pom.xml"))));
        write(kit.resolve("README.md"), LearnerReadme.text(chapters, scope.solutions(), version));
        Path repository = kit.resolve("repository").resolve(GROUP_PATH);
        artifact(repository, version, "workbook-parent", root.resolve("pom.xml"));
        artifact(repository, version, "workbook-solutions", root.resolve("solutions/pom.xml"));
        artifact(repository, version, "workbook-testkit", root.resolve("harness/testkit/pom.xml"));
        copyBuilt(root.resolve("harness/testkit/target/workbook-testkit-" + version + ".jar"),
                jarIn(repository, version, "workbook-testkit"));
        for (String library : scope.libraries()) {
            Path pom = ReleaseScope.libraryPom(workbook, library);
            artifact(repository, version, library, pom);
            copyBuilt(pom.resolveSibling("target/" + library + "-" + version + ".jar"), jarIn(repository, version, library));
        }
        for (Chapter chapter : workbook.chapters()) {
            String artifactId = chapter.referenceArtifactId();
            if (scope.references().contains(artifactId)) {
                artifact(repository, version, artifactId, chapter.solutionDir().resolve("pom.xml"));
                Path jar = chapter.solutionDir().resolve("target/" + artifactId + "-" + version + ".jar");
                requireBuilt(jar);
                DebugFreeReference.write(root, chapter, jar, jarIn(repository, version, artifactId));
            }
        }
        for (Chapter chapter : scope.solutions()) {
            for (String owned : ContractCheck.learnerOwnedFiles(chapter)) {
                write(kit.resolve(SOLUTIONS).resolve(chapter.slug()).resolve(owned),
                        readable(read(chapter.solutionDir().resolve(owned))));
            }
        }
    }

    /** The pictures a chapter doc shows, as paths relative to it: the {@code img/...} of each {@code ![alt](img/...)}. */
    static List<String> pictures(String markdown) {
        return PICTURE.matcher(markdown).results().map(match -> match.group(1)).distinct().toList();
    }

    /** A reference file as a learner reads it after the deadline: the solution, without the author's markers. */
    static String readable(String source) {
        StringBuilder out = new StringBuilder();
        boolean skeleton = false;
        for (String line : source.split("\n", -1)) {
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                skeleton = marker.group(1).equals("SKELETON");
                continue;
            }
            if (!skeleton) {
                out.append(line).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    /** The root pom for the kit: the same parent GAV and versions, only the chapters module, the kit's repository. */
    static String kitPom(String rootPom) {
        Matcher modules = MODULES.matcher(rootPom);
        if (!modules.find()) {
            throw new IllegalStateException("the root pom.xml has no <modules> section to replace");
        }
        String replacement = """

                  <modules>
                    <module>chapters</module>
                  </modules>

                  <!-- The compiled references the chapters build on and the test kit ship in repository/. -->
                  <repositories>
                    <repository>
                      <id>workbook-kit</id>
                      <url>file://${maven.multiModuleProjectDirectory}/repository</url>
                      <releases>
                        <enabled>false</enabled>
                      </releases>
                      <snapshots>
                        <enabled>true</enabled>
                        <updatePolicy>never</updatePolicy>
                      </snapshots>
                    </repository>
                  </repositories>
                """;
        String pom = modules.replaceFirst(Matcher.quoteReplacement(replacement));
        return pom.replace("<!--\n  The workbook's parent and aggregator.",
                "<!--\n  The learner kit's parent. Generated by workbook-harness release.\n  The workbook's parent and aggregator.");
    }

    /** A pom with its {@code <modules>} replaced by {@code modules}. */
    static String withModules(String pom, List<String> modules, String indent) {
        Matcher section = Pattern.compile("(?s)<modules>.*?</modules>").matcher(pom);
        if (!section.find()) {
            throw new IllegalStateException("chapters/pom.xml has no <modules> section");
        }
        String list = modules.stream().map(module -> indent + "<module>" + module + "</module>")
                .collect(Collectors.joining("\n", "<modules>\n", "\n" + indent.substring(2) + "</modules>"));
        return section.replaceFirst(Matcher.quoteReplacement(list));
    }

    private static Path jarIn(Path repository, String version, String artifactId) {
        return repository.resolve(artifactId).resolve(version).resolve(artifactId + "-" + version + ".jar");
    }

    private static void artifact(Path repository, String version, String artifactId, Path pom) {
        copy(pom, repository.resolve(artifactId).resolve(version).resolve(artifactId + "-" + version + ".pom"));
    }

    private static void copyBuilt(Path jar, Path target) {
        requireBuilt(jar);
        copy(jar, target);
    }

    private static void requireBuilt(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the workbook first (./mvnw -q install"
                    + " -DskipTests)");
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String content) {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every regular file below a folder. */
    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
