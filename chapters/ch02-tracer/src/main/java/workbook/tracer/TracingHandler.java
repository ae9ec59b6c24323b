package workbook.tracer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;

/**
 * What a {@link Tracer#traced} proxy does on each call: run {@link Traced @Traced} methods in a
 * span, pass every other method straight to the target, and let the target's exceptions out
 * unchanged.
 *
 * <p>Why unwrapping matters: {@link Method#invoke} wraps whatever the target throws in an
 * {@link InvocationTargetException}. Let that escape and a caller expecting
 * {@code IllegalStateException} receives an {@code UndeclaredThrowableException} instead (the
 * proxy's wrapper for a checked exception the interface does not declare), and the span's
 * {@code error.message} describes the wrapper, not the failure.
 *
 * <p>Thread safety: immutable; as safe as the {@link Tracer} and target it calls.
 */
final class TracingHandler implements InvocationHandler {

    private final Tracer tracer;
    private final Object target;

    TracingHandler(Tracer tracer, Object target) {
        this.tracer = tracer;
        this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        // TODO ch02.5: Trace @Traced calls and rethrow what the target threw
        //   Hint: invoke: method.getAnnotation(Traced.class) says whether to open a span, other methods go straight to the target; invokeTarget: Method.invoke wraps what the target throws (docs/ch02-tracer.md#ch025).
        throw new UnsupportedOperationException("TODO ch02.5: Trace @Traced calls and rethrow what the target threw");
    }

    /** Calls {@code method} on the target, rethrowing what the target threw, not the wrapper. */
    private Object invokeTarget(Method method, Object[] args) throws Exception {
        // TODO ch02.5: Trace @Traced calls and rethrow what the target threw
        //   Hint: invoke: method.getAnnotation(Traced.class) says whether to open a span, other methods go straight to the target; invokeTarget: Method.invoke wraps what the target throws (docs/ch02-tracer.md#ch025).
        throw new UnsupportedOperationException("TODO ch02.5: Trace @Traced calls and rethrow what the target threw");
    }

    /**
     * The service name stamped on a target's spans: its {@link ServiceNamed#serviceName()}, or
     * else the simple name of its class (the seed's
     * {@code getattr(self, "service_name", self.__class__.__name__)}).
     */
    static String serviceNameOf(Object target) {
        // TODO ch02.4: Wrap a service in a tracing proxy
        //   Hint: traced: a java.lang.reflect.Proxy can only implement interfaces, so reject anything else with a message saying so; serviceNameOf: the target's own service name, else its class's name (docs/ch02-tracer.md#ch024).
        throw new UnsupportedOperationException("TODO ch02.4: Wrap a service in a tracing proxy");
    }

    /**
     * {@code equals}, {@code hashCode} and {@code toString} of the proxy itself: a proxy equals
     * only itself (delegating would make {@code proxy.equals(target)} true but not the reverse).
     */
    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "Traced(" + target + ")";
        };
    }
}
