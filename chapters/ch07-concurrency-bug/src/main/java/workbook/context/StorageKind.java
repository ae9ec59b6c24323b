package workbook.context;

import workbook.trace.Clock;
import workbook.trace.IdGenerator;
import workbook.tracer.SpanSink;
import workbook.tracer.Storage;
import workbook.tracer.Tracer;

/** Where a scenario's tracer keeps the current context: the buggy global slot, or one per thread. */
public enum StorageKind {

    /** Chapter 02's global {@code Storage}: one slot for every request in flight. */
    GLOBAL("chapter 02's global Storage") {
        @Override
        Tracing newTracing(Clock clock, IdGenerator ids, SpanSink sink) {
            Storage.reset();
            Storage.setCollector(sink);
            return new GlobalStorageTracing(new Tracer(clock, ids));
        }
    },

    /** This chapter's {@link ContextStorage}: one slot per thread, so per simulation process. */
    PER_THREAD("per-thread ContextStorage") {
        @Override
        Tracing newTracing(Clock clock, IdGenerator ids, SpanSink sink) {
            return new ScopedTracer(new ContextStorage(), clock, ids, sink);
        }
    };

    private final String description;

    StorageKind(String description) {
        this.description = description;
    }

    /** For headings, e.g. {@code per-thread ContextStorage}. */
    public String description() {
        return description;
    }

    /** A tracing set up to send finished spans to {@code sink}. */
    abstract Tracing newTracing(Clock clock, IdGenerator ids, SpanSink sink);
}
