package org.pathways.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.pathways.StaleRevisionException;
import org.pathways.internal.Checks;

/**
 * The revisions of one plan, oldest first, and the guard against lost updates: a revision is
 * accepted only when it was made from the latest one.
 *
 * <pre>{@code
 * PlanHistory history = PlanHistory.of(plan);           // revision 1
 * CarePlan a = history.latest().addPriority(p, 1, editByJo);
 * CarePlan b = history.latest().addMember(rae, editBySam);
 * history = history.append(a);                         // revision 2
 * history.append(b);                                   // StaleRevisionException
 * }</pre>
 *
 * <p>The revisions are numbered without gaps and ordered in time. An embedder that stores plans in
 * a database keeps the same rule with a conditional update on the revision number.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanHistory {
    private final List<CarePlan> revisions;

    private PlanHistory(List<CarePlan> revisions) {
        this.revisions = revisions;
    }

    /**
     * Starts a history with a plan's first known revision.
     *
     * @param first the revision
     * @return the history
     */
    public static PlanHistory of(CarePlan first) {
        Objects.requireNonNull(first, "first");
        return new PlanHistory(List.of(first));
    }

    /**
     * Returns a history of revisions read back from storage, checked as if appended one by one.
     *
     * @param revisions the revisions, oldest first; not empty
     * @return the history
     * @throws org.pathways.InvalidPlanException if they are not consecutive revisions of one plan
     */
    public static PlanHistory of(List<CarePlan> revisions) {
        if (revisions.isEmpty()) {
            throw Checks.fail("revisions", "a history holds at least one revision");
        }
        PlanHistory history = of(revisions.get(0));
        for (int i = 1; i < revisions.size(); i++) {
            CarePlan next = revisions.get(i);
            if (next.getRevision().getNumber() != history.latest().getRevision().getNumber() + 1) {
                throw Checks.fail(
                        "revisions",
                        "revision " + next.getRevision().getNumber() + " follows revision "
                                + history.latest().getRevision().getNumber());
            }
            history = history.append(next);
        }
        return history;
    }

    /**
     * Returns the revisions, oldest first.
     *
     * @return the revisions
     */
    public List<CarePlan> getRevisions() {
        return revisions;
    }

    /**
     * Returns the latest revision.
     *
     * @return the latest revision
     */
    public CarePlan latest() {
        return revisions.get(revisions.size() - 1);
    }

    /**
     * Returns a revision by number.
     *
     * @param number the revision number
     * @return the revision
     * @throws org.pathways.InvalidPlanException with the code {@code not_found} if the history does not
     *     hold it
     */
    public CarePlan revision(int number) {
        int first = revisions.get(0).getRevision().getNumber();
        int index = number - first;
        if (index < 0 || index >= revisions.size()) {
            throw Checks.fail(
                    org.pathways.ErrorCode.NOT_FOUND,
                    "revision",
                    "revision " + number + " is not in this history (" + first + ".."
                            + latest().getRevision().getNumber() + ")");
        }
        return revisions.get(index);
    }

    /**
     * Returns the history with one more revision.
     *
     * @param next a revision made from the latest one
     * @return the longer history
     * @throws StaleRevisionException if {@code next} was made from an older revision
     * @throws org.pathways.InvalidPlanException if it belongs to another plan, skips a number, or is
     *     dated before the latest revision
     */
    public PlanHistory append(CarePlan next) {
        Objects.requireNonNull(next, "next");
        Revision latest = latest().getRevision();
        Revision r = next.getRevision();
        if (!next.getId().equals(latest().getId())) {
            throw Checks.fail("id", "a revision of another plan cannot join the history of plan " + latest().getId());
        }
        if (r.getNumber() <= latest.getNumber()) {
            throw new StaleRevisionException(
                    r.getNumber() - 1,
                    latest.getNumber(),
                    "prepared against revision " + (r.getNumber() - 1) + ", but the latest is revision "
                            + latest.getNumber() + " by " + latest.getAuthor() + " at " + latest.getAt());
        }
        if (r.getNumber() != latest.getNumber() + 1) {
            throw Checks.fail("revision", "revision " + r.getNumber() + " skips revisions after " + latest.getNumber());
        }
        if (r.getAt().isBefore(latest.getAt())) {
            throw Checks.fail(
                    "revision",
                    "revision " + r.getNumber() + " at " + r.getAt() + " is before revision " + latest.getNumber()
                            + " at " + latest.getAt());
        }
        List<CarePlan> longer = new ArrayList<>(revisions.size() + 1);
        longer.addAll(revisions);
        longer.add(next);
        return new PlanHistory(Collections.unmodifiableList(longer));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanHistory && ((PlanHistory) other).revisions.equals(revisions);
    }

    @Override
    public int hashCode() {
        return revisions.hashCode();
    }

    @Override
    public String toString() {
        return "PlanHistory{plan=" + latest().getId() + ", revisions="
                + revisions.get(0).getRevision().getNumber() + ".."
                + latest().getRevision().getNumber() + "}";
    }
}
