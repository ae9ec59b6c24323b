package workbook.harness.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.harness.generate.Workbook;

/** Recipes become submissions, and a recipe the reference moved away from fails loudly. */
class ExampleSubmissionsTest {

    private static final Workbook WORKBOOK = Workbook.at(
            Path.of(System.getProperty("workbook.root", "../..")).toAbsolutePath().normalize());
    private static final String TRACE = "chapters/ch01-data-types/src/main/java/workbook/trace/Trace.java";

    @TempDir
    Path out;

    @Test
    void headerNamesChaptersTodosLeftAndPacking() throws Exception {
        Path file = out.resolve("partial.patch");
        Files.writeString(file, "Chapters: ch01\nLeft as skeleton: ch01.4 ch01.5\nPacked: zip\n");

        ExampleRecipe recipe = ExampleRecipe.read(file);

        assertThat(recipe.name()).isEqualTo("partial");
        assertThat(recipe.chapters()).containsExactly("ch01");
        assertThat(recipe.leftAsSkeleton()).containsExactlyInAnyOrder("ch01.4", "ch01.5");
        assertThat(recipe.zipped()).isTrue();
        assertThat(recipe.diff()).isEmpty();
    }

    @Test
    void aLineThatIsNeitherHeaderNorDiffIsRefused() throws Exception {
        Path file = out.resolve("odd.patch");
        Files.writeString(file, "Chapters: ch01\nsomething else\n");

        assertThatThrownBy(() -> ExampleRecipe.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'something else' is not a header line");
    }

    @Test
    void todosLeftAsSkeletonAreTheSkeletonsAndTheRestIsTheReference() throws Exception {
        ExampleRecipe recipe = new ExampleRecipe("half", List.of("ch01"), Set.of("ch01.8"), false, "");

        Path folder = ExampleSubmissions.make(WORKBOOK, recipe, out);

        String trace = Files.readString(folder.resolve(TRACE));
        assertThat(trace).contains("TODO ch01.8").doesNotContain("BEGIN SOLUTION").doesNotContain("TODO ch01.7");
    }

    @Test
    void aDiffWhoseContextNoLongerMatchesNamesTheRecipeAndTheFile() {
        String diff = "--- a/" + TRACE + "\n+++ b/" + TRACE + "\n@@ -1,2 +1,2 @@\n"
                + "-package workbook.somewhere.else;\n+package workbook.trace;\n \n";
        ExampleRecipe recipe = new ExampleRecipe("stale", List.of("ch01"), Set.of(), false, diff);

        assertThatThrownBy(() -> ExampleSubmissions.make(WORKBOOK, recipe, out))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stale.patch no longer applies to " + TRACE);
    }

    @Test
    void textAfterTheHeaderThatHoldsNoFileDiffIsRefused() {
        ExampleRecipe recipe = new ExampleRecipe("empty-diff", List.of("ch01"), Set.of(), false, "--- nothing\n");

        assertThatThrownBy(() -> ExampleSubmissions.make(WORKBOOK, recipe, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty-diff.patch has text after its header but no file diff");
    }
}
