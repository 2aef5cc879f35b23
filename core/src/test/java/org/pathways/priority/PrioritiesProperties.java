package org.pathways.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Generators;

/** Re-ranking, for all rankings: contiguous ranks, and the others keep their relative order. */
class PrioritiesProperties {
    static final int EXAMPLES = 500;

    private static List<String> ids(Priorities p) {
        return p.getRanked().stream().map(Priority::getId).toList();
    }

    @Test
    void movingKeepsRanksContiguousAndTheOthersInOrder() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(
                        Generators.rankings(1, 10),
                        integers().between(0, 1000),
                        integers().between(0, 1000))
                .checkAssert((ranked, from, to) -> {
                    String id = ranked.atRank(1 + from % ranked.size()).getId();
                    int rank = 1 + to % ranked.size();
                    Priorities moved = ranked.withRank(id, rank);
                    assertEquals(ranked.size(), moved.size());
                    assertEquals(rank, moved.rankOf(id));
                    for (int r = 1; r <= moved.size(); r++) {
                        assertEquals(r, moved.rankOf(moved.atRank(r).getId()));
                    }
                    List<String> othersBefore = new ArrayList<>(ids(ranked));
                    othersBefore.remove(id);
                    List<String> othersAfter = new ArrayList<>(ids(moved));
                    othersAfter.remove(id);
                    assertEquals(othersBefore, othersAfter);
                });
    }

    @Test
    void addingKeepsTheOthersInOrder() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(
                        Generators.rankings(10),
                        Generators.priorities("p-new"),
                        integers().between(0, 1000))
                .checkAssert((ranked, fresh, at) -> {
                    int rank = 1 + at % (ranked.size() + 1);
                    Priorities added = ranked.withAdded(fresh, rank);
                    assertEquals(rank, added.rankOf("p-new"));
                    List<String> others = new ArrayList<>(ids(added));
                    others.remove("p-new");
                    assertEquals(ids(ranked), others);
                });
    }
}
