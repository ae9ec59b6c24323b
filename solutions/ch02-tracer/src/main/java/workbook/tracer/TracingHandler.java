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
        // BEGIN SOLUTION ch02.5
        Traced traced = method.getAnnotation(Traced.class);
        if (traced == null) {
            return invokeTarget(method, args);
        }
        return tracer.inSpan(traced.value(), serviceNameOf(target), traced.kind(), () -> invokeTarget(method, args));
        // END SOLUTION
    }

    /** Calls {@code method} on the target, rethrowing what the target threw, not the wrapper. */
    private Object invokeTarget(Method method, Object[] args) throws Exception {
        // BEGIN SOLUTION ch02.5
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException wrapper) {
            Throwable cause = wrapper.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UndeclaredThrowableException(cause);
        }
        // END SOLUTION
    }

    /**
     * The service name stamped on a target's spans: its {@link ServiceNamed#serviceName()}, or
     * else the simple name of its class (the seed's
     * {@code getattr(self, "service_name", self.__class__.__name__)}).
     */
    static String serviceNameOf(Object target) {
        // BEGIN SOLUTION ch02.4
        if (target instanceof ServiceNamed named) {
            return named.serviceName();
        }
        String simpleName = target.getClass().getSimpleName();
        return simpleName.isEmpty() ? target.getClass().getName() : simpleName;
        // END SOLUTION
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
