package workbook.harness.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberSplicerTest {

    private static final String REFERENCE = """
            package p;

            final class Collector {
                private int count;

                /** Counts. */
                void add(int n) {
                    // BEGIN SOLUTION ch03.1
                    count += n;
                    // END SOLUTION
                }

                boolean complete(double now, String why) {
                    // BEGIN SOLUTION ch03.2
                    return now > 3;
                    // END SOLUTION
                }

                int both() {
                    // BEGIN SOLUTION ch03.1
                    int a = 1;
                    // END SOLUTION
                    // BEGIN SOLUTION ch03.2
                    return a + 1;
                    // END SOLUTION
                }

                static final class Inner {
                    String name() {
                        // BEGIN SOLUTION ch03.3
                        return "inner";
                        // END SOLUTION
                    }
                }
            }
            """;

    private static final String LEARNER = """
            package p;

            final class Collector {
                private int count;
                private final StringBuilder log = new StringBuilder(); // the learner's own field

                void add(int n) {
                    count += n; log.append(n);
                }

                boolean complete(double now, String why) {
                    // TODO ch03.2: decide
                    throw new UnsupportedOperationException("TODO ch03.2: decide");
                }

                int both() {
                    throw new UnsupportedOperationException("TODO ch03.1: half done");
                }

                static final class Inner {
                    String name() {
                        throw new UnsupportedOperationException("TODO ch03.3: name");
                    }
                }

                private void helper() {}
            }
            """;

    @Test
    void membersHoldingOtherTodosComeFromTheReference() {
        String hybrid = MemberSplicer.splice("p/Collector.java", LEARNER, REFERENCE, id -> !id.equals("ch03.1"))
                .orElseThrow();

        assertThat(hybrid).contains("return now > 3;", "return \"inner\";")
                .doesNotContain("TODO ch03.2: decide", "TODO ch03.3: name");
    }

    @Test
    void theGradedTodosMembersAndEverythingElseStayTheLearners() {
        String hybrid = MemberSplicer.splice("p/Collector.java", LEARNER, REFERENCE, id -> !id.equals("ch03.1"))
                .orElseThrow();

        assertThat(hybrid).contains("count += n; log.append(n);", "private final StringBuilder log",
                "private void helper() {}", "TODO ch03.1: half done")
                .as("a member that also holds the graded TODO's region stays the learner's")
                .doesNotContain("int a = 1;");
    }

    @Test
    void aTodoIsUntouchedWhileItsStubMembersAreAsTheSkeletonGaveThem() {
        String reformatted = LEARNER.replace("        // TODO ch03.2: decide\n", "        // TODO ch03.2: decide\n\n");
        String started = LEARNER.replace("throw new UnsupportedOperationException(\"TODO ch03.2: decide\");",
                "return now > 1;");

        assertThat(MemberSplicer.untouched("p/Collector.java", reformatted, LEARNER, "TODO ch03.2:")).isTrue();
        assertThat(MemberSplicer.untouched("p/Collector.java", started, LEARNER, "TODO ch03.2:")).isFalse();
        assertThat(MemberSplicer.untouched("p/Collector.java", started, LEARNER, "TODO ch03.3:")).isTrue();
    }

    @Test
    void nothingToTakeLeavesTheFileAsItIs() {
        assertThat(MemberSplicer.splice("p/Collector.java", LEARNER, REFERENCE, id -> false)).contains(LEARNER);
    }

    @Test
    void aMissingMemberOrAFileThatDoesNotParseGivesNoHybrid() {
        String withoutComplete = LEARNER.replace("boolean complete(double now, String why)",
                "boolean completeAt(double now)");

        assertThat(MemberSplicer.splice("p/Collector.java", withoutComplete, REFERENCE, id -> id.equals("ch03.2")))
                .isEqualTo(Optional.empty());
        assertThat(MemberSplicer.splice("p/Collector.java", "class {", REFERENCE, id -> id.equals("ch03.2")))
                .isEqualTo(Optional.empty());
    }
}
