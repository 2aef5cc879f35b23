package org.pathways.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
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

    /** The names of each rule's arguments, in order, as docs/review.md lists them. */
    static final Map<Rule, List<String>> ARGUMENTS = new EnumMap<>(Rule.class);

    static {
        ARGUMENTS.put(Rule.STEP_SERVES_SET_ASIDE_PRIORITY, List.of("status", "priorities"));
        ARGUMENTS.put(Rule.STEP_WITHOUT_CONSENT, List.of("status", "provider", "purpose", "categories"));
        ARGUMENTS.put(Rule.CONSENT_NEEDED, List.of("status", "provider", "purpose", "categories"));
        ARGUMENTS.put(Rule.CONSENT_EXPIRING, List.of("recipient_kind", "recipient", "end", "by_policy"));
        ARGUMENTS.put(Rule.PERSON_NOT_TOLD_OF_DISCLOSURE, List.of("recipient_kind", "recipient", "basis", "at"));
        ARGUMENTS.put(Rule.LATE_ENTRY_AFTER_CONSENT_CHANGED, List.of("record", "at", "recorded_at"));
        ARGUMENTS.put(Rule.NO_LEAD_CASE_WORKER, List.of());
        ARGUMENTS.put(Rule.DOMAINS_NOT_COVERED, List.of("domains"));
        ARGUMENTS.put(Rule.NO_ACCOMPANIMENT_OFFERED, List.of("kind", "first_appointment"));
        ARGUMENTS.put(Rule.PRIORITY_WITHOUT_STEP, List.of("rank"));
        ARGUMENTS.put(Rule.PEER_WORKER_NOT_PAID, List.of("role"));
    }

    /** The findings of a plan's review, each checked to carry its rule's arguments. */
    private static List<Finding> findings(CarePlan plan) {
        List<Finding> found = PlanReview.of(plan).getFindings();
        for (Finding f : found) {
            assertEquals(
                    ARGUMENTS.get(f.getRule()), List.copyOf(f.getArguments().keySet()), f::toString);
        }
        return found;
    }

    private static List<Rule> rules(CarePlan plan) {
        return findings(plan).stream().map(Finding::getRule).toList();
    }

    private static Optional<Finding> finding(CarePlan plan, Rule rule) {
        return findings(plan).stream().filter(f -> f.getRule() == rule).findFirst();
    }

    @Test
    void docsReviewListsEveryRuleWithItsArguments() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "review.md"));
        for (Rule r : Rule.values()) {
            assertEquals(ARGUMENTS.get(r), r.getArguments(), r::getCode);
            String names = ARGUMENTS.get(r).isEmpty()
                    ? "—"
                    : String.join(
                            ", ",
                            ARGUMENTS.get(r).stream().map(n -> "`" + n + "`").toList());
            assertTrue(
                    doc.contains("| `" + r.getCode() + "` | " + r.getSeverity().getCode() + " | " + names + " |"),
                    () -> "docs/review.md does not list " + r.getCode() + " with " + names);
        }
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
        assertEquals(Map.of("domains", "emotional,psychological,spiritual"), f.getArguments());
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

    @Test
    void reportsAStepThatWentAheadAndThatConsentNoLongerCovers() {
        CarePlan withdrawn = mira.markStep("s-shelter", org.pathways.plan.StepStatus.IN_PROGRESS, edit(10))
                .recordConsent(
                        ConsentRevocation.builder()
                                .id("c-2")
                                .revokes("c-1")
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(edit(20).getAt())
                                .build(),
                        edit(20));
        PlanReview review = PlanReview.of(withdrawn);
        assertFalse(review.isValid());
        Finding f = finding(withdrawn, Rule.STEP_WITHOUT_CONSENT).orElseThrow();
        assertEquals(Optional.of("s-shelter"), f.getSubject());
        assertTrue(f.getMessage()
                .contains("consent does not cover org-aurora-house for referral: identity (revoked by c-2"));
        assertEquals("in_progress", f.getArguments().get("status"));
        assertEquals("org-aurora-house", f.getArguments().get("provider"));
        assertEquals("referral", f.getArguments().get("purpose"));
        assertTrue(f.getArguments().get("categories").startsWith("identity"), f::toString);
        assertTrue(f.getMessage().endsWith("talk with the person"));
    }

    @Test
    void advisesThatAStepWillNeedConsentBeforeItGoesAhead() {
        PlanStep legal = PlanStep.builder()
                .from(SamplePlans.step("s-clinic", StepKind.REFERRAL, "p-son"))
                .provider("org-lakeshore-legal-clinic")
                .accompaniment(Accompaniment.OFFERED)
                .build();
        CarePlan plan = mira.proposeStep(legal, edit(10));
        Finding f = finding(plan, Rule.CONSENT_NEEDED).orElseThrow();
        assertEquals(Severity.ADVISORY, f.getSeverity());
        assertEquals(Optional.of("s-clinic"), f.getSubject());
        assertTrue(PlanReview.of(plan).isValid());
        assertFalse(rules(mira).contains(Rule.CONSENT_NEEDED));
    }

    @Test
    void advisesTellingThePersonOfADisclosureMadeWithoutTheirConsent() {
        CarePlan plan = mira.recordDisclosure(
                Disclosure.builder()
                        .id("d-1")
                        .recipient(Recipient.organisation("org-child-services"))
                        .purpose(Purpose.COORDINATION)
                        .addCategories(InformationCategory.IDENTITY)
                        .at(edit(10).getAt())
                        .by("m-jo")
                        .basis(DisclosureBasis.IMMINENT_RISK_OF_SERIOUS_HARM)
                        .reason(SensitiveText.of("Said she would be hurt tonight"))
                        .decidedBy("m-jo")
                        .decidedAs("privacy-officer")
                        .build(),
                edit(10),
                SamplePlans.POLICY);
        assertEquals(
                Optional.of("d-1"),
                finding(plan, Rule.PERSON_NOT_TOLD_OF_DISCLOSURE).orElseThrow().getSubject());
        assertFalse(finding(plan, Rule.PERSON_NOT_TOLD_OF_DISCLOSURE)
                .orElseThrow()
                .getMessage()
                .contains("hurt"));
        CarePlan told = plan.recordPersonTold("d-1", edit(60).getAt(), edit(60));
        assertFalse(rules(told).contains(Rule.PERSON_NOT_TOLD_OF_DISCLOSURE));
    }

    private static final java.time.Instant GRANT_ENDS = SamplePlans.INTAKE.plusSeconds(90L * 86_400);

    private static List<Finding> expiring(CarePlan plan, ConsentPolicy policy, java.time.Instant at) {
        List<Finding> out = PlanReview.of(plan, policy, at).getFindings().stream()
                .filter(f -> f.getRule() == Rule.CONSENT_EXPIRING)
                .toList();
        out.forEach(f -> assertEquals(
                ARGUMENTS.get(f.getRule()), List.copyOf(f.getArguments().keySet())));
        return out;
    }

    @Test
    void advisesAskingAboutRenewalWhenAGrantEndsWithinThePolicysNotice() {
        List<Finding> soon = expiring(mira, ConsentPolicy.defaults(), GRANT_ENDS.minusSeconds(10L * 86_400));
        assertEquals(1, soon.size());
        Finding f = soon.get(0);
        assertEquals(Optional.of("c-1"), f.getSubject());
        assertEquals(
                Map.of(
                        "recipient_kind",
                        "organisation",
                        "recipient",
                        SamplePlans.SHELTER,
                        "end",
                        GRANT_ENDS.toString(),
                        "by_policy",
                        "false"),
                f.getArguments());
        assertEquals(org.pathways.review.Severity.ADVISORY, f.getSeverity());
        assertEquals(List.of("NP-5"), f.getSources());
        assertEquals(List.of(), expiring(mira, ConsentPolicy.defaults(), GRANT_ENDS.minusSeconds(20L * 86_400)));
        assertEquals(List.of(), expiring(mira, ConsentPolicy.defaults(), GRANT_ENDS), "ended: no longer ahead");
        ConsentPolicy never = ConsentPolicy.builder().renewalNoticeDays(0).build();
        assertEquals(List.of(), expiring(mira, never, GRANT_ENDS.minusSeconds(86_400)));
        ConsentPolicy month = ConsentPolicy.builder().renewalNoticeDays(30).build();
        assertEquals(
                1, expiring(mira, month, GRANT_ENDS.minusSeconds(20L * 86_400)).size());
    }

    @Test
    void aRenewalRecordedAheadOfTheEndLeavesNothingToAdvise() {
        java.time.Instant at = GRANT_ENDS.minusSeconds(10L * 86_400);
        ConsentGrant renewal = ConsentGrant.builder()
                .from(SamplePlans.shelterGrant())
                .id("c-2")
                .start(at)
                .end(at.plusSeconds(90L * 86_400))
                .recordedAt(at)
                .build();
        CarePlan renewed = mira.recordConsent(renewal, org.pathways.plan.Edit.of("m-jo", at, true));
        assertEquals(List.of(), expiring(renewed, ConsentPolicy.defaults(), at));
    }

    @Test
    void aGrantThePolicyLimitedIsAdvisedAsSuch() {
        ConsentPolicy policy = ConsentPolicy.builder().releaseDays(90).build();
        ConsentGrant open = ConsentGrant.builder()
                .from(SamplePlans.shelterGrant())
                .id("c-2")
                .end(Optional.empty())
                .recipient(Recipient.organisation("org-clinic"))
                .recordedAt(edit(10).getAt())
                .build();
        CarePlan plan = mira.recordConsent(policy.apply(open), edit(10));
        java.time.Instant expiry = edit(10).getAt().plusSeconds(90L * 86_400);
        List<Finding> found = expiring(plan, policy, expiry.minusSeconds(86_400));
        assertEquals( // c-1, Mira's 90 days to the shelter, ends ten minutes before
                List.of("c-1", "c-2"),
                found.stream().map(f -> f.getSubject().orElseThrow()).toList());
        assertEquals("false", found.get(0).getArguments().get("by_policy"));
        assertEquals("true", found.get(1).getArguments().get("by_policy"));
        assertEquals(expiry.toString(), found.get(1).getArguments().get("end"));
        assertTrue(found.get(1).getMessage().contains("under the agency's consent policy"));
    }

    @Test
    void aReviewIsNeverOfAnEarlierTimeThanTheLatestRevision() {
        org.pathways.testing.Expect.rejects(
                org.pathways.InvalidPlanException.class,
                () -> PlanReview.of(mira, ConsentPolicy.defaults(), SamplePlans.INTAKE),
                "at",
                "no earlier than its latest revision");
        assertEquals(
                PlanReview.of(mira),
                PlanReview.of(mira, ConsentPolicy.defaults(), mira.getRevision().getAt()));
    }

    @Test
    void aLateEntryThatHerConsentNoLongerCoveredWhenItWasRecordedIsFlaggedForASecondLook() {
        CarePlan mira = org.pathways.testing.SamplePlans.mira();
        Disclosure toShelter = Disclosure.builder()
                .id("d-shelter")
                .recipient(Recipient.organisation(org.pathways.testing.SamplePlans.SHELTER))
                .purpose(Purpose.REFERRAL)
                .addCategories(InformationCategory.IDENTITY)
                .at(edit(10).getAt())
                .by("m-jo")
                .addGrants("c-1")
                .build();
        CarePlan revoked = mira.recordConsent(
                ConsentRevocation.builder()
                        .id("c-revoked")
                        .revokes("c-1")
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-jo")
                        .recordedAt(edit(20).getAt())
                        .build(),
                edit(20));
        CarePlan lateAfterRevocation = revoked.recordDisclosure(toShelter, edit(30));
        List<Finding> late = PlanReview.of(lateAfterRevocation).getFindings().stream()
                .filter(f -> f.getRule() == Rule.LATE_ENTRY_AFTER_CONSENT_CHANGED)
                .toList();
        assertEquals(1, late.size());
        assertEquals(Optional.of("d-shelter"), late.get(0).getSubject());
        assertEquals(edit(30).getAt().toString(), late.get(0).getArguments().get("recorded_at"));
        CarePlan lateButCovered = mira.recordDisclosure(toShelter, edit(30));
        assertTrue(PlanReview.of(lateButCovered).getFindings().stream()
                .noneMatch(f -> f.getRule() == Rule.LATE_ENTRY_AFTER_CONSENT_CHANGED));
    }
}
