package workbook.learner.check;

import java.util.List;

/**
 * What one pass over a chapter found: compile problems (then no test ran) or the outcome of
 * every visible test; and how long the pass took. Immutable.
 *
 * @param compileProblems the compiler's errors, empty when the chapter compiled
 * @param tests           every visible test's outcome, in the engine's order
 * @param problem         a problem that is neither (class path not prepared, engine down), or null
 * @param millis          wall time of the pass
 */
public record CheckReport(List<CompileProblem> compileProblems, List<TestOutcome> tests, String problem, long millis) {

    public CheckReport {
        compileProblems = List.copyOf(compileProblems);
        tests = List.copyOf(tests);
    }

    public static CheckReport compileFailed(List<CompileProblem> problems, long millis) {
        return new CheckReport(problems, List.of(), null, millis);
    }

    public static CheckReport ran(List<TestOutcome> tests, long millis) {
        return new CheckReport(List.of(), tests, null, millis);
    }

    public static CheckReport broken(String problem, long millis) {
        return new CheckReport(List.of(), List.of(), problem, millis);
    }

    public boolean compiled() {
        return compileProblems.isEmpty() && problem == null;
    }
}
