package workbook.testkit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.Tag;

/**
 * Runs tests in the order a learner does the TODOs, by their {@code @Tag("chNN.k")}: the first
 * failure on screen then belongs to the next unfinished TODO. Tests of the same TODO run in
 * the order of their method names; untagged tests run last. Configured once, in the test kit's
 * {@code junit-platform.properties}. Stateless.
 */
public final class TodoOrder {

    private TodoOrder() {}

    /** Classes by the first TODO any of their tests is tagged with. */
    public static final class Classes implements ClassOrderer {
        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(byTodoThenName(
                    (ClassDescriptor descriptor) -> firstTodo(descriptor.getTestClass()),
                    descriptor -> descriptor.getTestClass().getName()));
        }
    }

    /** Methods by their own TODO tag, else their class's. */
    public static final class Methods implements MethodOrderer {
        @Override
        public void orderMethods(MethodOrdererContext context) {
            context.getMethodDescriptors().sort(byTodoThenName(
                    (MethodDescriptor descriptor) -> todoOf(descriptor.getMethod()),
                    descriptor -> descriptor.getMethod().getName()));
        }
    }

    private static <T> Comparator<T> byTodoThenName(Function<T, Optional<TodoId>> todo, Function<T, String> name) {
        Comparator<Optional<TodoId>> todosFirst = Comparator.comparing(
                id -> id.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
        return Comparator.comparing(todo, todosFirst).thenComparing(name);
    }

    /** The smallest TODO among a class's own tag and its (inherited, nested) test methods' tags. */
    private static Optional<TodoId> firstTodo(Class<?> testClass) {
        Optional<TodoId> own = todoOf(testClass);
        Optional<TodoId> methods = Arrays.stream(testClass.getDeclaredMethods())
                .map(method -> todoOf((AnnotatedElement) method))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        Optional<TodoId> nested = Arrays.stream(testClass.getDeclaredClasses())
                .map(TodoOrder::firstTodo)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        return java.util.stream.Stream.of(own, methods, nested)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /** The smallest TODO ID among an element's {@code @Tag}s. */
    static Optional<TodoId> todoOf(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotationsByType(Tag.class))
                .map(tag -> TodoId.tryParse(tag.value()))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /** The TODO of a test method: its own tag, else its class's. */
    static Optional<TodoId> todoOf(Method method) {
        return todoOf((AnnotatedElement) method).or(() -> todoOf((AnnotatedElement) method.getDeclaringClass()));
    }
}
