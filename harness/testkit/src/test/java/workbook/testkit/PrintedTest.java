package workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class PrintedTest {

    @Test
    void systemOutIsCapturedAsUtf8AndPutBack() {
        PrintStream before = System.out;

        String printed = Printed.onSystemOut(() -> System.out.println("span → 0.320 s, naïve"));

        assertThat(printed).isEqualTo("span → 0.320 s, naïve" + System.lineSeparator());
        assertThat(System.out).isSameAs(before);
    }

    @Test
    void anUncheckedFailureComesOutUnchangedAndSystemOutIsPutBack() {
        PrintStream before = System.out;
        IllegalStateException failure = new IllegalStateException("TODO ch02.1");

        Throwable thrown = catchThrowable(() -> Printed.onSystemOut(() -> {
            System.out.print("half a line");
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(System.out).isSameAs(before);
    }

    @Test
    void aCheckedFailureFailsTheTestWithItAsTheCause() {
        PrintStream before = System.out;
        IOException failure = new IOException("page not written");

        Throwable thrown = catchThrowable(() -> Printed.onSystemOut(() -> {
            throw failure;
        }));

        assertThat(thrown).isInstanceOf(AssertionError.class).hasCause(failure);
        assertThat(System.out).isSameAs(before);
    }

    @Test
    void aProgramGivenItsStreamIsCapturedWithoutTouchingSystemOut() {
        PrintStream before = System.out;

        String printed = Printed.to(out -> out.print("Traces kept: 12 of 40 ✓"));

        assertThat(printed).isEqualTo("Traces kept: 12 of 40 ✓");
        assertThat(System.out).isSameAs(before);
    }
}
