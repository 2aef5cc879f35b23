package org.pathways.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pathways.StaleRevisionException;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.Disclosure;
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
 * <p>The revisions are numbered without gaps and ordered in time. A revision joins the history only
 * when it proves it was made from the latest one, not merely numbered after it: its
 * {@linkplain Revision#getParent() parent} is the latest revision's
 * {@linkplain Revision#getFingerprint() fingerprint}. And whatever its parent says, it keeps the
 * plan's identifier and agency, and the records of what happened only grow: the latest revision's
 * consent ledger, disclosure log and case conferences are the start of the new revision's (a
 * disclosure may gain the time the person was told of it, nothing else). So a change prepared from
 * an older revision cannot erase a revocation, even when it is numbered after the latest.
 *
 * <p>An embedder that stores plans in a database keeps the same rule: a conditional update on the
 * revision number and the parent's fingerprint, after {@link #append} accepted the revision.
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
     * @throws StaleRevisionException if {@code next} was made from an older revision, or from
     *     another revision with the latest one's number: reload and make the change again
     * @throws org.pathways.InvalidPlanException if it belongs to another plan, skips a number, names
     *     no parent, is dated before the latest revision, changes the agency, or loses an entry of
     *     the consent ledger, a record of the disclosure log or a case conference
     */
    public PlanHistory append(CarePlan next) {
        Objects.requireNonNull(next, "next");
        CarePlan latestPlan = latest();
        Revision latest = latestPlan.getRevision();
        Revision r = next.getRevision();
        if (!next.getId().equals(latestPlan.getId())) {
            throw Checks.fail("id", "a revision of another plan cannot join the history of plan " + latestPlan.getId());
        }
        if (r.getNumber() <= latest.getNumber()) {
            throw stale(r.getNumber() - 1, latest, "");
        }
        if (r.getNumber() != latest.getNumber() + 1) {
            throw Checks.fail("revision", "revision " + r.getNumber() + " skips revisions after " + latest.getNumber());
        }
        if (r.getParent().isEmpty()) {
            throw Checks.fail(
                    "revision.parent",
                    "revision " + r.getNumber() + " does not name the revision it was made from; only a revision"
                            + " made from the latest one by an operation of the plan can join the history");
        }
        if (!r.getParent().get().equals(latest.getFingerprint())) {
            throw stale(
                    latest.getNumber(),
                    latest,
                    " (the change was made from another revision " + latest.getNumber() + ", or from one before it)");
        }
        if (r.getAt().isBefore(latest.getAt())) {
            throw Checks.fail(
                    "revision",
                    "revision " + r.getNumber() + " at " + r.getAt() + " is before revision " + latest.getNumber()
                            + " at " + latest.getAt());
        }
        grows(latestPlan, next);
        List<CarePlan> longer = new ArrayList<>(revisions.size() + 1);
        longer.addAll(revisions);
        longer.add(next);
        return new PlanHistory(Collections.unmodifiableList(longer));
    }

    private static StaleRevisionException stale(int preparedAgainst, Revision latest, String how) {
        return new StaleRevisionException(
                preparedAgainst,
                latest.getNumber(),
                "prepared against revision " + preparedAgainst + how + ", but the latest is revision "
                        + latest.getNumber() + " by " + latest.getAuthor() + " at " + latest.getAt());
    }

    /** Refuses a next revision that changes the plan's agency or loses any record of the latest one. */
    private static void grows(CarePlan latest, CarePlan next) {
        if (!next.getAgency().equals(latest.getAgency())) {
            throw Checks.fail("agency", "a revision cannot change the agency that holds the plan");
        }
        List<ConsentEntry> ledger = latest.getConsent().getEntries();
        List<ConsentEntry> nextLedger = next.getConsent().getEntries();
        if (nextLedger.size() < ledger.size()
                || !nextLedger.subList(0, ledger.size()).equals(ledger)) {
            throw Checks.fail(
                    "consent",
                    "the consent ledger only grows: revision "
                            + next.getRevision().getNumber()
                            + " does not keep every entry of revision "
                            + latest.getRevision().getNumber()
                            + " in its place");
        }
        List<Disclosure> log = latest.getDisclosures();
        List<Disclosure> nextLog = next.getDisclosures();
        boolean kept = nextLog.size() >= log.size();
        for (int i = 0; kept && i < log.size(); i++) {
            Disclosure was = log.get(i);
            Disclosure is = nextLog.get(i);
            kept = is.equals(was)
                    || (was.getPersonToldAt().isEmpty()
                            && Disclosure.builder()
                                    .from(is)
                                    .personToldAt(Optional.<Instant>empty())
                                    .build()
                                    .equals(was));
        }
        if (!kept) {
            throw Checks.fail(
                    "disclosures",
                    "the disclosure log only grows: revision "
                            + next.getRevision().getNumber()
                            + " does not keep every record of revision "
                            + latest.getRevision().getNumber()
                            + " in its place (only the time the person was told may be added)");
        }
        Instant since = latest.getRevision().getAt();
        for (Disclosure d : nextLog.subList(log.size(), nextLog.size())) {
            if (d.getEnteredAt().isBefore(since)) {
                throw Checks.fail(
                        "disclosures[" + d.getId() + "].recordedAt",
                        "a record added after revision " + latest.getRevision().getNumber()
                                + " keeps when it was recorded: a late entry names its recordedAt");
            }
        }
        List<CaseConference> conferences = latest.getConferences();
        List<CaseConference> nextConferences = next.getConferences();
        if (nextConferences.size() < conferences.size()
                || !nextConferences.subList(0, conferences.size()).equals(conferences)) {
            throw Checks.fail(
                    "conferences",
                    "the record of case conferences only grows: revision "
                            + next.getRevision().getNumber() + " does not keep every conference of revision "
                            + latest.getRevision().getNumber());
        }
        for (CaseConference c : nextConferences.subList(conferences.size(), nextConferences.size())) {
            if (c.getEnteredAt().isBefore(since)) {
                throw Checks.fail(
                        "conferences[" + c.getId() + "].recordedAt",
                        "a record added after revision " + latest.getRevision().getNumber()
                                + " keeps when it was recorded: a late entry names its recordedAt");
            }
        }
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
