package workbook.sim;

/**
 * A process whose code is a {@link ProcessBody} lambda: what
 * {@link Environment#process(String, ProcessBody)} creates, so small processes need no class.
 *
 * <p>Thread safety: as {@link Process}.
 */
final class BodyProcess extends Process {

    private final ProcessBody body;

    /** The caller has checked that {@code body} is not null. */
    BodyProcess(Environment env, String name, ProcessBody body) {
        super(env, name);
        this.body = body;
    }

    @Override
    protected void run() throws Exception {
        body.run();
    }
}
