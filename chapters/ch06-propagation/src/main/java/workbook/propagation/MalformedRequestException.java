package workbook.propagation;

/**
 * A request to the test service that it cannot carry out; it is answered with
 * {@code 400 Bad Request} and this exception's message, which names the problem.
 */
public final class MalformedRequestException extends RuntimeException {

    public MalformedRequestException(String message) {
        super(message);
    }
}
