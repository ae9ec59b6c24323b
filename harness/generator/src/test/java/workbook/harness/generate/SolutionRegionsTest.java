package workbook.harness.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolutionRegionsTest {

    private static final ChapterManifest.Todo TODO =
            new ChapterManifest.Todo("ch09.1", "Return the answer", 2, List.of("It is \"42\".", "Really."));

    @Test
    void regionBecomesTodoCommentFirstHintAndThrow() {
        String source = """
                class A {
                    int answer() {
                        // BEGIN SOLUTION ch09.1
                        return 42;
                        // END SOLUTION
                    }
                }
                """;

        String skeleton = SolutionRegions.skeleton("A.java", source, id -> TODO);

        assertThat(skeleton).isEqualTo("""
                class A {
                    int answer() {
                        // TODO ch09.1: Return the answer
                        //   Hint: It is "42".
                        throw new UnsupportedOperationException("TODO ch09.1: Return the answer");
                    }
                }
                """);
    }

    @Test
    void partlySolvedKeepsTheReferenceWithoutMarkersExceptWhereLeftAsSkeleton() {
        ChapterManifest.Todo other = new ChapterManifest.Todo("ch09.2", "Return the question", 1, List.of());
        String source = """
                class A {
                    int answer() {
                        // BEGIN SOLUTION ch09.1
                        return 42;
                        // SKELETON
                        // return 0;
                        // END SOLUTION
                    }
                    String question() {
                        // BEGIN SOLUTION ch09.2
                        return "?";
                        // END SOLUTION
                    }
                }
                """;

        String probe = SolutionRegions.partlySolved("A.java", source, id -> id.equals("ch09.1") ? TODO : other,
                id -> id.equals("ch09.2"));

        assertThat(probe).isEqualTo("""
                class A {
                    int answer() {
                        return 42;
                    }
                    String question() {
                        // TODO ch09.2: Return the question
                        throw new UnsupportedOperationException("TODO ch09.2: Return the question");
                    }
                }
                """);
    }

    @Test
    void skeletonPartReplacesTheThrow() {
        String source = """
                    void handle() {
                        // BEGIN SOLUTION ch09.1
                        fixed();
                        // SKELETON
                        // buggy();
                        //
                        // more();
                        // END SOLUTION
                        after();
                    }
                """;

        String skeleton = SolutionRegions.skeleton("A.java", source, id -> TODO);

        assertThat(skeleton).contains("        buggy();\n\n        more();\n        after();")
                .doesNotContain("fixed()").doesNotContain("UnsupportedOperationException");
    }

    @Test
    void throwingRegionMustEndItsBlock() {
        String source = "void f() {\n  // BEGIN SOLUTION ch09.1\n  a();\n  // END SOLUTION\n  b();\n}\n";

        assertThatThrownBy(() -> SolutionRegions.skeleton("A.java", source, id -> TODO))
                .hasMessageContaining("A.java:4").hasMessageContaining("must end its block");
    }

    @Test
    void unknownTodoIdIsNamed() {
        String source = "void f() {\n  // BEGIN SOLUTION ch09.7\n  a();\n  // END SOLUTION\n}\n";

        assertThatThrownBy(() -> SolutionRegions.skeleton("A.java", source, id -> null))
                .hasMessageContaining("A.java:2").hasMessageContaining("ch09.7 is not in the chapter's chapter.json");
    }

    @Test
    void unterminatedAndUnnamedRegionsAreRejected() {
        assertThatThrownBy(() -> SolutionRegions.find("A.java", "// BEGIN SOLUTION ch09.1\nx();\n"))
                .hasMessageContaining("has no '// END SOLUTION'");
        assertThatThrownBy(() -> SolutionRegions.find("A.java", "// BEGIN SOLUTION\nx();\n// END SOLUTION\n"))
                .hasMessageContaining("needs a TODO ID");
        assertThatThrownBy(() -> SolutionRegions.find("A.java", "x();\n// END SOLUTION\n"))
                .hasMessageContaining("A.java:2").hasMessageContaining("outside");
    }

    @Test
    void findListsRegionsWithLineNumbers() {
        String source = "a\n// BEGIN SOLUTION ch09.1\nb\n// END SOLUTION\n}\n";

        assertThat(SolutionRegions.find("A.java", source))
                .containsExactly(new SolutionRegions.Region("ch09.1", 2, 4));
    }
}
