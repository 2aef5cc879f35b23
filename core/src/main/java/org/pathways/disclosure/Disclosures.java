package org.pathways.disclosure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentDecisions;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.DecisionReason;
import org.pathways.consent.Disclosure;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.internal.Checks;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.team.CareTeam;

/**
 * Shares a plan with one recipient for one purpose: exactly what the consent ledger permits at the
 * time of the edit, and a record of it in the plan's disclosure log.
 *
 * <pre>{@code
 * Disclosed d = Disclosures.disclose(plan, Recipient.organisation("org-aurora-house"), Purpose.REFERRAL, edit);
 * String json = PlanJson.defaults().write(d.getView());  // what the shelter receives
 * plan = d.getPlan();                                  // the log now holds the disclosure
 * }</pre>
 *
 * <p>What each category covers:
 *
 * <table>
 *   <caption>Sections of the view by category</caption>
 *   <tr><th>Category</th><th>In the view</th></tr>
 *   <tr><td>identity</td><td>the plan's identifier and the person, without contact</td></tr>
 *   <tr><td>contact</td><td>with identity: the safe-contact rules (channels, never-use, safe times,
 *       do-not-contact, message allowed)</td></tr>
 *   <tr><td>safe_contact</td><td>with identity and contact: the details and the code word</td></tr>
 *   <tr><td>priorities</td><td>the priorities, ranks renumbered, except those whose category needs
 *       a category not permitted</td></tr>
 *   <tr><td>plan_steps</td><td>with priorities: the steps serving a shared priority, except those
 *       that reveal a category not permitted by their kind, what they share with their provider or
 *       why they closed ({@link #reveals(PlanStep)})</td></tr>
 *   <tr><td>care_team</td><td>the current members; without it, steps name no member, and each
 *       change of a step is recorded by the plan's agency ({@link #AGENCY} when it names none)</td></tr>
 *   <tr><td>health, substance_use, legal, location_and_safety, children_and_family</td><td>the
 *       priorities and steps of those kinds; see {@link PriorityCategory#getRevealedCategory()} and
 *       {@link StepKind#getRevealedCategory()}</td></tr>
 * </table>
 *
 * <p>Free text a worker typed — a step's description, the conditions of a grant — leaves only with
 * every category it could reveal ({@link #freeTextNeeds()}); otherwise the view leaves it out.
 *
 * <p>The person's instructions hold item by item too: a priority or step she withheld from the
 * recipient ({@link org.pathways.consent.ConsentLedger#withheld}) is not in its view, nor is a step
 * that serves only withheld priorities.
 *
 * <p>The record names only the categories that shaped the view, and the grants that permitted them.
 */
public final class Disclosures {
    /**
     * Who a view without the care team says recorded each change of a step, when the plan names no
     * agency: the changes were recorded, but by whom is the care team's to tell.
     */
    public static final String AGENCY = "agency";

    /**
     * The categories free text a worker typed could reveal: every category that protects a kind of
     * priority or step.
     */
    private static final Set<InformationCategory> FREE_TEXT = java.util.Collections.unmodifiableSet(EnumSet.of(
            InformationCategory.HEALTH,
            InformationCategory.SUBSTANCE_USE,
            InformationCategory.LEGAL,
            InformationCategory.LOCATION_AND_SAFETY,
            InformationCategory.CHILDREN_AND_FAMILY));

    private Disclosures() {}

    /**
     * Returns what free text a worker typed — a step's description, a grant's conditions — needs
     * to leave in a view, besides the categories of its section: every category it could reveal,
     * because no code can tell what words say. A description that says "detox intake" is shared
     * only with a recipient who may receive health, substance use, legal, location and safety, and
     * children and family; otherwise it is left out of the view, and when it is shared the record
     * names all of them.
     *
     * @return {@code health}, {@code substance_use}, {@code legal}, {@code location_and_safety},
     *     {@code children_and_family}; unmodifiable
     */
    public static Set<InformationCategory> freeTextNeeds() {
        return FREE_TEXT;
    }

    /**
     * Discloses a plan to a recipient: makes the view her consent permits and records the
     * disclosure in the plan's log, in one step. {@link #preview} makes the same view without
     * recording it.
     *
     * @param plan the plan
     * @param recipient who receives the view
     * @param purpose what for
     * @param edit who shares it and when; the consent decision is made at {@code edit.getAt()}
     * @return the view and the next revision of the plan
     * @throws org.pathways.InvalidPlanException if the purpose is a reporting purpose ({@link
     *     Purpose#isReporting()}: a view is not de-identified, so research and reporting get no view
     *     at all), or consent permits the recipient nothing of this plan for this purpose at that
     *     time, with the reason for each category
     */
    public static Disclosed disclose(CarePlan plan, Recipient recipient, Purpose purpose, Edit edit) {
        return disclose(plan, recipient, purpose, edit, ConsentPolicy.defaults());
    }

    /**
     * Discloses a plan to a recipient under an agency's consent policy: as {@link #disclose(CarePlan,
     * Recipient, Purpose, Edit)}, and when the policy {@linkplain ConsentPolicy#isNoticeOfWithheld()
     * asks for that notice}, the view says whether the person's instructions kept something out of
     * it ({@link PlanView#isWithheldAtRequest()}), without saying what.
     *
     * @param plan the plan
     * @param recipient who receives the view
     * @param purpose what for
     * @param edit who shares it and when; the consent decision is made at {@code edit.getAt()}
     * @param policy the agency's consent policy
     * @return the view and the next revision of the plan
     * @throws org.pathways.InvalidPlanException as {@link #disclose(CarePlan, Recipient, Purpose, Edit)}
     */
    public static Disclosed disclose(
            CarePlan plan, Recipient recipient, Purpose purpose, Edit edit, ConsentPolicy policy) {
        PlanView view = preview(plan, recipient, purpose, edit, policy);
        return new Disclosed(view, plan.recordDisclosure(view.getDisclosure(), edit));
    }

    /**
     * Returns the view a recipient would receive, without recording anything: the same view, with
     * the same record, that {@link #disclose} would return for the same arguments, while the plan's
     * disclosure log stays as it is. For showing a worker or the person what would leave before it
     * does; only {@link #disclose} makes a disclosure.
     *
     * <pre>{@code
     * PlanView preview = Disclosures.preview(plan, Recipient.organisation("org-aurora-house"), Purpose.REFERRAL, edit);
     * preview.getDisclosure();  // the record disclose would log; nothing is logged
     * }</pre>
     *
     * @param plan the plan
     * @param recipient who would receive the view
     * @param purpose what for; never a reporting purpose
     * @param edit who would share it and when; the consent decision is made at {@code edit.getAt()}
     * @return the view
     * @throws org.pathways.InvalidPlanException if the purpose is a reporting purpose, or consent
     *     permits the recipient nothing of this plan for this purpose at that time
     */
    public static PlanView preview(CarePlan plan, Recipient recipient, Purpose purpose, Edit edit) {
        return preview(plan, recipient, purpose, edit, ConsentPolicy.defaults());
    }

    /**
     * Returns the view a recipient would receive under an agency's consent policy, without recording
     * anything: the same view {@link #disclose(CarePlan, Recipient, Purpose, Edit, ConsentPolicy)}
     * would return.
     *
     * <p>The person's instructions kept something out of the view when the view would hold more if
     * her refusals to this recipient (of categories, or of items) were not in the ledger: a
     * priority, a step, a section, a detail or a worker's words. Only then, and only when the policy
     * asks for that notice, does the view say so; it never says what, or which instruction.
     *
     * @param plan the plan
     * @param recipient who would receive the view
     * @param purpose what for; never a reporting purpose
     * @param edit who would share it and when; the consent decision is made at {@code edit.getAt()}
     * @param policy the agency's consent policy
     * @return the view
     * @throws org.pathways.InvalidPlanException as {@link #preview(CarePlan, Recipient, Purpose, Edit)}
     */
    public static PlanView preview(
            CarePlan plan, Recipient recipient, Purpose purpose, Edit edit, ConsentPolicy policy) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(policy, "policy");
        PlanView view = view(plan, plan.getConsent(), recipient, purpose, edit);
        if (!policy.isNoticeOfWithheld() || !instructed(plan.getConsent(), recipient, purpose, edit.getAt())) {
            return view;
        }
        PlanView without = view(plan, withoutInstructions(plan.getConsent(), recipient), recipient, purpose, edit);
        return sameContent(view, without)
                ? view
                : PlanView.builder().from(view).withheldAtRequest(true).build();
    }

    /** Whether a refusal to the recipient, of categories or items, is in force at a time. */
    private static boolean instructed(
            ConsentLedger ledger, Recipient recipient, Purpose purpose, java.time.Instant at) {
        if (!ledger.withheld(recipient, at).isEmpty()) {
            return true;
        }
        return ledger.decide(recipient, EnumSet.allOf(InformationCategory.class), purpose, at).getDenied().stream()
                .anyMatch(d -> d.getReason() == DecisionReason.REFUSED);
    }

    /**
     * The ledger as it would be had the person given the recipient no instruction: without her
     * refusals to it, and without the entries that only concern them (their lifting, their
     * confirmation).
     */
    private static ConsentLedger withoutInstructions(ConsentLedger ledger, Recipient recipient) {
        Set<String> dropped = new java.util.HashSet<>();
        List<ConsentEntry> kept = new ArrayList<>();
        for (ConsentEntry e : ledger.getEntries()) {
            boolean drop = e instanceof ConsentRefusal r && r.getRecipient().equals(recipient)
                    || e instanceof ConsentRevocation v
                            && v.getRevokes().isPresent()
                            && dropped.contains(v.getRevokes().get())
                    || e instanceof ConsentConfirmation c && dropped.contains(c.getConfirms());
            if (drop) {
                dropped.add(e.getId());
            } else {
                kept.add(e);
            }
        }
        return ConsentLedger.of(kept);
    }

    /** Whether two views hold the same things, whatever their records say. */
    private static boolean sameContent(PlanView a, PlanView b) {
        return a.getPlanId().equals(b.getPlanId())
                && a.getPerson().equals(b.getPerson())
                && a.getPriorities().equals(b.getPriorities())
                && a.getTeam().equals(b.getTeam())
                && a.getSteps().equals(b.getSteps())
                && a.getConditions().equals(b.getConditions());
    }

    /** The view of a plan under a ledger: the plan's own, or the one {@link #withoutInstructions} makes. */
    private static PlanView view(CarePlan plan, ConsentLedger ledger, Recipient recipient, Purpose purpose, Edit edit) {
        if (edit.getAt().isBefore(plan.getRevision().getAt())) {
            // the same refusal share gets from the plan: a view is of the plan as it is now, so
            // consent is decided no earlier than its latest revision (a revocation since then holds)
            throw Checks.fail(
                    "edit.at",
                    "is before revision " + plan.getRevision().getNumber() + " at "
                            + plan.getRevision().getAt()
                            + ": a view is decided no earlier than the plan's latest revision");
        }
        if (purpose.isReporting()) {
            throw Checks.fail(
                    "purpose",
                    "no plan view is made for " + purpose.getCode() + ": a view holds the person's words, exact"
                            + " times and identifiers, so it is not de-identified; research and reporting need a"
                            + " de-identified extract, which this version does not make");
        }
        ConsentDecisions decisions =
                ledger.decide(recipient, EnumSet.allOf(InformationCategory.class), purpose, edit.getAt());
        Set<InformationCategory> permitted = decisions.getPermitted();
        Set<String> withheld = ledger.withheld(recipient, edit.getAt());
        Set<InformationCategory> used = EnumSet.noneOf(InformationCategory.class);
        PlanView.Builder view = PlanView.builder();

        if (permitted.contains(InformationCategory.IDENTITY)) {
            used.add(InformationCategory.IDENTITY);
            view.planId(plan.getId());
            view.person(person(plan.getPerson(), permitted, used));
        }
        Set<String> sharedPriorities = new TreeSet<>();
        if (permitted.contains(InformationCategory.PRIORITIES)) {
            used.add(InformationCategory.PRIORITIES);
            List<Priority> kept = new ArrayList<>();
            for (Priority p : plan.getPriorities().getRanked()) {
                if (!withheld.contains(p.getId())
                        && allowed(p.getCategory().flatMap(PriorityCategory::getRevealedCategory), permitted, used)) {
                    kept.add(p);
                    sharedPriorities.add(p.getId());
                }
            }
            view.priorities(Priorities.of(kept));
        }
        boolean team = permitted.contains(InformationCategory.CARE_TEAM);
        boolean freeText = permitted.containsAll(FREE_TEXT);
        if (team) {
            used.add(InformationCategory.CARE_TEAM);
            view.team(CareTeam.of(plan.getTeam().getMembers(), List.of()));
        }
        if (permitted.contains(InformationCategory.PLAN_STEPS) && permitted.contains(InformationCategory.PRIORITIES)) {
            used.add(InformationCategory.PLAN_STEPS);
            List<PlanStep> steps = new ArrayList<>();
            for (PlanStep s : plan.getSteps()) {
                SortedSet<String> serves = new TreeSet<>(s.getServes());
                serves.retainAll(sharedPriorities);
                Set<InformationCategory> reveals = reveals(s);
                if (!serves.isEmpty() && !withheld.contains(s.getId()) && permitted.containsAll(reveals)) {
                    used.addAll(reveals);
                    PlanStep shared =
                            step(s, serves, team, freeText, plan.getAgency().orElse(AGENCY));
                    if (shared.getDescription().isPresent()) {
                        used.addAll(FREE_TEXT);
                    }
                    steps.add(shared);
                }
            }
            view.steps(steps);
        }
        if (used.isEmpty()) {
            throw Checks.fail(
                    "consent",
                    "nothing of this plan may be shared with " + recipient + " for " + purpose.getCode() + " at "
                            + edit.getAt() + ": " + decisions.explainDenied());
        }
        ConsentDecisions usedDecisions = ledger.decide(recipient, used, purpose, edit.getAt());
        if (freeText
                && !used.containsAll(FREE_TEXT)
                && !conditions(ledger, usedDecisions).isEmpty()) {
            used.addAll(FREE_TEXT); // the conditions travel: they may tell anything, so the record says so
            usedDecisions = ledger.decide(recipient, used, purpose, edit.getAt());
        }
        if (freeText) {
            view.addAllConditions(conditions(ledger, usedDecisions));
        }
        Disclosure record = Disclosure.builder()
                .id(nextId(plan))
                .recipient(recipient)
                .purpose(purpose)
                .categories(used)
                .at(edit.getAt())
                .by(edit.getAuthor())
                .grants(usedDecisions.getGrants())
                .build();
        return view.disclosure(record).build();
    }

    /**
     * Returns every category a step reveals by its codes and identifiers, besides
     * {@link InformationCategory#PLAN_STEPS}: the category of its kind ({@link StepKind#getRevealedCategory()}),
     * the protected categories it shares with its provider ({@link #freeTextNeeds()}: a referral that
     * shares substance use names a detox provider), and the categories its closure reasons reveal ({@link ClosureReason#getRevealedCategory()}).
     * A step is in a view only when the view may hold every one of them: codes and identifiers that
     * reveal a category travel only with it.
     *
     * @param step the step
     * @return the categories, in the order of {@link InformationCategory}
     */
    public static Set<InformationCategory> reveals(PlanStep step) {
        Set<InformationCategory> out = EnumSet.noneOf(InformationCategory.class);
        step.getKind().getRevealedCategory().ifPresent(out::add);
        for (InformationCategory shared : step.getShares()) {
            if (FREE_TEXT.contains(shared)) {
                out.add(shared);
            }
        }
        for (StatusChange c : step.getHistory()) {
            c.getReason().flatMap(ClosureReason::getRevealedCategory).ifPresent(out::add);
        }
        return out;
    }

    private static boolean allowed(
            Optional<InformationCategory> needed, Set<InformationCategory> permitted, Set<InformationCategory> used) {
        if (needed.isEmpty()) {
            return true;
        }
        if (!permitted.contains(needed.get())) {
            return false;
        }
        used.add(needed.get());
        return true;
    }

    private static Person person(Person person, Set<InformationCategory> permitted, Set<InformationCategory> used) {
        SafeContact contact = SafeContact.none();
        if (permitted.contains(InformationCategory.CONTACT)) {
            used.add(InformationCategory.CONTACT);
            SafeContact.Builder b = SafeContact.builder().from(person.getSafeContact());
            if (permitted.contains(InformationCategory.SAFE_CONTACT)) {
                used.add(InformationCategory.SAFE_CONTACT);
            } else {
                b.details(Optional.<SensitiveText>empty()).codeWord(Optional.<SensitiveText>empty());
            }
            contact = b.build();
        }
        return Person.builder().from(person).safeContact(contact).build();
    }

    private static List<SensitiveText> conditions(ConsentLedger ledger, ConsentDecisions decisions) {
        List<SensitiveText> out = new ArrayList<>();
        for (String g : decisions.getGrants()) {
            ((ConsentGrant) ledger.find(g).orElseThrow()).getConditions().ifPresent(out::add);
        }
        return out;
    }

    private static PlanStep step(PlanStep s, SortedSet<String> serves, boolean team, boolean freeText, String agency) {
        PlanStep.Builder b = PlanStep.builder().from(s).serves(serves);
        if (!freeText) {
            b.description(Optional.<org.pathways.LocalizedText>empty());
        }
        List<StatusChange> history = withoutAnswers(s.getHistory());
        if (!team) {
            b.responsible(Optional.<String>empty()).accompaniedBy(Optional.<String>empty());
            List<StatusChange> byAgency = new ArrayList<>(history.size());
            for (StatusChange c : history) {
                byAgency.add(StatusChange.builder().from(c).recordedBy(agency).build());
            }
            history = byAgency;
        }
        return b.history(history).build();
    }

    /**
     * Returns a step's history without the organisations' answers: an answer is between the person's
     * agency and the organisation that sent it (where and when her appointment is, why it declined),
     * so it never leaves in a view — not to a second organisation she is referred to, not back to the
     * one that sent it. A change that only recorded an answer, and moved nothing, leaves with it.
     */
    private static List<StatusChange> withoutAnswers(List<StatusChange> history) {
        List<StatusChange> out = new ArrayList<>(history.size());
        StepStatus previous = null;
        for (StatusChange c : history) {
            if (c.getAnswer().isPresent()) {
                if (c.getStatus() == previous) {
                    continue;
                }
                c = StatusChange.builder()
                        .from(c)
                        .answer(Optional.<ReferralAnswer>empty())
                        .build();
            }
            out.add(c);
            previous = c.getStatus();
        }
        return out;
    }

    private static String nextId(CarePlan plan) {
        Set<String> taken = new java.util.HashSet<>();
        plan.getDisclosures().forEach(d -> taken.add(d.getId()));
        int n = plan.getDisclosures().size() + 1;
        while (taken.contains("disclosure-" + n)) {
            n++;
        }
        return "disclosure-" + n;
    }
}
