package workbook.otlp;

/**
 * Input that is not OTLP/JSON the workbook can read, with where and what: the JSON path of
 * the offending value and the problem, such as
 * {@code $.resourceSpans[0].scopeSpans[0].spans[2].traceId: expected 32 lowercase hex
 * characters, not all zero, got "trace_7994353"}.
 */
public final class OtlpFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public OtlpFormatException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    public OtlpFormatException(String path, String problem, Throwable cause) {
        this(path, problem);
        initCause(cause);
    }

    /** Where the problem is, as a JSON path from the document root {@code $}. */
    public String path() {
        return path;
    }

    /** What is wrong there. */
    public String problem() {
        return problem;
    }
}
