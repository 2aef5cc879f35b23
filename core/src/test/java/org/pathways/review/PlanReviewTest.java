package org.pathways.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.priority.Domain;
import org.pathways.priority.PriorityStatus;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;
import org.pathways.testing.SamplePlans;

class PlanReviewTest {
    private final CarePlan mira = SamplePlans.mira();

    private static List<Rule> rules(CarePlan plan) {
        return PlanReview.of(plan).getFindings().stream().map(Finding::getRule).toList();
    }

    private static Optional<Finding> finding(CarePlan plan, Rule rule) {
        return PlanReview.of(plan).getFindings().stream()
                .filter(f -> f.getRule() == rule)
                .findFirst();
    }

    @Test
    void theSamplePlanIsValidWithAdvisoriesOnly() {
        PlanReview review = PlanReview.of(mira);
        assertTrue(review.isValid());
        assertTrue(review.getViolations().isEmpty());
        assertEquals(
                List.of(Rule.DOMAINS_NOT_COVERED, Rule.PRIORITY_WITHOUT_STEP, Rule.PRIORITY_WITHOUT_STEP), rules(mira));
    }

    @Test
    void noLeadCaseWorkerIsAnAdvisory() {
        assertFalse(rules(mira).contains(Rule.NO_LEAD_CASE_WORKER));
        CarePlan plan = mira.cancelStep("s-shelter", org.pathways.plan.ClosureReason.WAITLIST, edit(9))
                .removeMember("m-jo", edit(10));
        assertEquals(Rule.NO_LEAD_CASE_WORKER, rules(plan).get(0));
    }

    @Test
    void missingDomainsAreNamedUnlessThePersonDeferredThem() {
        Finding f = finding(mira, Rule.DOMAINS_NOT_COVERED).orElseThrow();
        assertEquals(
                "open steps touch no priority in emotional, psychological, spiritual; the person has not"
                        + " deferred these",
                f.getMessage());
        CarePlan deferred =
                mira.deferDomains(EnumSet.of(Domain.EMOTIONAL, Domain.PSYCHOLOGICAL, Domain.SPIRITUAL), edit(10));
        assertFalse(rules(deferred).contains(Rule.DOMAINS_NOT_COVERED));
    }

    @Test
    void aReferralWithNoAccompanimentOfferedIsAnAdvisory() {
        CarePlan plan = mira.proposeStep(SamplePlans.step("s-clinic", StepKind.REFERRAL, "p-sleep"), edit(10));
        Finding f = finding(plan, Rule.NO_ACCOMPANIMENT_OFFERED).orElseThrow();
        assertEquals(Optional.of("s-clinic"), f.getSubject());
        assertEquals(Severity.ADVISORY, f.getSeverity());
        assertEquals(
                "advisory no_accompaniment_offered on s-clinic: referral with no accompaniment offered (DM-3)",
                f.toString());
        PlanStep offered = PlanStep.builder()
                .from(SamplePlans.step("s-clinic", StepKind.REFERRAL, "p-sleep"))
                .accompaniment(Accompaniment.DECLINED)
                .build();
        assertFalse(rules(mira.proposeStep(offered, edit(10))).contains(Rule.NO_ACCOMPANIMENT_OFFERED));
    }

    @Test
    void aFirstAppointmentWithNoAccompanimentOfferedIsAnAdvisory() {
        PlanStep first = PlanStep.builder()
                .from(SamplePlans.step("s-doc", StepKind.HEALTH_CARE, "p-sleep"))
                .firstAppointment(true)
                .build();
        assertEquals(
                "first appointment with no accompaniment offered",
                finding(mira.proposeStep(first, edit(10)), Rule.NO_ACCOMPANIMENT_OFFERED)
                        .orElseThrow()
                        .getMessage());
    }

    @Test
    void anActivePriorityWithNoOpenStepIsAnAdvisory() {
        assertEquals(
                List.of("p-son", "p-sleep"),
                PlanReview.of(mira).getFindings().stream()
                        .filter(f -> f.getRule() == Rule.PRIORITY_WITHOUT_STEP)
                        .map(f -> f.getSubject().orElseThrow())
                        .toList());
        CarePlan aside = mira.markPriority("p-son", PriorityStatus.SET_ASIDE, edit(10));
        assertFalse(finding(aside, Rule.PRIORITY_WITHOUT_STEP)
                .map(f -> f.getSubject().orElseThrow())
                .filter("p-son"::equals)
                .isPresent());
    }

    @Test
    void aStepUnderWayForASetAsidePriorityIsAViolation() {
        CarePlan plan = mira.markPriority("p-home", PriorityStatus.SET_ASIDE, edit(10));
        PlanReview review = PlanReview.of(plan);
        assertFalse(review.isValid());
        Finding f = review.getViolations().get(0);
        assertEquals(Rule.STEP_SERVES_SET_ASIDE_PRIORITY, f.getRule());
        assertEquals(Optional.of("s-shelter"), f.getSubject());
    }

    @Test
    void aProposedStepForASetAsidePriorityIsNoViolation() {
        CarePlan plan = mira.markPriority("p-sleep", PriorityStatus.SET_ASIDE, edit(10))
                .proposeStep(SamplePlans.step("s-x", StepKind.COUNSELLING, "p-sleep"), edit(11));
        assertTrue(PlanReview.of(plan).isValid());
        CarePlan agreed = plan.agreeToStep("s-x", AgreementMode.VERBAL, edit(12));
        assertFalse(PlanReview.of(agreed).isValid());
    }

    @Test
    void anUnpaidPeerWorkerIsAnAdvisory() {
        CarePlan plan = mira.addMember(
                TeamMember.builder()
                        .id("m-kai")
                        .role(TeamRole.PEER_SUPPORT_WORKER)
                        .build(),
                edit(10));
        assertEquals(
                Optional.of("m-kai"),
                finding(plan, Rule.PEER_WORKER_NOT_PAID).orElseThrow().getSubject());
    }

    @Test
    void advisoriesNeverMakeAPlanInvalid() {
        CarePlan plan = mira.removeMember("m-rae", edit(10));
        assertTrue(PlanReview.of(plan).isValid());
        assertFalse(PlanReview.of(plan).getAdvisories().isEmpty());
    }

    @Test
    void theSamePlanGivesTheSameReview() {
        assertEquals(PlanReview.of(mira), PlanReview.of(SamplePlans.mira()));
    }
}
