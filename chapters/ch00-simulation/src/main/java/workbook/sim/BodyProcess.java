package workbook.sim;

import java.util.Objects;

/**
 * A process whose code is a {@link ProcessBody} lambda: what
 * {@link Environment#process(String, ProcessBody)} creates, so small processes need no class.
 *
 * <p>Thread safety: as {@link Process}.
 */
final class BodyProcess extends Process {

    private final ProcessBody body;

    BodyProcess(Environment env, String name, ProcessBody body) {
        super(env, name);
        this.body = Objects.requireNonNull(body, "body");
    }

    @Override
    protected void run() throws Exception {
        body.run();
    }
}
