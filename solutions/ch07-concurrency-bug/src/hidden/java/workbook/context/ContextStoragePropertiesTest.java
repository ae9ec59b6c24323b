package workbook.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import workbook.trace.TraceContext;

/**
 * Hidden properties of the storage and its scopes. The differential one runs the learner's
 * storage and the reference ({@code reference.workbook.context}) through the same sequence of
 * attaches and closes, in order and out of order.
 */
class ContextStoragePropertiesTest {

    private static final TraceContext[] CONTEXTS = {
        TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"),
        TraceContext.root("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331"),
        TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7").child("53995c3f42cd8ad8"),
        TraceContext.root("8448eb211c80319c0af7651916cd43dd", "b9c7c989f97918e1").withSampled(false),
        null,
    };

    /** A failure thrown by a generated body; caught and rethrown at random levels. */
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom() {
            super("boom", null, false, false);
        }
    }

    @Property(tries = 300, seed = "701")
    @Tag("ch07.1")
    @Tag("ch07.2")
    void agreesWithTheReferenceOnAnySequenceOfAttachesAndCloses(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 9) Integer> operations) {
        ContextStorage learner = new ContextStorage();
        reference.workbook.context.ContextStorage expected = new reference.workbook.context.ContextStorage();
        List<Scope> learnerOpen = new ArrayList<>();
        List<reference.workbook.context.Scope> expectedOpen = new ArrayList<>();
        List<Scope> learnerClosed = new ArrayList<>();
        List<reference.workbook.context.Scope> expectedClosed = new ArrayList<>();
        List<String> steps = new ArrayList<>();

        for (int operation : operations) {
            if (operation < CONTEXTS.length) {
                learnerOpen.add(learner.attach(CONTEXTS[operation]));
                expectedOpen.add(expected.attach(CONTEXTS[operation]));
                steps.add("attach(context " + operation + ")");
            } else if (operation == 9) {
                if (learnerClosed.isEmpty()) {
                    continue;
                }
                int last = learnerClosed.size() - 1;
                steps.add("close an already closed scope again");
                compareClose(learnerClosed.get(last), expectedClosed.get(last), steps);
            } else {
                if (learnerOpen.isEmpty()) {
                    continue;
                }
                int index = operation <= 6 ? learnerOpen.size() - 1 : operation == 7 ? learnerOpen.size() / 2 : 0;
                steps.add("close the scope opened " + (index + 1) + " of " + learnerOpen.size() + " still tracked");
                Scope learnerScope = learnerOpen.remove(index);
                reference.workbook.context.Scope expectedScope = expectedOpen.remove(index);
                learnerClosed.add(learnerScope);
                expectedClosed.add(expectedScope);
                compareClose(learnerScope, expectedScope, steps);
            }
            assertThat(learner.current()).as("current() after%n  %s", String.join("\n  ", steps))
                    .isEqualTo(expected.current());
        }
    }

    private static void compareClose(Scope learner, reference.workbook.context.Scope expected, List<String> steps) {
        String learnerOutcome = outcome(learner::close);
        String expectedOutcome = outcome(expected::close);
        assertThat(learnerOutcome).as("what close() did after%n  %s", String.join("\n  ", steps))
                .isEqualTo(expectedOutcome);
    }

    private static String outcome(Runnable action) {
        try {
            action.run();
            return "returned normally";
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }

    @Property(tries = 200, seed = "702")
    @Tag("ch07.2")
    void contextAfterEveryScopeClosesIsTheContextBeforeItEvenWhenTheBodyThrows(@ForAll long seed) {
        ContextStorage storage = new ContextStorage();
        Random random = new Random(seed);

        try {
            nested(storage, random, 4);
        } catch (Boom expected) {
            // thrown out of the outermost body: the finally blocks have checked every level
        }

        assertThat(storage.current()).as("current() after the outermost scope closed").isNull();
    }

    @SuppressWarnings("try") // the scope is only there to be closed
    private static void nested(ContextStorage storage, Random random, int depth) {
        TraceContext before = storage.current();
        TraceContext attached = CONTEXTS[random.nextInt(CONTEXTS.length)];
        try {
            try (Scope scope = storage.attach(attached)) {
                assertThat(storage.current()).as("current() inside the scope of %s", attached).isEqualTo(attached);
                for (int children = depth > 0 ? random.nextInt(3) : 0; children > 0; children--) {
                    try {
                        nested(storage, random, depth - 1);
                    } catch (Boom failure) {
                        if (random.nextBoolean()) {
                            throw failure;
                        }
                    }
                    assertThat(storage.current()).as("current() after a nested scope closed").isEqualTo(attached);
                }
                if (random.nextInt(4) == 0) {
                    throw new Boom();
                }
            }
        } finally {
            assertThat(storage.current()).as("current() after the scope of %s closed, at depth %d", attached, depth)
                    .isEqualTo(before);
        }
    }
}
