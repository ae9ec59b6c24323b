package workbook.collector;

/**
 * The chapter's demo: the seed's three-request scenario, then the collector's report.
 * Run it with {@code ../../mvnw -q compile exec:java} in the chapter's folder.
 */
public final class CollectorDemo {

    private CollectorDemo() {}

    public static void main(String[] args) {
        TraceCollector collector = SeedScenario.run(42, 3, System.out);
        CollectorReport.print(collector, System.out);
    }
}
