package workbook.tailsampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.sampling.HeadSampler;
import workbook.sim.Environment;
import workbook.sim.FailedRun;
import workbook.testkit.Printed;

/** Provided code of chapter 08 that PIT's STRONGER group found unchecked. No TODO's points. */
class ProvidedCodeHiddenTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("provided code: the demo prints its report; with --html FILE it also draws the kept traces, failed ones marked (it needs every TODO)")
    void demoPrintsTheReportAndWritesThePage() throws IOException {
        // Each branch of main runs the 1000-request demo once (TailSamplerHiddenTest compares the
        // report with the reference's). Both must print the same report, exactly, so neither may
        // print another run or none; --html adds only the line about the page.
        String report = Printed.onSystemOut(() -> HeadVsTailDemo.main(new String[0]));
        Path page = dir.resolve("kept.html");
        String withPage = Printed.onSystemOut(() -> HeadVsTailDemo.main(new String[] {"--html", page.toString()}));

        assertThat(report).startsWith("Checkout traffic: 1000 requests over ").contains(" s (seed 42), ");
        assertThat(withPage).matches(java.util.regex.Pattern.quote(report) + "\\RWrote "
                + java.util.regex.Pattern.quote(page.toString())
                + ": [1-9]\\d* traces, [1-9]\\d* spans; open it in a browser\\R");
        String html = Files.readString(page);
        assertThat(html).contains("checkout");
        int failedSpans = html.split("\"msg\":\"payment declined\"", -1).length - 1;
        assertThat(failedSpans).as("failed spans drawn with their error message").isPositive();
        assertThat(html.split("\"err\":true", -1).length - 1).as("spans marked failed").isEqualTo(failedSpans);
    }

    @Test
    @DisplayName("provided code: the demo refuses other arguments with its usage")
    void demoRefusesOtherArguments() {
        for (String[] args : List.of(new String[] {"--html"}, new String[] {"--svg", "x"}, new String[] {"report"},
                new String[] {"--html", "a", "b"})) {
            assertThatThrownBy(() -> HeadVsTailDemo.main(args)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("usage: HeadVsTailDemo [memory | --html FILE], got " + List.of(args));
        }
    }

    @Test
    @DisplayName("provided code: the demo names an open TODO, thrown directly or by a process, and rethrows anything else")
    void demoSaysWhichTodoItWaitsFor() {
        assertThat(HeadVsTailDemo.notYet(new UnsupportedOperationException("TODO ch08.1 policies")))
                .contains("not yet: TODO ch08.1 policies");
        assertThat(HeadVsTailDemo.notYet(
                FailedRun.of("tail-sampler", new UnsupportedOperationException("TODO ch08.2 hold"))))
                .contains("not yet: TODO ch08.2 hold");
        assertThat(HeadVsTailDemo.notYet(
                FailedRun.of("tail-sampler", new IllegalStateException("TODO ch08.2 hold")))).isEmpty();
    }

    @Test
    @DisplayName("provided code: the report's last lines count the failed and slow traces each sampler kept")
    void reportCountsWhatEachSamplerKept() {
        TrafficProfile small = new TrafficProfile(250, 20, 0.05, 0.04);
        HeadVsTailDemo.Comparison[] comparison = new HeadVsTailDemo.Comparison[1];
        String report = Printed.onSystemOut(() -> comparison[0] = HeadVsTailDemo.run(3, small, System.out));
        List<CheckoutRequest> requests = comparison[0].requests();
        Predicate<CheckoutRequest> tailKept = request -> comparison[0].tailKeptTraces().contains(request.traceId());

        long failed = count(requests, CheckoutRequest::failed);
        long slow = count(requests, CheckoutRequest::slow);
        assertThat(failed).isPositive();
        assertThat(slow).isPositive();
        assertThat(report.lines().toList()).endsWith(
                "failed traces kept: head %d/%d, tail %d/%d".formatted(
                        count(requests, r -> r.failed() && r.headSampled()), failed,
                        count(requests, r -> r.failed() && tailKept.test(r)), failed),
                "slow traces kept: head %d/%d, tail %d/%d".formatted(
                        count(requests, r -> r.slow() && r.headSampled()), slow,
                        count(requests, r -> r.slow() && tailKept.test(r)), slow));
        assertThat(count(requests, CheckoutRequest::headSampled)).as("some, not all, head-sampled")
                .isPositive().isLessThan(requests.size());
    }

    @Test
    @DisplayName("provided code: traffic is over only once every request has started and finished, not between two")
    void trafficIsOverOnlyAtTheEnd() {
        Environment env = new Environment(5);
        CheckoutTraffic traffic = new CheckoutTraffic(env, new TrafficProfile(2, 0.001, 0, 0),
                new HeadSampler(1.0, new SplittableRandom(5)), span -> { });

        env.run(100); // the first request is done; the second starts about 1000 s later

        assertThat(traffic.requests()).hasSize(1);
        assertThat(traffic.isOver()).isFalse();
    }

    private static long count(List<CheckoutRequest> requests, Predicate<CheckoutRequest> which) {
        return requests.stream().filter(which).count();
    }
}
