package workbook.tracer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import workbook.trace.SpanKind;

/**
 * Marks an interface method to run in a span named {@link #value()}: the seed's
 * {@code @traced("handle_request")} decorator. Java has no decorators, so the annotation does
 * nothing by itself; {@link Tracer#traced(Class, Object)} wraps an implementation in a proxy
 * that reads it on every call. OpenTelemetry's {@code @WithSpan} plays the same role, applied
 * by its Java agent instead of a proxy.
 *
 * <p>It belongs on the interface's method, because the proxy only sees the interface; an
 * annotation on the implementing class's method is never read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Traced {

    /** The span's operation name, such as {@code handle_request}; must not be blank. */
    String value();

    /** The span's role in the request; most spans are {@link SpanKind#INTERNAL}. */
    SpanKind kind() default SpanKind.INTERNAL;
}
