package org.pathways.referral;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pathways.ErrorCode;
import org.pathways.consent.ConsentDecisions;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosed;
import org.pathways.disclosure.Disclosures;
import org.pathways.disclosure.PlanView;
import org.pathways.internal.Checks;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Priority;
import org.pathways.team.TeamMember;

/**
 * The referral exchange between the person's agency and another organisation: {@link #send} makes
 * the packet, {@link #apply} brings the organisation's answer back to the step, {@link #intake}
 * starts the organisation's own plan from the packet.
 *
 * <pre>{@code
 * Sent sent = Referrals.send(plan, "s-shelter", jo, edit);        // agency A
 * plan = sent.getPlan();                                           // the disclosure is logged
 * CarePlan theirs = Referrals.intake(sent.getPacket(), "plan-h1", "org-harbour-house", intakeEdit); // B
 * plan = Referrals.apply(plan, answer, answerEdit);               // A, when B answers
 * }</pre>
 */
public final class Referrals {
    private Referrals() {}

    /**
     * Makes the packet for one referral step, through the sharing rule: the view is what {@link
     * Disclosures#disclose} gives the step's provider for a referral at the edit's time, and the
     * disclosure is recorded. The step goes ahead ({@code in_progress}) if it was agreed or on hold.
     *
     * @param plan the referring plan
     * @param stepId the referral step; it names its provider, and the person has agreed to it
     * @param referrer who refers
     * @param edit who sends it and when
     * @return the packet and the next revision of the plan
     * @throws org.pathways.InvalidPlanException if the step is not in the plan, names no provider, is
     *     still proposed or is closed; or, saying why, if consent does not cover what the step needs
     *     for that organisation at that time (she refused, or revoked), or does not let the step
     *     itself be shared
     */
    public static Sent send(CarePlan plan, String stepId, Referrer referrer, Edit edit) {
        return send(plan, stepId, referrer, edit, ConsentPolicy.defaults());
    }

    /**
     * Makes the packet for one referral step under an agency's consent policy: as {@link
     * #send(CarePlan, String, Referrer, Edit)}, and when the policy {@linkplain
     * ConsentPolicy#isNoticeOfWithheld() asks for that notice}, the packet's view says whether the
     * person's instructions kept something out of it ({@link PlanView#isWithheldAtRequest()}),
     * without saying what ({@link Disclosures#disclose(CarePlan, Recipient, Purpose, Edit,
     * ConsentPolicy)}).
     *
     * @param plan the referring plan
     * @param stepId the referral step
     * @param referrer who refers
     * @param edit who sends it and when
     * @param policy the agency's consent policy
     * @return the packet and the next revision of the plan
     * @throws org.pathways.InvalidPlanException as {@link #send(CarePlan, String, Referrer, Edit)}
     */
    public static Sent send(CarePlan plan, String stepId, Referrer referrer, Edit edit, ConsentPolicy policy) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(edit, "edit");
        PlanStep step = plan.findStep(stepId).orElseThrow(() -> Checks.notFound("steps", "step"));
        String f = "steps[" + stepId + "]";
        if (step.getProvider().isEmpty()) {
            throw Checks.fail(f + ".provider", "a referral goes to the step's provider, and it names none");
        }
        StepStatus status = step.getStatus();
        if (status == StepStatus.PROPOSED) {
            throw Checks.fail(
                    ErrorCode.ILLEGAL_TRANSITION,
                    f + ".history",
                    "a referral leaves only with the person's agreement to the step");
        }
        if (status.isTerminal()) {
            throw Checks.fail(
                    ErrorCode.ILLEGAL_TRANSITION,
                    f + ".history",
                    "the step is " + status.getCode() + "; a closed step sends nothing");
        }
        Recipient to = Recipient.organisation(step.getProvider().get());
        Optional<ConsentDecisions> needs = plan.consentFor(step, edit.getAt());
        if (needs.isPresent() && !needs.get().isPermitted()) {
            throw Checks.fail(
                    ErrorCode.CONSENT_MISSING,
                    "consent",
                    "no referral to " + to + " at " + edit.getAt() + ": "
                            + needs.get().explainDenied());
        }
        Disclosed shared = Disclosures.disclose(plan, to, Purpose.REFERRAL, edit, policy);
        PlanView view = shared.getView();
        boolean holdsStep = view.getSteps().isPresent()
                && view.getSteps().get().stream().anyMatch(s -> s.getId().equals(stepId));
        if (view.getPerson().isEmpty() || !holdsStep) {
            throw Checks.fail(
                    ErrorCode.CONSENT_MISSING,
                    "consent",
                    "no referral to " + to + " at " + edit.getAt() + ": consent does not let "
                            + (view.getPerson().isEmpty() ? "the person's identity" : "the referral step")
                            + " be shared with it");
        }
        CarePlan next = shared.getPlan();
        if (status != StepStatus.IN_PROGRESS) {
            next = next.markStep(stepId, StepStatus.IN_PROGRESS, edit);
        }
        Packet packet =
                Packet.builder().referrer(referrer).step(stepId).view(view).build();
        return new Sent(packet, next);
    }

    /**
     * Applies an organisation's answer to the referring plan; see {@link CarePlan#recordAnswer}.
     * Receiving an answer needs no consent, and applying the same answer twice changes nothing.
     *
     * @param plan the referring plan
     * @param answer the organisation's answer
     * @param edit who records it and when
     * @return the next revision, or {@code plan} itself when the answer is already applied
     * @throws org.pathways.InvalidPlanException if the answer is for another step or referral, or out
     *     of order
     */
    public static CarePlan apply(CarePlan plan, ReferralAnswer answer, Edit edit) {
        Objects.requireNonNull(plan, "plan");
        return plan.recordAnswer(answer, edit);
    }

    /**
     * Starts the receiving organisation's own plan from a packet: the person as the packet gives her
     * (with her safe-contact rules when consent covered them), the priorities she chose to share in
     * her order and her words, and the referring worker on the team with their organisation, which
     * says where the referral came from. Nothing else: no field the packet did not hold.
     *
     * @param packet the packet received
     * @param planId the identifier of the new plan
     * @param agency the receiving organisation
     * @param edit who takes the referral in and when; not before any of the shared priorities
     * @return the new plan
     * @throws org.pathways.InvalidPlanException if the identifiers are not identifiers, or the edit
     *     is before the packet's priorities were expressed
     */
    public static CarePlan intake(Packet packet, String planId, String agency, Edit edit) {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(edit, "edit");
        PlanView view = packet.getView();
        CarePlan plan = CarePlan.start(planId, agency, view.getPerson().orElseThrow(), edit);
        Referrer r = packet.getReferrer();
        TeamMember.Builder member =
                TeamMember.builder().id(r.getId()).role(r.getRole()).organisation(r.getOrganisation());
        r.getName().ifPresent(member::name);
        plan = plan.addMember(member.build(), edit);
        List<Priority> shared = view.getPriorities().map(p -> p.getRanked()).orElse(List.of());
        int rank = 1;
        for (Priority p : shared) {
            plan = plan.addPriority(p, rank++, edit);
        }
        return plan;
    }
}
