package workbook.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import workbook.harness.grade.Submission;

class ShardTest {

    private static List<Submission> batch(int size) {
        return IntStream.range(0, size).mapToObj(i -> Submission.of(Path.of("learner-" + i))).toList();
    }

    @Test
    void theSharesOfABatchArePairwiseDisjointCoverItAndDifferInSizeByAtMostOne() {
        List<Submission> batch = batch(23);
        List<Submission> all = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            List<Submission> share = new Shard(i, 4).of(batch);
            assertThat(share.size()).isBetween(5, 6);
            assertThat(all).doesNotContainAnyElementsOf(share);
            all.addAll(share);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void aShareDependsOnTheNamesNotOnTheOrderTheyAreGivenIn() {
        List<Submission> shuffled = new ArrayList<>(batch(10));
        Collections.shuffle(shuffled, new Random(7));

        assertThat(new Shard(2, 3).of(shuffled)).isEqualTo(new Shard(2, 3).of(batch(10)));
    }

    @Test
    void aMalformedShardIsRefusedWithWhatIsExpected() {
        Shard.Converter converter = new Shard.Converter();

        assertThat(converter.convert("2/5")).isEqualTo(new Shard(2, 5));
        assertThatThrownBy(() -> converter.convert("0/5")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("1 <= i <= n");
        assertThatThrownBy(() -> converter.convert("6/5")).hasMessageContaining("got 6/5");
        assertThatThrownBy(() -> converter.convert("two")).hasMessageContaining("--shard must be i/n (e.g. 2/5)");
    }
}
