package workbook.learner.check;

import java.util.List;

/**
 * What one pass over a chapter found: compile problems (then no test ran) or the outcome of
 * every visible test; and how long the pass took. Immutable.
 *
 * @param compileProblems the compiler's errors, empty when the chapter compiled
 * @param tests           every visible test's outcome, in the engine's order
 * @param problem         a problem that is neither (class path not prepared, engine down), or null
 * @param notes           what the engine noticed beyond single tests (a restart, a test class that
 *                        could not start, threads left running)
 * @param millis          wall time of the pass
 */
public record CheckReport(List<CompileProblem> compileProblems, List<TestOutcome> tests, String problem,
        List<String> notes, long millis) {

    public CheckReport {
        compileProblems = List.copyOf(compileProblems);
        tests = List.copyOf(tests);
        notes = List.copyOf(notes);
    }

    public static CheckReport compileFailed(List<CompileProblem> problems, long millis) {
        return new CheckReport(problems, List.of(), null, List.of(), millis);
    }

    public static CheckReport ran(List<TestOutcome> tests, long millis) {
        return new CheckReport(List.of(), tests, null, List.of(), millis);
    }

    public static CheckReport broken(String problem, long millis) {
        return new CheckReport(List.of(), List.of(), problem, List.of(), millis);
    }

    public boolean compiled() {
        return compileProblems.isEmpty() && problem == null;
    }
}
