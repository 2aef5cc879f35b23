package org.pathways.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class PrioritiesTest {
    private final Priority son = SamplePlans.priority("p-son", "Get my son back");
    private final Priority home = SamplePlans.priority("p-home", "A place of my own");
    private final Priority sleep = SamplePlans.priority("p-sleep", "Sleep through the night");
    private final Priorities ranked = Priorities.of(List.of(son, home, sleep));

    private static List<String> ids(Priorities p) {
        return p.getRanked().stream().map(Priority::getId).toList();
    }

    @Test
    void rankIsPositionFromOne() {
        assertEquals(1, ranked.rankOf("p-son"));
        assertEquals(3, ranked.rankOf("p-sleep"));
        assertEquals(home, ranked.atRank(2));
        assertEquals(3, ranked.size());
    }

    @Test
    void addingAtARankMovesTheRestDown() {
        Priority fix = SamplePlans.priority("p-fix", "My next fix");
        assertEquals(List.of("p-son", "p-fix", "p-home", "p-sleep"), ids(ranked.withAdded(fix, 2)));
        assertEquals(List.of("p-son", "p-home", "p-sleep", "p-fix"), ids(ranked.withAdded(fix, 4)));
    }

    @Test
    void movingKeepsTheOthersInTheirOrder() {
        assertEquals(List.of("p-sleep", "p-son", "p-home"), ids(ranked.withRank("p-sleep", 1)));
        assertEquals(List.of("p-home", "p-sleep", "p-son"), ids(ranked.withRank("p-son", 3)));
        assertEquals(ranked, ranked.withRank("p-home", 2));
    }

    @Test
    void replacingKeepsTheRank() {
        Priorities p = ranked.withReplaced(home.withStatus(PriorityStatus.ACHIEVED));
        assertEquals(PriorityStatus.ACHIEVED, p.atRank(2).getStatus());
    }

    @Test
    void rejectsARankOutOfRange() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> ranked.withRank("p-son", 4),
                "priorities",
                "rank 4 is out of range 1..3");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ranked.withAdded(son.withStatus(PriorityStatus.ACTIVE), 0),
                "priorities",
                "rank 0 is out of range 1..4");
        Expect.rejects(InvalidPlanException.class, () -> ranked.atRank(0), "priorities", "out of range");
    }

    @Test
    void rejectsADuplicateId() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> ranked.withAdded(son, 1),
                "priorities",
                "the identifier of the item at 1 repeats that of the item at 0");
    }

    @Test
    void rejectsAnUnknownId() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> ranked.rankOf("p-none"),
                "priorities",
                "no priority has this identifier");
        assertTrue(ranked.find("p-none").isEmpty());
    }

    @Test
    void emptyHasNothing() {
        assertEquals(0, Priorities.empty().size());
        assertEquals(Priorities.empty(), Priorities.of(List.of()));
    }
}
