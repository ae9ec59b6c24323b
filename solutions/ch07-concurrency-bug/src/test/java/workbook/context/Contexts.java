package workbook.context;

import workbook.trace.TraceContext;

/** Three contexts of three different traces, for tests that need to tell them apart. */
final class Contexts {

    static final TraceContext ALICE = TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
    static final TraceContext BOB = TraceContext.root("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331");
    static final TraceContext CAROL = TraceContext.root("8448eb211c80319c0af7651916cd43dd", "53995c3f42cd8ad8");

    private Contexts() {}
}
