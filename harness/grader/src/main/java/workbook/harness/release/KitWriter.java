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
import java.util.stream.Stream;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.SkeletonGenerator;
import workbook.harness.generate.Workbook;

/**
 * Writes the learner kit: the generated chapters with their visible tests, the learner's
 * docs, the Maven wrapper, a root pom with the workbook's versions and no author modules,
 * and a file-based Maven repository holding the compiled references and the test kit, so the
 * kit builds without {@code solutions/} and needs Maven Central only for third-party
 * artifacts. Stateless.
 */
public final class KitWriter {

    static final String GROUP_PATH = "io/github/tracingworkbook";
    static final String VERSION = "1.0.0-SNAPSHOT";
    /** The learner tool's jar in the kit, where the ./workbook launcher looks for it. */
    static final String TOOL_JAR = "tool/workbook.jar";
    private static final Pattern MODULES = Pattern.compile("(?s)\\n  <modules>.*?</modules>\\n");

    private KitWriter() {}

    public static void write(Workbook workbook, Path kit) {
        Path root = workbook.root();
        List<Chapter> chapters = workbook.chapters();
        for (Chapter chapter : chapters) {
            for (Map.Entry<String, byte[]> file : SkeletonGenerator.generate(chapter).entrySet()) {
                write(kit.resolve("chapters").resolve(chapter.slug()).resolve(file.getKey()), file.getValue());
            }
        }
        copy(root.resolve("chapters/pom.xml"), kit.resolve("chapters/pom.xml"));
        for (String file : List.of("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties", ".mvn/jvm.config",
                "workbook", "workbook.cmd")) {
            copy(root.resolve(file), kit.resolve(file));
        }
        kit.resolve("mvnw").toFile().setExecutable(true);
        kit.resolve("workbook").toFile().setExecutable(true);
        artifact(root.resolve("harness/target/workbook.jar"), kit.resolve(TOOL_JAR));
        // In the kit, chapter tests run wherever Maven is started: no root-level skip.
        write(kit.resolve(".mvn/maven.config"), "--no-transfer-progress\n");
        write(kit.resolve(".gitignore"), "target/\n.jqwik-database\n.idea/\n*.iml\n.vscode/\n.workbook/\n");
        for (Chapter chapter : chapters) {
            Path doc = root.resolve(chapter.manifest().doc());
            if (Files.isRegularFile(doc)) {
                copy(doc, kit.resolve(chapter.manifest().doc()));
            }
        }
        copy(root.resolve("docs/style.md"), kit.resolve("docs/style.md"));
        copy(root.resolve("docs/learner-tool.md"), kit.resolve("docs/learner-tool.md"));
        write(kit.resolve("pom.xml"), kitPom(read(root.resolve("pom.xml"))));
        write(kit.resolve("README.md"), LearnerReadme.text(chapters));
        Path repository = kit.resolve("repository").resolve(GROUP_PATH);
        artifact(repository, "workbook-parent", root.resolve("pom.xml"), null);
        artifact(repository, "workbook-solutions", root.resolve("solutions/pom.xml"), null);
        artifact(repository, "workbook-testkit", root.resolve("harness/testkit/pom.xml"),
                root.resolve("harness/testkit/target/workbook-testkit-" + VERSION + ".jar"));
        for (Chapter chapter : chapters) {
            String artifactId = chapter.referenceArtifactId();
            artifact(repository, artifactId, chapter.solutionDir().resolve("pom.xml"),
                    chapter.solutionDir().resolve("target/" + artifactId + "-" + VERSION + ".jar"));
        }
    }

    private static void artifact(Path jar, Path target) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " (the learner tool) is missing: build the workbook first"
                    + " (./mvnw -q install -DskipTests)");
        }
        copy(jar, target);
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

                  <!-- The compiled reference of every chapter and the test kit ship in repository/. -->
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

    private static void artifact(Path repository, String artifactId, Path pom, Path jar) {
        Path dir = repository.resolve(artifactId).resolve(VERSION);
        copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"));
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build the workbook first (./mvnw -q install"
                        + " -DskipTests)");
            }
            copy(jar, dir.resolve(artifactId + "-" + VERSION + ".jar"));
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
