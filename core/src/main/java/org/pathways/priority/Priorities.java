package org.pathways.priority;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * The person's own ranking of their priorities: rank is position, starting at 1, so ranks are unique
 * and contiguous by construction.
 *
 * <pre>{@code
 * Priorities ranked = Priorities.of(List.of(son, housing, counselling));
 * ranked.rankOf("p-housing");                 // 2
 * ranked.withRank("p-counselling", 1);       // counselling, son, housing
 * }</pre>
 *
 * <p>Moving a priority keeps the relative order of all the others; nothing in this library re-orders
 * the list on anyone's behalf.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Priorities {
    Priorities() {}

    private static final Priorities EMPTY = ImmutablePriorities.builder().build();

    /**
     * Returns the empty ranking.
     *
     * @return a ranking with no priorities
     */
    public static Priorities empty() {
        return EMPTY;
    }

    /**
     * Returns a ranking in the given order: the first element has rank 1.
     *
     * @param ranked the priorities, most important to the person first; identifiers unique
     * @return the ranking
     * @throws org.pathways.InvalidPlanException if an identifier appears twice
     */
    public static Priorities of(List<Priority> ranked) {
        return ImmutablePriorities.builder().addAllRanked(ranked).build();
    }

    /**
     * Returns the priorities in rank order.
     *
     * @return the list; the element at index {@code i} has rank {@code i + 1}
     */
    @NotNull
    public abstract List<@Valid Priority> getRanked();

    /**
     * Returns the number of priorities.
     *
     * @return the size
     */
    public int size() {
        return getRanked().size();
    }

    /**
     * Finds a priority by identifier.
     *
     * @param id the identifier
     * @return the priority, or empty when none has that identifier
     */
    public Optional<Priority> find(String id) {
        Objects.requireNonNull(id, "id");
        Integer at = positions().get(id);
        return at == null ? Optional.empty() : Optional.of(getRanked().get(at));
    }

    /**
     * Returns the rank of a priority.
     *
     * @param id the identifier
     * @return the rank, from 1
     * @throws org.pathways.InvalidPlanException if no priority has that identifier
     */
    public int rankOf(String id) {
        return indexOf(id) + 1;
    }

    /**
     * Returns the priority at a rank.
     *
     * @param rank the rank, from 1 to {@link #size()}
     * @return the priority
     * @throws org.pathways.InvalidPlanException if the rank is out of range
     */
    public Priority atRank(int rank) {
        checkRank(rank, size());
        return getRanked().get(rank - 1);
    }

    /**
     * Returns a ranking with a new priority inserted at a rank; those at that rank and below move
     * down by one.
     *
     * @param priority the new priority; its identifier must be new
     * @param rank the rank the person gives it, from 1 to {@code size() + 1}
     * @return the new ranking
     * @throws org.pathways.InvalidPlanException if the rank is out of range or the identifier is taken
     */
    public Priorities withAdded(Priority priority, int rank) {
        Objects.requireNonNull(priority, "priority");
        checkRank(rank, size() + 1);
        List<Priority> list = new ArrayList<>(getRanked());
        list.add(rank - 1, priority);
        return of(list);
    }

    /**
     * Returns a ranking with one priority moved to a new rank, as the person re-ranks it; every
     * other priority keeps its order relative to the rest.
     *
     * @param id the identifier of the priority to move
     * @param rank the new rank, from 1 to {@link #size()}
     * @return the new ranking
     * @throws org.pathways.InvalidPlanException if the rank is out of range or no priority has the id
     */
    public Priorities withRank(String id, int rank) {
        int from = indexOf(id);
        checkRank(rank, size());
        List<Priority> list = new ArrayList<>(getRanked());
        Priority moved = list.remove(from);
        list.add(rank - 1, moved);
        return of(list);
    }

    /**
     * Returns a ranking with one priority replaced by a changed version of itself, at the same rank.
     *
     * @param priority the changed priority; a priority with its identifier must exist
     * @return the new ranking
     * @throws org.pathways.InvalidPlanException if no priority has its identifier
     */
    public Priorities withReplaced(Priority priority) {
        int at = indexOf(priority.getId());
        List<Priority> list = new ArrayList<>(getRanked());
        list.set(at, priority);
        return of(list);
    }

    private int indexOf(String id) {
        Objects.requireNonNull(id, "id");
        Integer at = positions().get(id);
        if (at == null) {
            throw Checks.notFound("priorities", "priority");
        }
        return at;
    }

    /** Where each priority is in the ranking, built once per value on first use: a lookup costs O(1). */
    @Value.Lazy
    Map<String, Integer> positions() {
        return Checks.positions(getRanked(), Priority::getId);
    }

    private static void checkRank(int rank, int max) {
        if (rank < 1 || rank > max) {
            throw Checks.fail("priorities", "rank " + rank + " is out of range 1.." + max);
        }
    }

    @Value.Check
    void check() {
        Checks.unique("priorities", getRanked(), Priority::getId);
    }
}
