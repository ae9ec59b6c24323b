package workbook.harness.cli;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine;
import workbook.harness.grade.Submission;

/**
 * One share of a batch graded on several machines ({@code --shard i/n}): the submissions,
 * sorted by name, dealt round-robin, so every machine given the same submissions grades a
 * disjoint share of nearly equal size and together they grade all. Immutable.
 *
 * @param index which share, from 1 to {@code count}
 * @param count how many shares
 */
record Shard(int index, int count) {

    Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard must be i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** This share of {@code batch}, in name order. */
    List<Submission> of(List<Submission> batch) {
        List<Submission> sorted = batch.stream().sorted(Comparator.comparing(Submission::name)).toList();
        return IntStream.range(0, sorted.size()).filter(i -> i % count == index - 1).mapToObj(sorted::get).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** Reads {@code 2/5}. */
    static final class Converter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            String[] parts = value.split("/", -1);
            try {
                if (parts.length == 2) {
                    return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            throw new CommandLine.TypeConversionException("--shard must be i/n (e.g. 2/5), got '" + value + "'");
        }
    }
}
