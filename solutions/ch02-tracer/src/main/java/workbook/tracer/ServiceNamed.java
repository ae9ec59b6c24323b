package workbook.tracer;

/**
 * A traced object that names its service: the seed's {@code service_name} attribute. The
 * tracer stamps this name on the spans of a proxied object's methods; an object that is not
 * {@code ServiceNamed} is named after its class, as the seed falls back to
 * {@code self.__class__.__name__}. OpenTelemetry puts the same value in the
 * {@code service.name} resource attribute.
 */
public interface ServiceNamed {

    /** The name of the service, such as {@code OrderService}; never blank. */
    String serviceName();
}
