package workbook.testkit;

import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What a call throws, for assertions on errors. While the code it calls is still a TODO,
 * the TODO's own exception is rethrown, so the test fails with "TODO chNN.k: ..." rather
 * than with "expected an IllegalArgumentException".
 */
public final class Thrown {

    private Thrown() {}

    /** The throwable {@code call} throws, or {@code null} when it returns normally. */
    public static Throwable by(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        if (thrown instanceof UnsupportedOperationException todo && String.valueOf(todo.getMessage()).startsWith("TODO ")) {
            throw todo;
        }
        return thrown;
    }
}
