package workbook.engine.protocol;

/**
 * The first line a test JVM reads on its standard input: how it reports and what bounds
 * every test. Immutable.
 *
 * @param nonce              per-JVM secret that starts every event line the runner writes
 * @param workDir            the JVM's private temporary folder
 * @param testTimeoutSeconds how much CPU time one test may use before it fails as timed out
 * @param wallTimeoutSeconds how long one test may take on the clock (a test that waits forever)
 * @param outputLimitBytes   a test that prints more than this fails (output flood)
 * @param keptOutputBytes    how much of a test's output is kept for feedback
 * @param exitNormally       at the end of its input, exit through {@code System.exit} rather than
 *                           {@code halt}, so that the JVM finishes what it does at exit (writing an
 *                           {@link workbook.engine.jvm.AotCache}); only for a run of trusted code,
 *                           whose shutdown hooks cannot hang it
 */
public record RunnerSetup(String nonce, String workDir, int testTimeoutSeconds, int wallTimeoutSeconds,
        long outputLimitBytes, int keptOutputBytes, boolean exitNormally) {}
