package workbook.harness.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.harness.generate.Workbook;

/** Releases of the built workbook, chapter by chapter, checked by the kit check. */
class ReleaseTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root", "../..")).toAbsolutePath().normalize();
    private static final Workbook WORKBOOK = Workbook.at(ROOT);

    @TempDir
    Path dir;

    @Test
    void theWholeKitShipsOnlyTheReferencesItsChaptersBuildOn() {
        // ch09 builds on ch06 and ch08; ch04 and ch09 are built on by no chapter.
        assertThat(ReleaseScope.all(WORKBOOK).references()).containsExactlyInAnyOrder("ch00-simulation-reference",
                "ch01-data-types-reference", "ch02-tracer-reference", "ch03-collector-reference",
                "ch05-head-sampler-reference", "ch06-propagation-reference", "ch08-tail-sampling-reference");
        assertThat(ReleaseScope.all(WORKBOOK).libraries()).containsExactly("workbook-traceview");
    }

    @Test
    void anEarlyReleaseShipsNeitherLaterReferencesNorLibrariesOnlyLaterChaptersUse() {
        ReleaseScope scope = ReleaseScope.of(WORKBOOK, Optional.of("ch02"), Optional.empty());

        assertThat(scope.references()).containsExactlyInAnyOrder("ch00-simulation-reference",
                "ch01-data-types-reference");
        assertThat(scope.libraries()).isEmpty();
    }

    @Test
    void aReleaseThroughChapter03HoldsItsChaptersTheirReferencesAndTheSolutionsAskedFor() throws Exception {
        ReleaseScope scope = ReleaseScope.of(WORKBOOK, Optional.of("ch03"), Optional.of("ch01"));
        Path kit = dir.resolve("kit");

        KitWriter.write(WORKBOOK, kit, scope);

        assertThat(scope.references()).containsExactlyInAnyOrder("ch00-simulation-reference",
                "ch01-data-types-reference", "ch02-tracer-reference");
        assertThat(KitCheck.problems(WORKBOOK, kit, scope)).isEmpty();
        assertThat(kit.resolve("chapters/ch04-otlp-json")).doesNotExist();
        assertThat(Files.readString(kit.resolve("chapters/pom.xml"))).contains("<module>ch03-collector</module>")
                .doesNotContain("ch04-otlp-json");
        assertThat(kit.resolve("solutions/ch01-data-types/src/main/java/workbook/trace/Span.java")).exists();
        assertThat(Files.readString(kit.resolve("solutions/ch01-data-types/src/main/java/workbook/trace/Span.java")))
                .doesNotContain("BEGIN SOLUTION", "END SOLUTION", "SKELETON");
        assertThat(kit.resolve("solutions/ch02-tracer")).doesNotExist();

        // What the same check finds in a kit that holds more than was asked.
        Files.createDirectories(kit.resolve("chapters/ch04-otlp-json/src/main/java"));
        Files.writeString(kit.resolve("chapters/ch04-otlp-json/src/main/java/X.java"), "class X {}");
        Files.writeString(kit.resolve("docs/ch04-otlp-json.md"), "# ch04");
        Path solution = kit.resolve("solutions/ch02-tracer/src/main/java/workbook/tracer/Tracer.java");
        Files.createDirectories(solution.getParent());
        Files.copy(ROOT.resolve("solutions/ch02-tracer/src/main/java/workbook/tracer/Tracer.java"), solution);
        Path withDebug = kit.resolve("repository/io/github/tracingworkbook/ch02-tracer-reference/1.0.0-SNAPSHOT/"
                + "ch02-tracer-reference-1.0.0-SNAPSHOT.jar");
        Files.copy(ROOT.resolve("solutions/ch02-tracer/target/ch02-tracer-reference-1.0.0-SNAPSHOT.jar"), withDebug,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path extraReference = kit.resolve("repository/io/github/tracingworkbook/ch08-tail-sampling-reference/"
                + "1.0.0-SNAPSHOT/ch08-tail-sampling-reference-1.0.0-SNAPSHOT.pom");
        Files.createDirectories(extraReference.getParent());
        Files.writeString(extraReference, "<project/>");

        assertThat(KitCheck.problems(WORKBOOK, kit, scope))
                .anyMatch(problem -> problem.startsWith("chapters/ch04-otlp-json/") && problem.contains("does not hold"))
                .anyMatch(problem -> problem.startsWith("docs/ch04-otlp-json.md") && problem.contains("does not hold"))
                .anyMatch(problem -> problem.startsWith("solutions/ch02-tracer/") && problem.contains("not asked for"))
                .anyMatch(problem -> problem.contains("ch02-tracer-reference") && problem.contains("LineNumberTable"))
                .anyMatch(problem -> problem.contains("ch08-tail-sampling-reference") && problem.contains("do not need"));
    }

    @Test
    void solutionsOfChaptersNotYetReleasedAreRefused() {
        assertThatThrownBy(() -> ReleaseScope.of(WORKBOOK, Optional.of("ch02"), Optional.of("ch03")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--solutions-through ch03").hasMessageContaining("--through ch02");
    }
}
