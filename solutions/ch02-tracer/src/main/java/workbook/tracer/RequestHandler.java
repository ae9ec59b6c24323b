package workbook.tracer;

import workbook.trace.SpanKind;

/**
 * The traced operations of {@link SimpleService}, the seed's two decorated methods. They sit
 * on an interface because a {@link java.lang.reflect.Proxy} can only intercept interface
 * calls; that is the price of decorators in plain Java (frameworks pay it with generated
 * subclasses or bytecode agents instead).
 */
public interface RequestHandler {

    /** Handles one request and puts the response in its queue; a server span. */
    @Traced(value = "handle_request", kind = SpanKind.SERVER)
    void handleRequest(ServiceRequest request);

    /** The work behind a request; an internal span, a child of {@code handle_request}. */
    @Traced("process_data")
    String processData(String payload);
}
