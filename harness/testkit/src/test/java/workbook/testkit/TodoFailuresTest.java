package workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class TodoFailuresTest {

    private static final TodoId TODO = TodoId.parse("ch01.4");

    @Test
    void aStubIsLeftAsItIsAndRecognised() {
        UnsupportedOperationException stub = new UnsupportedOperationException("TODO ch01.4: Record tags");

        assertThat(TodoFailures.explain(TODO, "tags keep their order", stub, getClass())).isSameAs(stub);
        assertThat(TodoFailures.isStub(stub)).contains(TODO);
        assertThat(TodoFailures.stubMessage(stub)).contains("TODO ch01.4: Record tags");
    }

    @Test
    void anImmutableCollectionsExceptionIsNotAStub() {
        Throwable thrown = catchFrom(() -> List.of().add(null));

        assertThat(TodoFailures.isStub(thrown)).isEmpty();
        assertThat(TodoFailures.explain(TODO, "tags keep their order", thrown, getClass()).getMessage())
                .startsWith("TODO ch01.4 tags keep their order\nyour code threw java.lang.UnsupportedOperationException");
    }

    @Test
    void anAssertionOnAStubsExceptionPointsAtTheStub() {
        AssertionError assertion = new AssertionError("Expecting actual throwable to be an instance of:\n"
                + "  java.lang.IllegalArgumentException\nbut was:\n"
                + "  java.lang.UnsupportedOperationException: TODO ch01.1: Decide which IDs are valid\n\tat ...");

        assertThat(TodoFailures.isStub(assertion)).contains(TodoId.parse("ch01.1"));
        assertThat(TodoFailures.stubMessage(assertion)).contains("TODO ch01.1: Decide which IDs are valid");
    }

    @Test
    void anAssertionFailureGetsItsTodoAndKeepsExpectedAndActual() {
        AssertionFailedError failed = new AssertionFailedError("expected: 200 but was: 404", 200L, 404L);

        Throwable explained = TodoFailures.explain(TODO, "tags keep their types", failed, getClass());

        assertThat(explained).isInstanceOf(AssertionFailedError.class)
                .hasMessage("TODO ch01.4 tags keep their types\nexpected: 200 but was: 404");
        assertThat(((AssertionFailedError) explained).getExpected().getValue()).isEqualTo(200L);
        assertThat(((AssertionFailedError) explained).getActual().getValue()).isEqualTo(404L);
        assertThat(explained.getStackTrace()).isEqualTo(failed.getStackTrace());
    }

    @Test
    void anExceptionFromTheLearnersCodeSaysWhereItWasThrownAndKeepsTheCause() {
        // The test kit's own main classes stand for the learner's: a class folder, not a jar, not the tests.
        Throwable thrown = catchFrom(() -> new TodoId(1, 0));

        Throwable explained = TodoFailures.explain(TODO, "tags keep their order", thrown, getClass());

        assertThat(explained.getMessage()).matches("(?s)TODO ch01\\.4 tags keep their order\n"
                + "your code threw java\\.lang\\.IllegalArgumentException at TodoId\\.java:\\d+:"
                + " TODO number must be at least 1, got 0");
        assertThat(explained.getCause()).isSameAs(thrown);
        assertThat(explained.getStackTrace()[0].getClassName()).startsWith(getClass().getName());
    }

    @Test
    void theTestNameLosesItsLeadingTodoId() {
        assertThat(TodoFailures.testName(TODO, "ch01.4 tags keep their order")).isEqualTo("tags keep their order");
        assertThat(TodoFailures.testName(TODO, "ch01.4")).isEqualTo("(unnamed test)");
        assertThat(TodoFailures.testName(TODO, "other name")).isEqualTo("other name");
    }

    private static Throwable catchFrom(Runnable code) {
        try {
            code.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected an exception");
    }
}
