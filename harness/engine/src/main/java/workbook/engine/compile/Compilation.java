package workbook.engine.compile;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What compiling gave: the classes (binary name to class file bytes) or the errors. Immutable.
 *
 * @param classes the compiled classes, empty when compiling failed
 * @param errors  the compiler's errors (at most {@link InMemoryCompiler#MAX_ERRORS} of them)
 * @param failure why compiling did not complete at all (a timeout, a compiler crash), or null
 * @param moreErrors how many errors there were beyond {@code errors}
 */
public record Compilation(Map<String, byte[]> classes, List<CompileError> errors, String failure, long moreErrors) {

    public Compilation {
        classes = new TreeMap<>(classes);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return failure == null && errors.isEmpty();
    }

    /** The errors as the compiler would print them, one per line, files under {@code sourceRoot}. */
    public String describe(String sourceRoot) {
        if (failure != null) {
            return failure;
        }
        StringBuilder text = new StringBuilder();
        for (CompileError error : errors) {
            text.append(error.describe(sourceRoot)).append('\n');
        }
        if (moreErrors > 0) {
            text.append("… and ").append(moreErrors).append(" more error(s)\n");
        }
        return text.toString().strip();
    }
}
