package workbook.pictures;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import workbook.tailsampling.CheckoutRequest;
import workbook.tailsampling.HeadVsTailDemo;
import workbook.tailsampling.TrafficProfile;

/**
 * Chapter 08: head against tail sampling on the same checkout traffic (the chapter's demo, seed
 * 42): the share of each kind of trace each one stores. Both keep about one trace in ten; the
 * head sampler's coin cannot tell a slow or failed request from the rest, the tail sampler keeps
 * every one of them.
 */
final class HeadVsTailPicture {

    static final long SEED = 42;

    private HeadVsTailPicture() {}

    private record Group(String name, Predicate<CheckoutRequest> member) {}

    static Picture draw() {
        HeadVsTailDemo.Comparison run = HeadVsTailDemo.run(SEED, TrafficProfile.DEMO, SpanTreePicture.QUIET);
        List<CheckoutRequest> requests = run.requests();
        List<Group> groups = List.of(
                new Group("all traces", request -> true),
                new Group("normal", request -> !request.slow() && !request.failed()),
                new Group("slow (\u2265 1 s)", CheckoutRequest::slow),
                new Group("failed", CheckoutRequest::failed));

        double left = 150;
        double top = 70;
        double barWidth = 440;
        double groupHeight = 64;
        StringBuilder description = new StringBuilder(String.format(Locale.ROOT, "Bar chart, the same %d checkout"
                + " requests (chapter 08 reference, seed %d) sampled two ways: head sampling at rate 0.10, decided"
                + " when each request starts, and tail sampling (keep if slow, failed, or 7 %% by trace ID), decided"
                + " after the trace ends. Share of each kind of trace stored:", requests.size(), SEED));
        Svg svg = new Svg(780, 0, "Head versus tail sampling on the same traffic", "");
        svg.text(20, 24, "Same traffic, same budget: what head and tail sampling store", "font-size=\"15\" font-weight=\"700\"");
        svg.text(20, 42, String.format(Locale.ROOT, "chapter 08 reference, seed %d, %d checkout requests \u00b7 share of each kind"
                + " of trace stored", SEED, requests.size()), "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = left + barWidth * pct / 100.0;
            svg.line(x, top - 6, x, top + groups.size() * groupHeight, "#eef1f4", "");
            svg.text(x, top - 10, pct + " %", "font-size=\"11\" fill=\"" + Svg.MUTED + "\" text-anchor=\"middle\"");
        }
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            List<CheckoutRequest> members = requests.stream().filter(group.member()).toList();
            long head = members.stream().filter(CheckoutRequest::headSampled).count();
            long tail = members.stream().filter(request -> run.tailKeptTraces().contains(request.traceId())).count();
            double y = top + g * groupHeight;
            svg.text(20, y + 24, group.name(), "font-weight=\"700\"");
            svg.text(20, y + 40, members.size() + " traces", "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
            bar(svg, left, y + 8, barWidth, head, members.size(), Svg.PALETTE[1], "head");
            bar(svg, left, y + 30, barWidth, tail, members.size(), Svg.PALETTE[0], "tail");
            description.append(String.format(Locale.ROOT, " %s (%d traces): head kept %d, tail kept %d;",
                    group.name(), members.size(), head, tail));
        }
        double bottom = top + groups.size() * groupHeight + 14;
        svg.rect(20, bottom, 14, 10, Svg.PALETTE[1], "");
        svg.text(40, bottom + 9, "head sampling, rate 0.10: a coin per request, tossed when it starts", "font-size=\"11\"");
        svg.rect(20, bottom + 18, 14, 10, Svg.PALETTE[0], "");
        svg.text(40, bottom + 27, "tail sampling: keep if slow or failed, else 7 % by trace ID, decided after the trace ends",
                "font-size=\"11\"");
        svg.finish(bottom + 44, description.append(" Both store about one trace in ten; only tail sampling keeps every"
                + " slow and every failed trace.").toString());
        return new Picture("ch08-head-vs-tail.svg", "ch08-tail-sampling.md", svg.toString());
    }

    private static void bar(Svg svg, double left, double y, double width, long kept, int of, String colour, String who) {
        double share = of == 0 ? 0 : (double) kept / of;
        svg.rect(left, y, Math.max(1, width * share), 18, colour, "rx=\"2\"");
        svg.text(left + Math.max(1, width * share) + 6, y + 13, String.format(Locale.ROOT, "%s: %d of %d (%.0f %%)",
                who, kept, of, 100 * share), "font-size=\"11\"");
    }
}
