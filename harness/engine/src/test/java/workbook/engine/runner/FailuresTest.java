package workbook.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final Set<String> LEARNER = Set.of("workbook.tracer.Tracer");

    @Test
    void stackTracesEmbeddedInAMessageKeepOnlyTheLearnersFrames() {
        String message = """
                Expecting actual throwable to be an instance of:
                  java.lang.IllegalStateException
                but was:
                  java.lang.RuntimeException: boom
                \tat workbook.tracer.Tracer.inSpan(Tracer.java:42)
                \tat workbook.tracer.TracerHiddenTest.failingCollectorStillRestoresTheContext(TracerHiddenTest.java:106)
                \tat java.base/java.lang.reflect.Method.invoke(Method.java:580)
                \t...12 more""";

        String scrubbed = Failures.scrub(message, LEARNER);

        assertThat(scrubbed).contains("java.lang.RuntimeException: boom", "at workbook.tracer.Tracer.inSpan(Tracer.java:42)")
                .doesNotContain("TracerHiddenTest", "Method.invoke");
    }

    @Test
    void jqwikSettingLinesAreDropped() {
        String report = """
                tries = 10                    | # of calls to property
                checks = 10                   | # of not rejected calls
                generation = RANDOMIZED       | parameters are randomly generated
                seed = 42                     | random seed to reproduce generated values
                Sample
                ------
                  rate: 1.5""";

        assertThat(Failures.scrub(report, LEARNER)).isEqualTo("Sample\n------\n  rate: 1.5");
    }

    @Test
    void whatDiffersFromRunToRunIsMasked() {
        assertThat(Failures.normalize("connect to 127.0.0.1:36979 failed")).isEqualTo("connect to 127.0.0.1:<port> failed");
        assertThat(Failures.normalize("port 8080")).isEqualTo("port 8080");
        assertThat(Failures.normalize("on pool-5-thread-3 and Thread-12")).isEqualTo("on pool-N-thread-M and Thread-N");
        assertThat(Failures.normalize("fields {b=2, a=1, c=x y}")).isEqualTo("fields {a=1, b=2, c=x y}");
        assertThat(Failures.normalize("Span@1a2b3c4d")).isEqualTo("Span@…");
    }

    @Test
    void anUntouchedStubIsToldApartFromTheLearnersOwnException() {
        Set<String> learner = Set.of(FailuresTest.class.getName());
        Throwable stub = new UnsupportedOperationException("TODO ch03.2: decide when a trace is complete");
        Throwable own = new IllegalStateException("TODO ch03.2 is done, but this is a bug");

        assertThat(Failures.isTodoStub(stub, learner)).isTrue();
        assertThat(Failures.isTodoStub(own, learner)).isFalse();
        assertThat(Failures.isTodoStub(stub, Set.of("other.Class"))).as("thrown from a test, not learner code").isFalse();
        assertThat(Failures.learnerFrame(own, learner)).matches("FailuresTest\\.java:\\d+");
    }
}
