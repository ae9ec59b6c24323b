package workbook.spancost;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import workbook.propagation.Headers;
import workbook.propagation.Propagator;
import workbook.propagation.W3cPropagator;
import workbook.trace.TraceContext;

/**
 * Chapter 06's W3C Trace Context propagator with the same answers, and a receiving side that
 * reads {@code traceparent} in one pass over its characters. Chapter 06 streams the headers into
 * a list, trims the value into a new string, cuts four substrings out of it, checks each, and
 * builds a {@code Traceparent}, its {@code TraceFlags}, a {@code TraceState} and a
 * {@code W3cContext} before it returns a {@link TraceContext}. This one checks every rule by
 * index and, for a valid header, allocates only what it returns: the two ID strings, the
 * context and its {@link Optional}. Every request a service receives pays for extract, so this
 * is where a propagator's speed matters.
 *
 * <p>The IDs are checked once, by {@link TraceContext}'s constructor: chapter 01's rule that no
 * context ever holds a bad ID, which runs whatever an extract does (a record has no other way to
 * be made). The parse checks everything else by index first, so only a {@code traceparent} of the
 * right shape reaches that check; one whose IDs are not lowercase hex, or all zero, costs the
 * constructor's exception, which is turned into empty. {@code tracestate} is not read at all:
 * the {@link TraceContext} returned has no place for it, and chapter 06's extract, which parses
 * it, drops it, since an invalid one never costs the {@code traceparent}.
 *
 * <p>{@link #extract} agrees with {@code Propagator.w3c().extract} on all headers: the same
 * context for a valid {@code traceparent}, empty for a missing, repeated or invalid one.
 * {@link #inject} is chapter 06's.
 *
 * <p>Immutable and thread-safe.
 */
public final class FastW3cPropagator implements Propagator {

    /** The version-00 length, and the least any version may have. */
    static final int LENGTH = 55;

    private static final Propagator TAUGHT = Propagator.w3c();

    @Override
    public Headers inject(TraceContext context, Headers headers) {
        return TAUGHT.inject(context, headers);
    }

    @Override
    public Optional<TraceContext> extract(Headers headers) {
        Objects.requireNonNull(headers, "headers");
        // BEGIN SOLUTION ch09.2
        String traceparent = null;
        List<Map.Entry<String, String>> fields = headers.fields();
        for (int i = 0; i < fields.size(); i++) {
            Map.Entry<String, String> field = fields.get(i);
            if (field.getKey().equalsIgnoreCase(W3cPropagator.TRACEPARENT)) {
                if (traceparent != null) {
                    return Optional.empty();
                }
                traceparent = field.getValue();
            }
        }
        return traceparent == null ? Optional.empty() : parse(traceparent);
        // END SOLUTION
    }

    /**
     * The caller's context in a {@code traceparent} value, or empty when the W3C rules say to
     * ignore it; the spaces and tabs HTTP allows around a value are skipped. The rules are
     * chapter 06's {@code Traceparent.parse}: version {@code ff} is invalid, version {@code 00}
     * is exactly {@value #LENGTH} characters, a higher version may go on after a dash, the IDs
     * are lowercase hex and not all zero, the flags two hex digits of which bit 0 is "sampled".
     */
    static Optional<TraceContext> parse(String value) {
        // BEGIN SOLUTION ch09.2
        int start = 0;
        int end = value.length();
        while (start < end && isOws(value.charAt(start))) {
            start++;
        }
        while (end > start && isOws(value.charAt(end - 1))) {
            end--;
        }
        int length = end - start;
        if (length < LENGTH) {
            return Optional.empty();
        }
        int versionHigh = Base16.digit(value.charAt(start));
        int versionLow = Base16.digit(value.charAt(start + 1));
        if ((versionHigh | versionLow) < 0 || (versionHigh == 0xf && versionLow == 0xf)
                || value.charAt(start + 2) != '-') {
            return Optional.empty();
        }
        boolean version00 = versionHigh == 0 && versionLow == 0;
        boolean rightLength = length == LENGTH || !version00 && value.charAt(start + LENGTH) == '-';
        if (!rightLength || value.charAt(start + 35) != '-' || value.charAt(start + 52) != '-') {
            return Optional.empty();
        }
        int flagsHigh = Base16.digit(value.charAt(start + 53));
        int flagsLow = Base16.digit(value.charAt(start + 54));
        if ((flagsHigh | flagsLow) < 0) {
            return Optional.empty();
        }
        // The IDs are checked once, by the constructor (chapter 01's HexIds.isValid), which must
        // run anyway: checking them here as well would read all 48 characters twice.
        try {
            return Optional.of(new TraceContext(value.substring(start + 3, start + 35),
                    value.substring(start + 36, start + 52), null, (flagsLow & 1) != 0, Map.of()));
        } catch (IllegalArgumentException badId) {
            return Optional.empty();
        }
        // END SOLUTION
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    @Override
    public String toString() {
        return "W3C Trace Context (one-pass extract)";
    }
}
