package workbook.sampling;

import java.util.SplittableRandom;
import workbook.trace.IdGenerator;

/** Valid, reproducible IDs that count how many were drawn. */
final class CountingIds implements IdGenerator {

    private final IdGenerator ids = IdGenerator.random(new SplittableRandom(5));
    int traceIds;
    int spanIds;

    @Override
    public String newTraceId() {
        traceIds++;
        return ids.newTraceId();
    }

    @Override
    public String newSpanId() {
        spanIds++;
        return ids.newSpanId();
    }
}
