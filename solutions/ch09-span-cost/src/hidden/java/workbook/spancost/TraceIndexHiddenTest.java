package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The buffer's trace index on its own, against a map: small tables, so that probe runs wrap
 * around the table's end and removal closes holes across it. Provided code: no TODO's points.
 */
class TraceIndexHiddenTest {

    @Test
    @DisplayName("provided code: the trace index finds, inserts and removes as a map does, also across the table's end")
    void indexAgreesWithAMap() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int capacity = 1; capacity <= 8; capacity++) {
            long[][] pool = new long[3 * capacity + 2][];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = new long[] {random.nextLong(), random.nextLong()};
            }
            TraceIndex index = new TraceIndex(capacity);
            Map<Integer, Integer> model = new HashMap<>(); // pool entry -> slot
            assertThat(index.capacity()).isEqualTo(capacity);
            for (int step = 0; step < 4000; step++) {
                int id = random.nextInt(pool.length);
                long high = pool[id][0];
                long low = pool[id][1];
                Integer slot = model.get(id);
                if (slot != null) {
                    index.remove(slot);
                    model.remove(id);
                } else {
                    int inserted = index.insert(high, low);
                    if (model.size() == capacity) {
                        assertThat(inserted).as("insert into a full index of %d", capacity).isEqualTo(-1);
                    } else {
                        assertThat(inserted).isBetween(0, capacity - 1).isNotIn(model.values());
                        model.put(id, inserted);
                    }
                }
                assertThat(index.size()).isEqualTo(model.size());
                Set<Integer> slots = new HashSet<>();
                for (int other = 0; other < pool.length; other++) {
                    int found = index.find(pool[other][0], pool[other][1]);
                    assertThat(found).as("capacity %d, step %d, entry %d", capacity, step, other)
                            .isEqualTo(model.getOrDefault(other, -1));
                    if (found >= 0) {
                        assertThat(index.high(found)).isEqualTo(pool[other][0]);
                        assertThat(index.low(found)).isEqualTo(pool[other][1]);
                        slots.add(found);
                    }
                }
                assertThat(slots).hasSize(model.size());
            }
        }
    }
}
