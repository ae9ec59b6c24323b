package workbook.propagation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The W3C {@code tracestate} header: what each tracing system in a request's path wants to
 * pass on in its own format, as an ordered list such as
 * {@code rojo=00f067aa0ba902b7,congo=t61rcWkgMzE}. The left-most member belongs to the
 * system that wrote the current {@code traceparent}.
 *
 * <p>The seed has nothing like it: its headers serve one tracing system only.
 * OpenTelemetry keeps it in {@code SpanContext.getTraceState()} and passes it on untouched
 * unless a sampler or vendor changes its own member.
 *
 * <p>Rules kept here: at most {@value #MAX_MEMBERS} members; keys and values as
 * {@link TraceStateGrammar} says; each key once (a duplicate received is discarded); a member
 * added or updated moves to the left; the order of the others never changes.
 *
 * <p>Immutable.
 */
public final class TraceState {

    /** The most list members a {@code tracestate} may have. */
    public static final int MAX_MEMBERS = 32;

    private static final TraceState EMPTY = new TraceState(List.of());

    /**
     * One list member.
     *
     * @param key   who it belongs to, such as {@code congo} or {@code tenant@congo}
     * @param value opaque to everyone but its owner
     */
    public record Member(String key, String value) {
        public Member {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    private final List<Member> members;

    private TraceState(List<Member> members) {
        this.members = members;
    }

    /** No members: what a new trace starts with, and what an invalid header is replaced by. */
    public static TraceState empty() {
        return EMPTY;
    }

    /** {@link #parse(List)} for a request with one {@code tracestate} field. */
    public static Optional<TraceState> parse(String headerValue) {
        return parse(List.of(headerValue));
    }

    /**
     * Reads the {@code tracestate} fields of one request, or returns empty when they are
     * invalid, in which case the receiver drops the whole header (the W3C suite checks
     * that nothing of an invalid header is passed on).
     *
     * <p>Several fields are one list, joined in order with commas, as HTTP joins repeated
     * fields. Spaces and tabs around a member are not part of it; empty members (an empty
     * field, {@code a=1,,b=2}) are allowed and skipped. A key seen again is a duplicate: the
     * first (left-most, the most recent) member with that key is kept and the later ones are
     * discarded, as the spec allows and OpenTelemetry does. Invalid: a member without
     * {@code =}, a key or value outside {@link TraceStateGrammar}, more than
     * {@value #MAX_MEMBERS} members (duplicates count, empty members do not).
     *
     * @param headerValues the values of every {@code tracestate} field, in the order received
     */
    public static Optional<TraceState> parse(List<String> headerValues) {
        Objects.requireNonNull(headerValues, "headerValues");
        // TODO ch06.3: Read tracestate within its grammar and limits
        //   Hint: All tracestate fields form one list, joined by commas; trim spaces and tabs around each member, skip empty members and split the rest at the first '=' (docs/ch06-propagation.md#ch063).
        throw new UnsupportedOperationException("TODO ch06.3: Read tracestate within its grammar and limits");
    }

    /**
     * This list with {@code key=value} as its left-most member: how a tracing system records
     * its position when it sends the request on. An earlier member with the same key is
     * removed; the others keep their order. Should the list then be too long, members are
     * dropped from the right end, as the spec asks.
     *
     * @throws IllegalArgumentException when the key or the value breaks the W3C grammar
     */
    public TraceState with(String key, String value) {
        // TODO ch06.4: Put a tracestate member on the left
        //   Hint: The new member comes first, the old member with the same key goes, the others keep their order (docs/ch06-propagation.md#ch064).
        throw new UnsupportedOperationException("TODO ch06.4: Put a tracestate member on the left");
    }

    /** The value of {@code key}, if the list has it. */
    public Optional<String> get(String key) {
        return members.stream().filter(member -> member.key().equals(key)).map(Member::value).findFirst();
    }

    /** The members, left-most first. */
    public List<Member> members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** The header value: {@code key=value} pairs joined by commas, without optional whitespace. */
    public String toHeader() {
        return members.stream().map(member -> member.key() + "=" + member.value()).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TraceState state && members.equals(state.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return "TraceState[" + toHeader() + "]";
    }
}
