package workbook.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SpanTest {

    private final TraceContext context =
            TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");

    private final ManualClock clock = new ManualClock(1.5);

    private Span startSpan() {
        return Span.start(context, "handle_request", "OrderService", SpanKind.SERVER, clock);
    }

    @Test
    @Tag("ch01.4")
    @DisplayName("ch01.4 tags keep their types and their order")
    void tagsKeepTypesAndOrder() {
        Span span = startSpan();

        span.tag("http.status_code", 200).tag("success", true).tag("user", "ada").tag("load", 0.25);

        assertThat(span.tags()).containsExactly(
                Map.entry("http.status_code", 200L),
                Map.entry("success", true),
                Map.entry("user", "ada"),
                Map.entry("load", 0.25));
    }

    @Test
    @Tag("ch01.4")
    @DisplayName("ch01.4 a log is stamped with the clock's time when it is written")
    void logIsStampedWithTheClockTime() {
        Span span = startSpan();
        clock.advanceTo(1.75);

        span.log("exception", Map.of("exception", "timeout"));

        assertThat(span.logs()).containsExactly(new SpanLog(1.75, "exception", Map.of("exception", "timeout")));
    }

    @Test
    @Tag("ch01.4")
    @DisplayName("ch01.4 a blank tag key is rejected")
    void blankTagKeyIsRejected() {
        Span span = startSpan();

        assertThatThrownBy(() -> span.tag(" ", "x"))
                .as("ch01.4 tag(\" \", \"x\") must throw IllegalArgumentException naming the tag key")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag key");
    }

    @Test
    @Tag("ch01.5")
    @DisplayName("ch01.5 finish sets the end time and the duration")
    void finishSetsEndAndDuration() {
        Span span = startSpan();
        assertThat(span.isFinished()).as("before finish").isFalse();

        span.finish(2.0);

        assertThat(span.isFinished()).as("after finish").isTrue();
        assertThat(span.endTime()).hasValue(2.0);
        assertThat(span.duration()).hasValue(0.5);
    }

    @Test
    @Tag("ch01.5")
    @DisplayName("ch01.5 finishing twice is an error that names the span")
    void finishingTwiceIsAnError() {
        Span span = startSpan();
        span.finish(2.0);

        assertThatThrownBy(() -> span.finish(3.0))
                .as("ch01.5 a second finish must throw IllegalStateException naming the span")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("handle_request")
                .hasMessageContaining("already finished");
        assertThat(span.endTime()).as("the first end time stays").hasValue(2.0);
    }

    @Test
    @Tag("ch01.5")
    @DisplayName("ch01.5 ending before the start is an error")
    void endingBeforeTheStartIsAnError() {
        Span span = startSpan();

        assertThatThrownBy(() -> span.finish(1.0))
                .as("ch01.5 finish(1.0) on a span started at 1.5 must throw IllegalArgumentException naming both times")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.0")
                .hasMessageContaining("1.5");
        assertThat(span.isFinished()).isFalse();
    }

    @Test
    @Tag("ch01.6")
    @DisplayName("ch01.6 the snapshot holds everything the span recorded")
    void snapshotHoldsWhatWasRecorded() {
        Span span = startSpan().tag("success", true);
        span.finish(2.0);

        SpanData data = span.toData();

        assertThat(data).isEqualTo(new SpanData("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null,
                "handle_request", "OrderService", SpanKind.SERVER, 1.5, 2.0, Map.of("success", true), List.of()));
        assertThat(data.duration()).isEqualTo(0.5);
    }

    @Test
    @Tag("ch01.6")
    @DisplayName("ch01.6 a running span has no snapshot")
    void runningSpanHasNoSnapshot() {
        Span span = startSpan();

        assertThatThrownBy(span::toData)
                .as("ch01.6 toData() on a running span must throw IllegalStateException")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not finished");
    }
}
