package workbook.sim;

/**
 * Thrown out of a blocking call ({@code timeout}, {@code get}) of a process whose run is over,
 * so the process unwinds: its {@code finally} blocks run and its thread ends.
 *
 * <p>Why an {@link Error} and not an exception: service loops are often written with
 * {@code catch (Exception e)}; such a handler must not swallow the end of the run and keep
 * the thread alive. Package-private, so user code cannot catch it by name.
 *
 * <p>Thread safety: immutable; it carries no stack trace, as it is control flow, not a fault.
 */
final class ProcessEnded extends Error {

    private static final long serialVersionUID = 1L;

    ProcessEnded(String processName) {
        super("process '" + processName + "' was ended because its Environment finished running",
                null, false, false);
    }
}
