package workbook.harness.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook built in one folder (or machine) and graded from another. */
class ClassPathFileTest {

    @TempDir
    Path dir;

    @Test
    void entriesInsideTheWorkbookAreTakenFromTheWorkbookWhereverItNowIs() throws Exception {
        Path root = dir.resolve("moved");
        Path jar = touch(root.resolve("solutions/ch00-simulation/target/ch00-simulation-reference-1.0.jar"));
        Path file = write(root.resolve("solutions/ch01-data-types/target/workbook-classpath/runtime.txt"),
                "/elsewhere/build/solutions/ch00-simulation/target/ch00-simulation-reference-1.0.jar");

        List<ClassPathFile.Entry> entries = ClassPathFile.read(root, file);

        assertThat(entries).containsExactly(new ClassPathFile.Entry(jar,
                "workbook:solutions/ch00-simulation/target/ch00-simulation-reference-1.0.jar"));
    }

    @Test
    void aMavenJarIsFoundInTheWorkbooksOwnRepositoryAndNamedWithoutItsPath() throws Exception {
        Path root = dir.resolve("workbook");
        Path jar = touch(root.resolve("repository/org/example/lib/2.1/lib-2.1.jar"));
        Path file = write(root.resolve("solutions/ch01-x/target/workbook-classpath/test.txt"),
                "/home/builder/.m2/repository/org/example/lib/2.1/lib-2.1.jar");

        assertThat(ClassPathFile.read(root, file))
                .containsExactly(new ClassPathFile.Entry(jar, "maven:lib/2.1/lib-2.1.jar"));
    }

    @Test
    void theSamePortableNamesComeFromAnyBuildFolder() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (Path root : List.of(a, b)) {
            touch(root.resolve("harness/testkit/target/workbook-testkit-1.0.jar"));
            touch(root.resolve("repository/net/example/lib/1.0/lib-1.0.jar"));
        }
        String recordedA = "/ci/run-1/harness/testkit/target/workbook-testkit-1.0.jar" + File.pathSeparator
                + "/ci/m2/net/example/lib/1.0/lib-1.0.jar";
        String recordedB = "/laptop/wb/harness/testkit/target/workbook-testkit-1.0.jar" + File.pathSeparator
                + "/laptop/.m2/repository/net/example/lib/1.0/lib-1.0.jar";

        List<String> namesA = ClassPathFile.read(a, write(a.resolve("cp.txt"), recordedA)).stream()
                .map(ClassPathFile.Entry::portableName).toList();
        List<String> namesB = ClassPathFile.read(b, write(b.resolve("cp.txt"), recordedB)).stream()
                .map(ClassPathFile.Entry::portableName).toList();

        assertThat(namesA).isEqualTo(namesB).noneMatch(name -> name.contains("/ci/") || name.contains("/laptop/"));
    }

    @Test
    void aJarFoundNowhereFailsWithOneLineThatSaysHowToFixIt() throws Exception {
        Path root = dir.resolve("workbook");
        Path file = write(root.resolve("solutions/ch01-x/target/workbook-classpath/test.txt"),
                "/gone/m2/org/example/missing/9.9/missing-9.9.jar");

        assertThatThrownBy(() -> ClassPathFile.read(root, file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing-9.9.jar")
                .hasMessageContaining("-Dmaven.repo.local=")
                .hasMessageContaining("./mvnw -q install -DskipTests")
                .message().doesNotContain("\n");
    }

    @Test
    void aMissingWorkbookJarSaysToBuildTheWorkbook() throws Exception {
        Path root = dir.resolve("workbook");
        Path file = write(root.resolve("solutions/ch01-x/target/workbook-classpath/runtime.txt"),
                "/old/solutions/ch00-simulation/target/ch00-simulation-reference-1.0.jar");

        assertThatThrownBy(() -> ClassPathFile.read(root, file))
                .hasMessageContaining("solutions/ch00-simulation/target/ch00-simulation-reference-1.0.jar")
                .hasMessageContaining("build the workbook");
    }

    private static Path touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[] {1});
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
