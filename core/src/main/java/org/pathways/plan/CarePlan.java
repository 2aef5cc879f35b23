package org.pathways.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.immutables.value.Value;
import org.pathways.ErrorCode;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentDecisions;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.Disclosure;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.internal.Checks;
import org.pathways.person.Person;
import org.pathways.priority.Domain;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityStatus;
import org.pathways.team.CareTeam;
import org.pathways.team.TeamMember;

/**
 * A survivor-led care plan: the person, their ranked priorities, the wraparound steps that serve
 * them, the care team, the person's consent ledger with the log of what was disclosed, the case
 * conferences held, and the identity of this revision.
 *
 * <pre>{@code
 * Edit intake = Edit.of("m-jo", Instant.parse("2026-03-02T15:00:00Z"), true);
 * CarePlan plan = CarePlan.start("plan-0f3c", amara, intake)
 *         .addPriority(son, 1, intake)
 *         .proposeStep(familyCourtReferral, intake)
 *         .agreeToStep("s-court", AgreementMode.VERBAL, intake);
 * plan.getRevision().getNumber(); // 4
 * }</pre>
 *
 * <p>Every operation returns a new revision, numbered one higher, with the edit's author and time;
 * the plan it was called on is unchanged. A plan always satisfies its invariants, whether built by an
 * operation, a builder or a JSON reader: every step serves at least one priority of the plan, step
 * identifiers are unique, every member a step names is on the team (a current member while the step
 * is open), and nothing in the plan is dated after its revision. Consent is part of the invariants:
 * a step of any kind whose provider is outside the person's own agency moved to
 * {@code IN_PROGRESS} only when the ledger, at that moment, permitted its provider
 * to receive what it {@linkplain PlanStep#getNeeds() needs}; every organisation at a case conference
 * had the person's consent for it; and every disclosure under consent was permitted by the grants
 * it names. Rules that depend on context are reported by {@link org.pathways.review.PlanReview}
 * rather than thrown.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CarePlan {
    CarePlan() {}

    /**
     * Returns a new builder, for reading a plan back from storage; new plans start with
     * {@link #start(String, Person, Edit)}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a plan for a person: revision 1, with no priorities, steps or team yet.
     *
     * @param id the plan's identifier
     * @param person the person at the centre of the plan
     * @param edit who started it, when, and whether the person was present
     * @return revision 1 of the plan
     */
    public static CarePlan start(String id, Person person, Edit edit) {
        return builder().id(id).person(person).revision(Revision.first(edit)).build();
    }

    /**
     * Starts a plan held by the person's own agency: steps it provides itself need no consent to go
     * ahead; steps with any other provider do.
     *
     * @param id the plan's identifier
     * @param agency the identifier of the organisation that holds the plan
     * @param person the person at the centre of the plan
     * @param edit who started it, when, and whether the person was present
     * @return revision 1 of the plan
     */
    public static CarePlan start(String id, String agency, Person person, Edit edit) {
        Objects.requireNonNull(agency, "agency");
        return builder()
                .id(id)
                .agency(agency)
                .person(person)
                .revision(Revision.first(edit))
                .build();
    }

    /**
     * Returns the plan's identifier, the same in every revision.
     *
     * @return the identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns the organisation that holds the plan, the person's own agency.
     *
     * @return the organisation's identifier; empty when not recorded, and then every provider a step
     *     names is outside it
     */
    public abstract Optional<@Pattern(regexp = Checks.ID_PATTERN) String> getAgency();

    /**
     * Returns the plan's data steward: the First Nation or Indigenous organisation that governs
     * secondary use of this plan's records (OCAP: ownership, control, access, possession), such as
     * {@code org-anishinabek-nation}. A steward is named by the person and the agency together; the
     * library never infers one, nor anyone's Indigenous identity, from anything else in the plan.
     *
     * <p>A steward's agreement is needed before the plan's records are used for research or
     * aggregate reporting ({@code pathways-research}); the steward governs and the person's own
     * consent still applies.
     *
     * @return the steward's organisation identifier; empty when the plan names none
     */
    public abstract Optional<@Pattern(regexp = Checks.ID_PATTERN) String> getSteward();

    /**
     * Returns the person at the centre of the plan.
     *
     * @return the person
     */
    @NotNull
    @Valid
    public abstract Person getPerson();

    /**
     * Returns the person's ranked priorities.
     *
     * @return the priorities; empty in a new plan
     */
    @Value.Default
    @NotNull
    @Valid
    public Priorities getPriorities() {
        return Priorities.empty();
    }

    /**
     * Returns the steps, in the order they were proposed.
     *
     * @return the steps
     */
    @NotNull
    public abstract List<@Valid PlanStep> getSteps();

    /**
     * Returns the care team.
     *
     * @return the team; empty in a new plan
     */
    @Value.Default
    @NotNull
    @Valid
    public CareTeam getTeam() {
        return CareTeam.empty();
    }

    /**
     * Returns the medicine-wheel domains the person has chosen not to work on for now; the review
     * does not point them out as missing.
     *
     * @return the deferred domains, in the order of {@link Domain}
     */
    @NotNull
    public abstract Set<Domain> getDeferredDomains();

    /**
     * Returns the person's consent ledger.
     *
     * @return the ledger; empty, permitting nothing, in a new plan
     */
    @Value.Default
    @NotNull
    @Valid
    public ConsentLedger getConsent() {
        return ConsentLedger.empty();
    }

    /**
     * Returns the log of what left the plan, oldest first.
     *
     * @return the disclosure records
     */
    @NotNull
    public abstract List<@Valid Disclosure> getDisclosures();

    /**
     * Returns the case conferences held about the plan, oldest first.
     *
     * @return the conferences
     */
    @NotNull
    public abstract List<@Valid CaseConference> getConferences();

    /**
     * Returns the identity of this revision.
     *
     * @return the revision
     */
    @NotNull
    @Valid
    public abstract Revision getRevision();

    /**
     * Finds a step.
     *
     * @param stepId the step's identifier
     * @return the step, or empty
     */
    public Optional<PlanStep> findStep(String stepId) {
        Objects.requireNonNull(stepId, "stepId");
        Integer at = stepPositions().get(stepId);
        return at == null ? Optional.empty() : Optional.of(getSteps().get(at));
    }

    /** Where each step is in the list, built once per revision on first use: a lookup costs O(1). */
    @Value.Lazy
    Map<String, Integer> stepPositions() {
        return Checks.positions(getSteps(), PlanStep::getId);
    }

    /**
     * Returns the next revision naming the plan's data steward ({@link #getSteward()}), as the person
     * and the agency agreed.
     *
     * @param steward the steward's organisation identifier
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan nameSteward(String steward, Edit edit) {
        Objects.requireNonNull(steward, "steward");
        return next(edit, "named data steward " + steward, b -> b.steward(steward));
    }

    /**
     * Returns the next revision with a priority inserted at the rank the person gives it.
     *
     * @param priority the new priority
     * @param rank the rank, from 1 to {@code size + 1}
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan addPriority(Priority priority, int rank, Edit edit) {
        Objects.requireNonNull(priority, "priority");
        return next(
                edit,
                "added priority " + priority.getId() + " at rank " + rank,
                b -> b.priorities(getPriorities().withAdded(priority, rank)));
    }

    /**
     * Returns the next revision with a priority moved to the rank the person gives it; every other
     * priority keeps its relative order.
     *
     * @param priorityId the priority's identifier
     * @param rank the new rank, from 1 to the number of priorities
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan rankPriority(String priorityId, int rank, Edit edit) {
        return next(
                edit,
                "moved priority " + priorityId + " to rank " + rank,
                b -> b.priorities(getPriorities().withRank(priorityId, rank)));
    }

    /**
     * Returns the next revision with a priority's status changed, as the person says: achieved, set
     * aside, or active again.
     *
     * @param priorityId the priority's identifier
     * @param status the new status
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan markPriority(String priorityId, PriorityStatus status, Edit edit) {
        Objects.requireNonNull(status, "status");
        Priority changed = getPriorities()
                .find(priorityId)
                .orElseThrow(() -> Checks.notFound("priorities", "priority"))
                .withStatus(status);
        return next(
                edit,
                "priority " + priorityId + " " + status.getCode(),
                b -> b.priorities(getPriorities().withReplaced(changed)));
    }

    /**
     * Returns the next revision with a new step proposed. The step's history must hold only its
     * proposal; the person's agreement comes after, with {@link #agreeToStep}.
     *
     * @param step the proposed step; its identifier must be new
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan proposeStep(PlanStep step, Edit edit) {
        Objects.requireNonNull(step, "step");
        if (step.getHistory().size() != 1) {
            throw Checks.fail("steps[" + step.getId() + "].history", "a new step holds only its proposal");
        }
        if (findStep(step.getId()).isPresent()) {
            throw Checks.fail("steps", "the plan already holds a step with this identifier");
        }
        return next(
                edit, "proposed step " + step.getId() + " (" + step.getKind().getCode() + ")", b -> b.addSteps(step));
    }

    /**
     * Returns the next revision with the person's agreement to a proposed step recorded.
     *
     * @param stepId the step's identifier
     * @param mode how the person agreed
     * @param edit the authorship of the revision; its author recorded the agreement
     * @return the next revision
     */
    public CarePlan agreeToStep(String stepId, AgreementMode mode, Edit edit) {
        Objects.requireNonNull(mode, "mode");
        return changeStep(
                stepId,
                StatusChange.agreed(edit.getAt(), edit.getAuthor(), mode),
                edit,
                "step " + stepId + " agreed (" + mode.getCode() + ")");
    }

    /**
     * Returns the next revision with a step marked with a status that needs neither the person's
     * agreement nor a reason: in progress, on hold, completed, or agreed again after a hold. A step
     * is declined with {@link #declineStep}, cancelled with {@link #cancelStep}, and agreed to the
     * first time with {@link #agreeToStep}.
     *
     * @param stepId the step's identifier
     * @param status the new status
     * @param edit the authorship of the revision
     * @return the next revision
     * @throws org.pathways.InvalidPlanException with the code {@code not_found} if the plan has no
     *     such step, {@code illegal_transition} if the lifecycle does not allow the change or another
     *     operation records it (the message names that operation)
     */
    public CarePlan markStep(String stepId, StepStatus status, Edit edit) {
        Objects.requireNonNull(status, "status");
        String other = status == StepStatus.DECLINED
                ? "a step the person declines goes through declineStep(stepId, reason, edit), with the reason"
                : status == StepStatus.CANCELLED
                        ? "a step the provider cannot deliver goes through cancelStep(stepId, reason, edit), with the"
                                + " reason"
                        : status == StepStatus.AGREED && step(stepId).getStatus() == StepStatus.PROPOSED
                                ? "the person's agreement goes through agreeToStep(stepId, mode, edit)"
                                : null;
        if (other != null) {
            throw Checks.fail(
                    ErrorCode.ILLEGAL_TRANSITION,
                    "steps[" + stepId + "].status",
                    "markStep does not mark a step " + status.getCode() + ": " + other);
        }
        return changeStep(
                stepId,
                StatusChange.to(status, edit.getAt(), edit.getAuthor()),
                edit,
                "step " + stepId + " " + status.getCode());
    }

    /**
     * Returns the next revision with a step declined: the person chose not to go ahead, a respected
     * outcome.
     *
     * @param stepId the step's identifier
     * @param reason why, usually {@link ClosureReason#PERSONS_CHOICE}
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan declineStep(String stepId, ClosureReason reason, Edit edit) {
        return closeStep(stepId, StepStatus.DECLINED, reason, edit);
    }

    /**
     * Returns the next revision with a step cancelled because the provider cannot deliver it.
     *
     * @param stepId the step's identifier
     * @param reason why, such as {@link ClosureReason#WAITLIST}; never the person's choice
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan cancelStep(String stepId, ClosureReason reason, Edit edit) {
        return closeStep(stepId, StepStatus.CANCELLED, reason, edit);
    }

    private CarePlan closeStep(String stepId, StepStatus status, ClosureReason reason, Edit edit) {
        Objects.requireNonNull(reason, "reason");
        return changeStep(
                stepId,
                StatusChange.closed(status, reason, edit.getAt(), edit.getAuthor()),
                edit,
                "step " + stepId + " " + status.getCode() + " (" + reason.getCode() + ")");
    }

    /**
     * Returns the next revision with an organisation's answer to a referral applied to its step: the
     * step moves as the answer's {@linkplain AnswerKind kind} says, and its history keeps the answer.
     * Receiving an answer needs no consent. Applying the same answer again returns this plan
     * unchanged.
     *
     * @param answer the answer, for a step whose provider is the answering organisation and a
     *     referral disclosed to it
     * @param edit who records it and when; not before the answer
     * @return the next revision, or this plan when the answer is already in the step's history
     * @throws org.pathways.InvalidPlanException if the answer names no step or referral of this plan,
     *     another step's provider, or comes out of order (before the step's last change, after the
     *     step closed, a second {@code received}, or a move the lifecycle does not allow)
     */
    public CarePlan recordAnswer(ReferralAnswer answer, Edit edit) {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(edit, "edit");
        PlanStep s = step(answer.getStep());
        String f = "steps[" + s.getId() + "].history";
        if (!s.getProvider().equals(Optional.of(answer.getFrom()))) {
            throw Checks.fail(
                    ErrorCode.NOT_FOUND,
                    "answer.from",
                    "the answering organisation is not the provider of step " + s.getId());
        }
        Recipient to = Recipient.organisation(answer.getFrom());
        boolean sent = getDisclosures().stream()
                .anyMatch(d -> d.getId().equals(answer.getReferral())
                        && d.getRecipient().equals(to)
                        && d.getPurpose() == Purpose.REFERRAL);
        if (!sent) {
            throw Checks.fail(
                    ErrorCode.NOT_FOUND,
                    "answer.referral",
                    "no referral with this identifier went to the answering organisation");
        }
        for (StatusChange c : s.getHistory()) {
            if (c.getAnswer().isPresent() && c.getAnswer().get().getId().equals(answer.getId())) {
                if (c.getAnswer().get().equals(answer)) {
                    return this;
                }
                throw Checks.fail("answer.id", "another answer with this identifier is already in the step's history");
            }
        }
        StepStatus from = s.getStatus();
        if (from != StepStatus.IN_PROGRESS && from != StepStatus.ON_HOLD) {
            throw Checks.fail(
                    ErrorCode.ILLEGAL_TRANSITION,
                    f,
                    "an answer " + answer.getKind().getCode() + " is out of order: the step is " + from.getCode()
                            + ", and answers apply to a referral that has gone ahead");
        }
        StatusChange last = s.getHistory().get(s.getHistory().size() - 1);
        if (answer.getAt().isBefore(last.getAt())) {
            throw Checks.fail(
                    ErrorCode.ILLEGAL_TRANSITION,
                    f,
                    "an answer " + answer.getKind().getCode()
                            + " is out of order: it is dated before the step's last change");
        }
        if (answer.getAt().isAfter(edit.getAt())) {
            throw Checks.fail("answer.at", "is after the time it is recorded at");
        }
        if (answer.getKind() == AnswerKind.RECEIVED
                && s.getHistory().stream()
                        .anyMatch(c -> c.getAnswer().isPresent()
                                && c.getAnswer().get().getReferral().equals(answer.getReferral()))) {
            throw Checks.fail(
                    ErrorCode.ILLEGAL_TRANSITION,
                    f,
                    "an answer received is out of order: this referral was already answered");
        }
        Set<StepStatus> to2 = answer.getKind().getResultingStatuses();
        StepStatus status = to2.contains(from) ? from : to2.iterator().next();
        if (status != from && !from.canMoveTo(status)) {
            throw Checks.fail(
                    ErrorCode.ILLEGAL_TRANSITION,
                    f,
                    "an answer " + answer.getKind().getCode() + " is out of order: a step " + from.getCode()
                            + " cannot move to " + status.getCode());
        }
        return changeStep(
                s.getId(),
                StatusChange.answered(answer, status, edit.getAuthor()),
                edit,
                "step " + s.getId() + " answered " + answer.getKind().getCode() + " by " + answer.getFrom());
    }

    /**
     * Returns the next revision with a step's details changed: responsible member, provider,
     * accompaniment, due date, description, priorities served. Its status history cannot change
     * this way; it changes only through the lifecycle operations.
     *
     * @param step the changed step, with the identifier and the history of an existing step
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan updateStep(PlanStep step, Edit edit) {
        Objects.requireNonNull(step, "step");
        PlanStep current = step(step.getId());
        if (!current.getHistory().equals(step.getHistory())) {
            throw Checks.fail(
                    "steps[" + step.getId() + "].history",
                    "the status history changes only through the lifecycle operations");
        }
        return next(edit, "updated step " + step.getId(), b -> b.steps(replaced(step)));
    }

    /**
     * Returns the next revision with a member added to the team.
     *
     * @param member the new member
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan addMember(TeamMember member, Edit edit) {
        Objects.requireNonNull(member, "member");
        return next(
                edit,
                "added member " + member.getId() + " (" + member.getRole().getCode() + ")",
                b -> b.team(getTeam().withAdded(member)));
    }

    /**
     * Returns the next revision with a member moved from the team to its former members, who stay
     * named in the history. Open steps must first be given to someone else.
     *
     * @param memberId the member's identifier
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan removeMember(String memberId, Edit edit) {
        return next(edit, "removed member " + memberId, b -> b.team(getTeam().withRemoved(memberId)));
    }

    /**
     * Returns the next revision with the domains the person chose not to work on for now.
     *
     * @param domains the deferred domains; empty to defer none
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan deferDomains(Set<Domain> domains, Edit edit) {
        Objects.requireNonNull(domains, "domains");
        return next(
                edit,
                "deferred domains "
                        + domains.stream().map(Domain::getCode).sorted().toList(),
                b -> b.deferredDomains(domains));
    }

    /**
     * Asks whether an organisation is outside the person's own agency.
     *
     * @param organisation the organisation's identifier
     * @return true unless it is the plan's {@linkplain #getAgency() agency}
     */
    public boolean isOutside(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return !getAgency().equals(Optional.of(organisation));
    }

    /**
     * Decides whether the consent ledger lets a step go ahead at a time: whether its provider may
     * receive what the step {@linkplain PlanStep#getNeeds() needs} for the step's purpose.
     *
     * @param step a step of this plan, or one about to be
     * @param at when it would go ahead
     * @return the decisions; empty when the step needs no consent, because it names no provider or
     *     its provider is the person's own agency. The kind of step does not matter: any provider
     *     outside the agency needs consent for the step's {@linkplain PlanStep#getSharingPurpose()
     *     purpose}
     */
    public Optional<ConsentDecisions> consentFor(PlanStep step, Instant at) {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(at, "at");
        Optional<String> provider = step.getProvider();
        if (provider.isEmpty() || !isOutside(provider.get())) {
            return Optional.empty();
        }
        return Optional.of(getConsent()
                .decide(Recipient.organisation(provider.get()), step.getNeeds(), step.getSharingPurpose(), at));
    }

    /**
     * Returns the next revision with an entry appended to the consent ledger: a grant, a refusal, or
     * a revocation. Nothing is erased; a revocation takes effect from when it is recorded.
     *
     * @param entry the entry; recorded no earlier than this revision and no later than the edit
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan recordConsent(ConsentEntry entry, Edit edit) {
        Objects.requireNonNull(entry, "entry");
        if (entry.getRecordedAt().isBefore(getRevision().getAt())) {
            throw Checks.fail(
                    "consent[" + entry.getId() + "].recordedAt",
                    entry.getRecordedAt() + " is before revision "
                            + getRevision().getNumber() + " at " + getRevision().getAt()
                            + "; consent is recorded as it happens, never back-dated");
        }
        String what;
        if (entry instanceof ConsentGrant g) {
            what = "consent " + g.getId() + " granted to " + g.getRecipient();
        } else if (entry instanceof ConsentRefusal r) {
            for (String item : r.getItems()) {
                if (getPriorities().find(item).isEmpty() && findStep(item).isEmpty()) {
                    throw Checks.notFound("consent[" + r.getId() + "].items", "priority or step");
                }
            }
            what = "consent " + r.getId() + " refused to " + r.getRecipient();
        } else if (entry instanceof ConsentConfirmation c) {
            what = "consent " + c.getConfirms() + " confirmed in " + c.getId();
        } else {
            what = "consent " + entry.getId() + " revoked";
        }
        ConsentLedger ledger = getConsent().withAppended(entry);
        return next(edit, what, b -> b.consent(ledger));
    }

    /**
     * Returns the next revision with a case conference recorded. A conference recorded after it
     * sat keeps both times, as a disclosure does.
     *
     * @param conference the conference; every organisation at it outside the person's agency needs
     *     the person's consent for {@link Purpose#CASE_CONFERENCE}
     * @param edit the authorship of the revision
     * @return the next revision
     * @throws org.pathways.InvalidPlanException naming each organisation without consent
     */
    public CarePlan recordCaseConference(CaseConference conference, Edit edit) {
        Objects.requireNonNull(conference, "conference");
        Objects.requireNonNull(edit, "edit");
        if (conference.getRecordedAt().isEmpty() && conference.getAt().isBefore(edit.getAt())) {
            conference = CaseConference.builder()
                    .from(conference)
                    .recordedAt(edit.getAt())
                    .build();
        }
        CaseConference entered = conference;
        return next(
                edit,
                "case conference " + entered.getId() + " with " + entered.getOrganisations(),
                b -> b.addConferences(entered));
    }

    /**
     * Returns the next revision with a disclosure added to the log. A disclosure under consent is
     * checked against the ledger; {@code org.pathways.disclosure.Disclosures} makes one together
     * with the recipient's view. A lawful disclosure without consent is recorded by hand, with
     * {@link #recordDisclosure(Disclosure, Edit, ConsentPolicy)} and the policy that authorises its
     * decider's role; here, under {@link ConsentPolicy#defaults()}, which authorises no role, it is
     * refused.
     *
     * <p>A disclosure made before the edit — a late entry, as practice has them — keeps both times:
     * {@link Disclosure#getAt()} when it was made, {@link Disclosure#getRecordedAt()} the edit's
     * time; consent is checked at the first, and the review flags one that consent would no longer
     * have covered at the second ({@code late_entry_after_consent_changed}).
     *
     * @param disclosure the record
     * @param edit the authorship of the revision
     * @return the next revision
     * @throws org.pathways.InvalidPlanException with {@link org.pathways.ErrorCode#OVERRIDE_NOT_AUTHORISED}
     *     for a disclosure without consent
     */
    public CarePlan recordDisclosure(Disclosure disclosure, Edit edit) {
        return recordDisclosure(disclosure, edit, ConsentPolicy.defaults());
    }

    /**
     * Returns the next revision with a disclosure added to the log, under an agency's consent
     * policy: a lawful disclosure without consent (imminent risk, a legal duty, a court order) is
     * recorded only when it names the role in which it was decided and the policy authorises that
     * role.
     *
     * <pre>{@code
     * ConsentPolicy policy = ConsentPolicy.builder().addOverrideRoles("privacy-officer").build();
     * plan = plan.recordDisclosure(Disclosure.builder()
     *         .id("d-2").recipient(childServices).purpose(Purpose.COORDINATION)
     *         .addCategories(InformationCategory.IDENTITY, InformationCategory.CHILDREN_AND_FAMILY)
     *         .at(at).by("m-jo")
     *         .basis(DisclosureBasis.LEGAL_DUTY).reason(SensitiveText.of("duty to report"))
     *         .decidedBy("m-ines").decidedAs("privacy-officer")
     *         .build(), edit, policy);
     * }</pre>
     *
     * @param disclosure the record
     * @param edit the authorship of the revision
     * @param policy the agency's consent policy
     * @return the next revision
     * @throws org.pathways.InvalidPlanException with {@link org.pathways.ErrorCode#OVERRIDE_NOT_AUTHORISED}
     *     when a disclosure without consent names no role or one the policy does not authorise
     */
    public CarePlan recordDisclosure(Disclosure disclosure, Edit edit, ConsentPolicy policy) {
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(policy, "policy");
        policy.authorise(disclosure);
        Objects.requireNonNull(edit, "edit");
        if (disclosure.getRecordedAt().isEmpty() && disclosure.getAt().isBefore(edit.getAt())) {
            disclosure = Disclosure.builder()
                    .from(disclosure)
                    .recordedAt(edit.getAt())
                    .build();
        }
        Disclosure entered = disclosure;
        return next(
                edit,
                "disclosed "
                        + disclosure.getCategories().stream()
                                .map(c -> c.getCode())
                                .toList()
                        + " to " + entered.getRecipient() + " for "
                        + entered.getPurpose().getCode() + " ("
                        + entered.getBasis().getCode() + ")",
                b -> b.addDisclosures(entered));
    }

    /**
     * Returns the next revision recording that the person was told of a disclosure made without
     * their consent.
     *
     * @param disclosureId the disclosure's identifier
     * @param at when the person was told
     * @param edit the authorship of the revision
     * @return the next revision
     */
    public CarePlan recordPersonTold(String disclosureId, Instant at, Edit edit) {
        Objects.requireNonNull(disclosureId, "disclosureId");
        Objects.requireNonNull(at, "at");
        List<Disclosure> log = new ArrayList<>(getDisclosures());
        int i = 0;
        while (i < log.size() && !log.get(i).getId().equals(disclosureId)) {
            i++;
        }
        if (i == log.size()) {
            throw Checks.notFound("disclosures", "disclosure");
        }
        if (log.get(i).getPersonToldAt().isPresent()) {
            throw Checks.fail("disclosures[" + disclosureId + "].personToldAt", "the person was already told");
        }
        log.set(i, log.get(i).withPersonToldAt(at));
        return next(edit, "person told of disclosure " + disclosureId, b -> b.disclosures(log));
    }

    private PlanStep step(String stepId) {
        return findStep(stepId).orElseThrow(() -> Checks.notFound("steps", "step"));
    }

    private CarePlan changeStep(String stepId, StatusChange change, Edit edit, String description) {
        PlanStep changed = step(stepId).withChange(change);
        return next(edit, description, b -> b.steps(replaced(changed)));
    }

    private List<PlanStep> replaced(PlanStep step) {
        List<PlanStep> steps = new ArrayList<>(getSteps());
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getId().equals(step.getId())) {
                steps.set(i, step);
            }
        }
        return steps;
    }

    private CarePlan next(Edit edit, String description, Consumer<Builder> change) {
        Objects.requireNonNull(edit, "edit");
        Revision current = getRevision();
        if (edit.getAt().isBefore(current.getAt())) {
            throw Checks.fail(
                    "edit.at", edit.getAt() + " is before revision " + current.getNumber() + " at " + current.getAt());
        }
        Builder b = builder();
        b.from(this);
        change.accept(b);
        b.revision(Revision.of(current.getNumber() + 1, edit, description, Optional.of(current.getFingerprint())));
        return b.build();
    }

    @Value.Check
    void check() {
        PlanInvariants.check(this);
    }

    /** Builds a {@link CarePlan}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableCarePlan.Builder {
        Builder() {}
    }
}
