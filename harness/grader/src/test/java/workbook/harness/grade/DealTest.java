package workbook.harness.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbook.engine.protocol.RunRequest;

/** How a lone submission's chapters are dealt over its test JVMs. */
class DealTest {

    private static final List<RunRequest.ChapterRequest> CHAPTERS = List.of(chapter("ch01"), chapter("ch02"),
            chapter("ch03"), chapter("ch04"), chapter("ch05"));

    @Test
    void untimedChaptersAreDealtRoundRobin() {
        assertThat(ids(Grader.deal(CHAPTERS, 2, Map.of("ch01", Duration.ofSeconds(1)))))
                .containsExactly(List.of("ch01", "ch03", "ch05"), List.of("ch02", "ch04"));
    }

    @Test
    void timedChaptersAreDealtSoThatTheJvmsFinishTogether() {
        Map<String, Duration> measured = Map.of("ch01", seconds(1), "ch02", seconds(4), "ch03", seconds(1),
                "ch04", seconds(4), "ch05", seconds(2));

        // Longest first to the least loaded: ch02 -> 0, ch04 -> 1, ch05 -> 0, ch01 -> 1, ch03 -> 1 (6 s each).
        assertThat(ids(Grader.deal(CHAPTERS, 2, measured)))
                .containsExactly(List.of("ch02", "ch05"), List.of("ch01", "ch03", "ch04"));
        assertThat(ids(Grader.deal(CHAPTERS, 1, measured))).containsExactly(List.of("ch01", "ch02", "ch03", "ch04",
                "ch05"));
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    private static RunRequest.ChapterRequest chapter(String id) {
        return RunRequest.ChapterRequest.of(id, Map.of(), Map.of(), List.of(), List.of());
    }

    private static List<List<String>> ids(List<List<RunRequest.ChapterRequest>> groups) {
        return groups.stream().map(group -> group.stream().map(RunRequest.ChapterRequest::id).toList()).toList();
    }
}
