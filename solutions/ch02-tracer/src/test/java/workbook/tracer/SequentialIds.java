package workbook.tracer;

import workbook.trace.IdGenerator;

/**
 * IDs a reader can follow: trace IDs {@code 000...001}, {@code 000...002}, and span IDs
 * {@code 0000000000000001}, {@code 0000000000000002}, in the order they are asked for.
 */
final class SequentialIds implements IdGenerator {

    private long traces;
    private long spans;

    @Override
    public String newTraceId() {
        return String.format("%032x", ++traces);
    }

    @Override
    public String newSpanId() {
        return String.format("%016x", ++spans);
    }
}
