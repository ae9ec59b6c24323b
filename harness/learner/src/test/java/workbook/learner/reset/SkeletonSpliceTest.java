package workbook.learner.reset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkeletonSpliceTest {

    private static final String SKELETON = """
            package workbook.answers;

            /** Answers { with a brace in the javadoc. */
            public final class Answer {

                private static final String BRACES = "}{ \\" }";
                private static final char OPEN = '{';

                /** The answer. */
                @SuppressWarnings({"unused", "rawtypes"})
                public int answer() {
                    // TODO ch09.1: Return the answer
                    //   Hint: It is 42.
                    throw new UnsupportedOperationException("TODO ch09.1: Return the answer");
                }

                public int twice() {
                    // TODO ch09.2: Double the answer
                    throw new UnsupportedOperationException("TODO ch09.2: Double the answer");
                }

                static final class Name {
                    String name() {
                        // TODO ch09.1: Return the answer
                        return "";
                    }
                }
            }
            """;

    private static final String LEARNER = """
            package workbook.answers;

            /** Answers { with a brace in the javadoc. */
            public final class Answer {

                private static final String BRACES = "}{ \\" }";
                private static final char OPEN = '{';

                /** The answer, as I worked it out. */
                @SuppressWarnings({"unused", "rawtypes"})
                public int answer() {
                    String text = \"""
                        } not a brace {
                        \""";
                    return helper() /* } */ + 1; // }
                }

                private int helper() {
                    return 41;
                }

                public int twice() {
                    return 2 * answer();
                }

                static final class Name {
                    String name() {
                        return "forty-two";
                    }
                }
            }
            """;

    @Test
    void theMembersHoldingTheTodoAreRestoredAndEverythingElseIsKept() {
        SkeletonSplice.Result result = SkeletonSplice.resetTodo(SKELETON, LEARNER, "ch09.1");

        assertThat(result.missing()).isEmpty();
        assertThat(result.restored()).containsExactly("public int answer()", "String name()");
        assertThat(result.source())
                .contains("/** The answer. */\n    @SuppressWarnings({\"unused\", \"rawtypes\"})\n    public int answer() {\n"
                        + "        // TODO ch09.1: Return the answer\n")
                .doesNotContain("as I worked it out")
                .contains("private int helper() {\n        return 41;\n    }")
                .contains("return 2 * answer();")
                .contains("        String name() {\n            // TODO ch09.1: Return the answer\n            return \"\";")
                .doesNotContain("forty-two");
    }

    @Test
    void resettingEveryTodoGivesBackTheSkeletonExceptWhatTheLearnerAdded() {
        String once = SkeletonSplice.resetTodo(SKELETON, LEARNER, "ch09.1").source();
        String both = SkeletonSplice.resetTodo(SKELETON, once, "ch09.2").source();

        assertThat(both.replace("""
                    private int helper() {
                        return 41;
                    }

                """, "")).isEqualTo(SKELETON);
    }

    @Test
    void aMemberTheLearnerRenamedIsReportedMissing() {
        String renamed = LEARNER.replace("public int twice()", "public int doubled()");

        SkeletonSplice.Result result = SkeletonSplice.resetTodo(SKELETON, renamed, "ch09.2");

        assertThat(result.missing()).containsExactly("public int twice()");
        assertThat(result.source()).isEqualTo(renamed);
    }

    @Test
    void membersAreKnownByTheirTypeAndHeaderWithoutCommentsOrAnnotations() {
        assertThat(JavaMembers.of(SKELETON)).extracting(JavaMembers.Member::key)
                .containsExactly("/Answer/public int answer()", "/Answer/public int twice()", "/Answer/Name/String name()");
    }

    @Test
    void anOutlineKeepsSignaturesAndDropsBodiesSoThatABodyEditKeepsIt() {
        String outline = JavaMembers.outline(SKELETON);

        assertThat(outline).contains("public int answer() {}").contains("String name() {}")
                .contains("private static final String BRACES = \"}{ \\\" }\";")
                .doesNotContain("UnsupportedOperationException");
        assertThat(JavaMembers.outline(SKELETON.replace("return \"\";", "return \"forty-two\";"))).isEqualTo(outline);
        assertThat(JavaMembers.outline(SKELETON.replace("public int twice()", "public long twice()")))
                .isNotEqualTo(outline);
    }
}
