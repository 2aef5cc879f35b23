package org.pathways.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.json.PlanJson;
import org.pathways.person.SafeContact;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.referral.Referrals;
import org.pathways.referral.Sent;
import org.pathways.testing.Expect;
import org.pathways.testing.ReferralSamples;
import org.pathways.testing.SamplePlans;

class DisclosuresTest {
    private static final Recipient SHELTER = Recipient.organisation(SamplePlans.SHELTER);
    private final CarePlan mira = SamplePlans.mira();

    @Test
    void theShelterReceivesWhatMiraConsentedToAndNothingElse() {
        Disclosed d = Disclosures.disclose(mira, SHELTER, Purpose.REFERRAL, edit(10));
        PlanView view = d.getView();
        assertEquals(
                EnumSet.of(InformationCategory.IDENTITY, InformationCategory.CONTACT, InformationCategory.PRIORITIES),
                view.getDisclosure().getCategories());
        assertEquals(Optional.of("plan-2c9e"), view.getPlanId());
        SafeContact contact = view.getPerson().orElseThrow().getSafeContact();
        assertEquals(mira.getPerson().getSafeContact().getChannels(), contact.getChannels());
        assertTrue(contact.getCodeWord().isEmpty(), "the code word needs safe_contact");
        assertEquals(3, view.getPriorities().orElseThrow().size());
        assertTrue(view.getSteps().isEmpty());
        assertTrue(view.getTeam().isEmpty());
        assertEquals(List.of(), view.getConditions(), "free text needs every category it could reveal");
        String json = PlanJson.defaults().write(view);
        assertFalse(json.contains("raspberry"));
        assertFalse(json.contains("\"steps\""));
        assertFalse(json.contains("\"team\""));
    }

    @Test
    void freeTextAWorkerTypedLeavesOnlyWithEveryCategoryItCouldReveal() {
        PlanStep shelter = mira.findStep("s-shelter").orElseThrow();
        CarePlan described = mira.updateStep(
                PlanStep.builder()
                        .from(shelter)
                        .description("Detox intake first, then the bed")
                        .build(),
                edit(6));
        ConsentGrant steps = ConsentGrant.builder()
                .from(SamplePlans.shelterGrant())
                .id("c-2")
                .categories(List.of(
                        InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS, InformationCategory.CARE_TEAM))
                .recordedAt(edit(7).getAt())
                .build();
        CarePlan plan = described.recordConsent(steps, edit(7));
        PlanView view =
                Disclosures.disclose(plan, SHELTER, Purpose.REFERRAL, edit(10)).getView();
        assertTrue(view.getSteps().orElseThrow().get(0).getDescription().isEmpty());
        assertEquals(List.of(), view.getConditions());
        assertFalse(PlanJson.defaults().write(view).contains("Detox"));
        ConsentGrant everything = ConsentGrant.builder()
                .from(steps)
                .id("c-3")
                .categories(EnumSet.allOf(InformationCategory.class))
                .conditions(org.pathways.SensitiveText.of("Never mention the clinic by name"))
                .recordedAt(edit(8).getAt())
                .build();
        PlanView all = Disclosures.disclose(
                        plan.recordConsent(everything, edit(8)), SHELTER, Purpose.REFERRAL, edit(10))
                .getView();
        assertEquals(
                "Detox intake first, then the bed",
                all.getSteps()
                        .orElseThrow()
                        .get(0)
                        .getDescription()
                        .orElseThrow()
                        .getText());
        assertTrue(all.getDisclosure().getCategories().containsAll(FREE_TEXT));
        assertFalse(all.getConditions().isEmpty(), "the conditions of the grants behind it");
    }

    /** What free text needs, spelled out here so that the test reads without the library's constant. */
    private static final java.util.Set<InformationCategory> FREE_TEXT = EnumSet.of(
            InformationCategory.HEALTH,
            InformationCategory.SUBSTANCE_USE,
            InformationCategory.LEGAL,
            InformationCategory.LOCATION_AND_SAFETY,
            InformationCategory.CHILDREN_AND_FAMILY);

    @Test
    void sharingIsLoggedInTheNextRevision() {
        Disclosed d = Disclosures.disclose(mira, SHELTER, Purpose.REFERRAL, edit(10));
        assertEquals(
                mira.getRevision().getNumber() + 1, d.getPlan().getRevision().getNumber());
        assertEquals(List.of(d.getView().getDisclosure()), d.getPlan().getDisclosures());
        assertEquals("disclosure-1", d.getView().getDisclosure().getId());
        assertEquals(java.util.Set.of("c-1"), d.getView().getDisclosure().getGrants());
        assertEquals(
                "disclosure-2",
                Disclosures.disclose(d.getPlan(), SHELTER, Purpose.ACCOMPANIMENT, edit(11))
                        .getView()
                        .getDisclosure()
                        .getId());
        assertEquals("Disclosed[disclosure-1 to organisation org-aurora-house]", d.toString());
        Disclosed again = Disclosures.disclose(mira, SHELTER, Purpose.REFERRAL, edit(10));
        assertEquals(d, again, "sharing is a pure function of the plan, recipient, purpose and edit");
        assertEquals(d.hashCode(), again.hashCode());
        assertFalse(d.equals(Disclosures.disclose(mira, SHELTER, Purpose.ACCOMPANIMENT, edit(10))));
    }

    @Test
    void aPriorityOrStepOfAProtectedKindNeedsItsCategoryToo() {
        Priority health = Priority.builder()
                .from(SamplePlans.priority("p-health", "Get my teeth fixed", Domain.PHYSICAL))
                .category(PriorityCategory.HEALTH)
                .build();
        PlanStep dentist = PlanStep.builder()
                .from(SamplePlans.step("s-dentist", StepKind.HEALTH_CARE, "p-health", "p-home"))
                .build();
        ConsentGrant steps = ConsentGrant.builder()
                .from(SamplePlans.shelterGrant())
                .id("c-2")
                .addCategories(InformationCategory.PLAN_STEPS)
                .recordedAt(edit(12).getAt())
                .build();
        CarePlan plan = mira.addPriority(health, 4, edit(10))
                .proposeStep(dentist, edit(11))
                .recordConsent(steps, edit(12));
        PlanView view =
                Disclosures.disclose(plan, SHELTER, Purpose.REFERRAL, edit(13)).getView();
        assertTrue(view.getPriorities().orElseThrow().find("p-health").isEmpty());
        assertEquals(3, view.getPriorities().orElseThrow().size());
        assertFalse(
                view.getSteps().orElseThrow().stream().anyMatch(s -> s.getId().equals("s-dentist")));
        assertFalse(view.getDisclosure().getCategories().contains(InformationCategory.HEALTH));
    }

    @Test
    void aSharedStepNamesOnlySharedPrioritiesAndNoMemberWithoutTheTeam() {
        ConsentGrant steps = ConsentGrant.builder()
                .from(SamplePlans.shelterGrant())
                .id("c-2")
                .categories(List.of(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS))
                .recordedAt(edit(10).getAt())
                .build();
        PlanView view = Disclosures.disclose(mira.recordConsent(steps, edit(10)), SHELTER, Purpose.REFERRAL, edit(10))
                .getView();
        PlanStep shelter = view.getSteps().orElseThrow().get(0);
        assertEquals(java.util.Set.of("p-home"), shelter.getServes());
        assertTrue(shelter.getResponsible().isEmpty());
        assertTrue(shelter.getAccompaniedBy().isEmpty());
    }

    @Test
    void noViewIsMadeForResearchOrReportingEvenWithTheirConsent() {
        ConsentGrant research = ConsentGrant.builder()
                .id("c-2")
                .recipient(Recipient.organisation("org-university-lab"))
                .addCategories(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                .addPurposes(Purpose.DEIDENTIFIED_RESEARCH, Purpose.AGGREGATE_FUNDER_REPORTING)
                .start(edit(10).getAt())
                .given(org.pathways.consent.ConsentMode.WRITTEN)
                .recordedBy("m-jo")
                .recordedAt(edit(10).getAt())
                .build();
        CarePlan plan = mira.recordConsent(research, edit(10));
        for (Purpose reporting : List.of(Purpose.DEIDENTIFIED_RESEARCH, Purpose.AGGREGATE_FUNDER_REPORTING)) {
            Expect.rejects(
                    InvalidPlanException.class,
                    () -> Disclosures.disclose(plan, research.getRecipient(), reporting, edit(11)),
                    "purpose",
                    "no plan view is made for " + reporting.getCode());
            Expect.rejects(
                    InvalidPlanException.class,
                    () -> Disclosures.preview(plan, research.getRecipient(), reporting, edit(11)),
                    "purpose",
                    "is not de-identified");
        }
    }

    @Test
    void freeTextNeedsEveryCategoryItCouldReveal() {
        assertEquals(FREE_TEXT, Disclosures.freeTextNeeds());
    }

    @Test
    void aPreviewIsTheViewShareWouldGiveAndRecordsNothing() {
        PlanView preview = Disclosures.preview(mira, SHELTER, Purpose.REFERRAL, edit(10));
        Disclosed shared = Disclosures.disclose(mira, SHELTER, Purpose.REFERRAL, edit(10));
        assertEquals(shared.getView(), preview);
        assertEquals(List.of(), mira.getDisclosures(), "the plan previewed is unchanged");
        assertEquals(
                preview,
                Disclosures.preview(mira, SHELTER, Purpose.REFERRAL, edit(10)),
                "previewing twice gives the same view: nothing was logged in between");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Disclosures.preview(mira, Recipient.organisation("org-city-police"), Purpose.REFERRAL, edit(10)),
                "consent",
                "nothing of this plan may be shared with organisation org-city-police for referral");
    }

    @Test
    void nothingIsSharedWithoutConsentAndTheErrorSaysWhy() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> Disclosures.disclose(mira, Recipient.organisation("org-city-police"), Purpose.REFERRAL, edit(10)),
                "consent",
                "nothing of this plan may be shared with organisation org-city-police for referral");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Disclosures.disclose(mira, SHELTER, Purpose.COORDINATION, edit(10)),
                "consent",
                "identity (no grant)");
    }

    @Test
    void aPriorityOfAProtectedKindIsSharedWhenItsCategoryIsPermitted() {
        Priority health = Priority.builder()
                .from(SamplePlans.priority("p-health", "Get my teeth fixed", Domain.PHYSICAL))
                .category(PriorityCategory.HEALTH)
                .build();
        ConsentGrant withHealth = ConsentGrant.builder()
                .from(SamplePlans.shelterGrant())
                .id("c-2")
                .addCategories(InformationCategory.HEALTH)
                .recordedAt(edit(11).getAt())
                .build();
        CarePlan plan = mira.addPriority(health, 4, edit(10)).recordConsent(withHealth, edit(11));
        PlanView view =
                Disclosures.disclose(plan, SHELTER, Purpose.REFERRAL, edit(12)).getView();
        assertTrue(view.getPriorities().orElseThrow().find("p-health").isPresent());
        assertTrue(view.getDisclosure().getCategories().contains(InformationCategory.HEALTH));
    }

    @Test
    void aViewNeverCarriesAnOrganisationsAnswerNorWhereHerAppointmentIs() {
        CarePlan plan = ReferralSamples.amara();
        Sent sent = Referrals.send(plan, "s-harbour", ReferralSamples.jo(), ReferralSamples.at(1, 0));
        CarePlan answered = Referrals.apply(
                sent.getPlan(),
                ReferralSamples.answer(
                                "a-1",
                                sent.getPacket().getId(),
                                "s-harbour",
                                ReferralSamples.HARBOUR,
                                AnswerKind.APPOINTMENT_SET,
                                ReferralSamples.time(1, 10))
                        .appointmentAt(ReferralSamples.time(3, 0))
                        .place(SensitiveText.of("Unit 12, Cedar Lane"))
                        .build(),
                ReferralSamples.at(1, 10));
        assertTrue(answered.findStep("s-harbour").orElseThrow().getHistory().stream()
                .anyMatch(c -> c.getAnswer().isPresent()));

        PlanView view = Disclosures.preview(
                answered, Recipient.organisation(ReferralSamples.HARBOUR), Purpose.REFERRAL, ReferralSamples.at(1, 20));

        String json = PlanJson.defaults().write(view);
        assertFalse(json.contains("Cedar Lane"), "the appointment's place left in the view");
        assertFalse(json.contains("\"answer\""), "an answer left in the view");
        PlanStep shared = view.getSteps().orElseThrow().get(0);
        assertTrue(shared.getHistory().stream().noneMatch(c -> c.getAnswer().isPresent()));
        assertEquals(
                answered.findStep("s-harbour").orElseThrow().getStatus(),
                shared.getStatus(),
                "the step's status travels; only the answer stays home");
    }

    @Test
    void aPreviewDatedBeforeTheLatestRevisionIsRefusedSoARevocationSinceHolds() {
        CarePlan revoked = ReferralSamples.amara()
                .recordConsent(
                        ConsentRevocation.builder()
                                .id("c-rev")
                                .recipient(Recipient.organisation(ReferralSamples.HARBOUR))
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(ReferralSamples.time(1, 0))
                                .build(),
                        ReferralSamples.at(1, 0));

        InvalidPlanException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidPlanException.class,
                () -> Disclosures.preview(
                        revoked,
                        Recipient.organisation(ReferralSamples.HARBOUR),
                        Purpose.REFERRAL,
                        ReferralSamples.at(0, 30)));
        assertEquals("edit.at", refused.getField());
    }

    private static final ConsentPolicy NOTICE =
            ConsentPolicy.builder().noticeOfWithheld(true).build();

    private static ConsentRefusal.Builder instruction(String id, int at) {
        return ConsentRefusal.builder()
                .id(id)
                .recipient(SHELTER)
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(edit(at).getAt());
    }

    @Test
    void aPriorityWithheldFromTheShelterIsNotInItsViewAndTheNoticeSaysOnlyThatSomethingWas() {
        CarePlan plan =
                mira.recordConsent(instruction("c-2", 10).addItems("p-son").build(), edit(10));
        PlanView noticed = Disclosures.disclose(plan, SHELTER, Purpose.REFERRAL, edit(11), NOTICE)
                .getView();
        assertTrue(noticed.getPriorities().orElseThrow().find("p-son").isEmpty());
        assertEquals(2, noticed.getPriorities().orElseThrow().size());
        assertEquals(1, noticed.getPriorities().orElseThrow().rankOf("p-home"), "ranks renumbered");
        assertTrue(noticed.isWithheldAtRequest());
        String json = PlanJson.defaults().write(noticed);
        assertTrue(json.contains("\"withheldAtRequest\":true"));
        assertFalse(json.contains("p-son"));
        assertFalse(json.contains("Get my son back"));
        assertFalse(json.contains("c-2"), "nor which instruction");
        assertEquals(noticed, PlanJson.defaults().read(json, PlanView.class));
        PlanView quiet = Disclosures.preview(plan, SHELTER, Purpose.REFERRAL, edit(11));
        assertFalse(quiet.isWithheldAtRequest(), "no notice unless the agency's policy asks for it");
        assertEquals(noticed.getPriorities(), quiet.getPriorities());
        assertFalse(PlanJson.defaults().write(quiet).contains("withheldAtRequest"));
    }

    @Test
    void theNoticeIsGivenOnlyWhenHerInstructionKeptSomethingOut() {
        CarePlan contact = mira.recordConsent(
                instruction("c-2", 10)
                        .addCategories(InformationCategory.CONTACT)
                        .build(),
                edit(10));
        PlanView withoutContact = Disclosures.preview(contact, SHELTER, Purpose.REFERRAL, edit(11), NOTICE);
        assertEquals(
                SafeContact.none(), withoutContact.getPerson().orElseThrow().getSafeContact());
        assertTrue(withoutContact.isWithheldAtRequest());
        CarePlan health = mira.recordConsent(
                instruction("c-2", 10).addCategories(InformationCategory.HEALTH).build(), edit(10));
        assertFalse(
                Disclosures.preview(health, SHELTER, Purpose.REFERRAL, edit(11), NOTICE)
                        .isWithheldAtRequest(),
                "no grant covered health and the plan holds none: her refusal kept nothing out");
        CarePlan lifted = contact.recordConsent(
                ConsentRevocation.builder()
                        .id("c-3")
                        .revokes("c-2")
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-jo")
                        .recordedAt(edit(12).getAt())
                        .build(),
                edit(12));
        assertFalse(Disclosures.preview(lifted, SHELTER, Purpose.REFERRAL, edit(13), NOTICE)
                .isWithheldAtRequest());
        assertTrue(
                Disclosures.preview(lifted, SHELTER, Purpose.REFERRAL, edit(13), NOTICE)
                                .getPerson()
                                .orElseThrow()
                                .getSafeContact()
                                .getChannels()
                                .size()
                        > 0,
                "lifted by the person, her contact rules travel again");
    }

    @Test
    void aStepServingOnlyAWithheldPriorityIsWithheldWithItAndAStepCanBeWithheldAlone() {
        ConsentGrant steps = ConsentGrant.builder()
                .from(SamplePlans.shelterGrant())
                .id("c-2")
                .addCategories(InformationCategory.PLAN_STEPS)
                .recordedAt(edit(10).getAt())
                .build();
        CarePlan plan = mira.recordConsent(steps, edit(10));
        assertEquals(
                1,
                Disclosures.preview(plan, SHELTER, Purpose.REFERRAL, edit(11))
                        .getSteps()
                        .orElseThrow()
                        .size());
        CarePlan home =
                plan.recordConsent(instruction("c-3", 11).addItems("p-home").build(), edit(11));
        assertEquals(
                List.of(),
                Disclosures.preview(home, SHELTER, Purpose.REFERRAL, edit(12))
                        .getSteps()
                        .orElseThrow());
        CarePlan step =
                plan.recordConsent(instruction("c-3", 11).addItems("s-shelter").build(), edit(11));
        PlanView v = Disclosures.preview(step, SHELTER, Purpose.REFERRAL, edit(12), NOTICE);
        assertEquals(List.of(), v.getSteps().orElseThrow());
        assertTrue(v.getPriorities().orElseThrow().find("p-home").isPresent());
        assertTrue(v.isWithheldAtRequest());
        PlanView other = Disclosures.preview(
                step, Recipient.organisation(SamplePlans.SHELTER), Purpose.ACCOMPANIMENT, edit(12), NOTICE);
        assertEquals(List.of(), other.getSteps().orElseThrow(), "her instruction holds for every purpose");
    }

    @Test
    void everythingWithheldFromOneRecipientLeavesNothingToShare() {
        CarePlan plan = mira.recordConsent(
                instruction("c-2", 10)
                        .addCategories(InformationCategory.values())
                        .build(),
                edit(10));
        Expect.rejects(
                InvalidPlanException.class,
                () -> Disclosures.disclose(plan, SHELTER, Purpose.REFERRAL, edit(11), NOTICE),
                "consent",
                "nothing of this plan may be shared");
    }
}
