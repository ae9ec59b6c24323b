package workbook.propagation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One call the W3C test suite asks the test service to make: POST {@code arguments}, as
 * JSON, to {@code url}. The suite sends a JSON array of them:
 * {@code [{"url": "http://127.0.0.1:7778/4c1b.0", "arguments": []}]}.
 *
 * <p>Only {@code http} URLs on this machine are accepted, so the endpoint cannot be made
 * to send requests anywhere else.
 *
 * <p>A value: the service only reads {@code arguments}, it never changes them.
 *
 * @param url       where to send the call
 * @param arguments the body to send; an empty array when the element has none
 */
public record OutgoingCall(URI url, JsonNode arguments) {

    /** The most calls one request may ask for. */
    public static final int MAX_CALLS = 100;

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    public OutgoingCall {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(arguments, "arguments");
    }

    /**
     * The calls of a request body.
     *
     * @throws MalformedRequestException naming the problem: not JSON, not an array, too many
     *                                   elements, an element without a string {@code url},
     *                                   or a URL that is not {@code http} on this machine
     */
    public static List<OutgoingCall> parseAll(byte[] body, ObjectMapper json) {
        JsonNode root;
        try {
            root = Objects.requireNonNullElse(json.readTree(body), MissingNode.getInstance());
        } catch (JacksonException e) {
            throw new MalformedRequestException("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedRequestException("the body cannot be read: " + e.getMessage());
        }
        if (!root.isArray()) {
            throw new MalformedRequestException("the body must be a JSON array of {\"url\": ..., \"arguments\": ...},"
                    + " got " + (root.isMissingNode() ? "nothing" : root.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        if (root.size() > MAX_CALLS) {
            throw new MalformedRequestException("at most " + MAX_CALLS + " calls per request, got " + root.size());
        }
        List<OutgoingCall> calls = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            calls.add(parse(i, root.get(i)));
        }
        return List.copyOf(calls);
    }

    private static OutgoingCall parse(int index, JsonNode element) {
        String where = "element " + index;
        if (!element.isObject()) {
            throw new MalformedRequestException(where + " must be an object, got " + element);
        }
        JsonNode url = element.get("url");
        if (url == null || !url.isTextual()) {
            throw new MalformedRequestException(where + " needs a string \"url\", got " + element);
        }
        JsonNode arguments = element.get("arguments");
        return new OutgoingCall(loopbackHttp(where, url.asText()),
                arguments == null || arguments.isNull() ? JsonNodeFactory.instance.arrayNode() : arguments);
    }

    private static URI loopbackHttp(String where, String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new MalformedRequestException(where + ": \"url\" is not a URI: " + e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null || !LOOPBACK_HOSTS.contains(uri.getHost())) {
            throw new MalformedRequestException(where + ": \"url\" must be an http:// URL on this machine"
                    + " (127.0.0.1, localhost or [::1]), got '" + text + "'");
        }
        return uri;
    }
}
