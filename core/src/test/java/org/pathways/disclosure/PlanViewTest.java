package org.pathways.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.consent.Disclosure;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.priority.Priorities;
import org.pathways.team.CareTeam;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class PlanViewTest {
    private static Disclosure record(InformationCategory... categories) {
        return Disclosure.builder()
                .id("disclosure-1")
                .recipient(Recipient.organisation(SamplePlans.SHELTER))
                .purpose(Purpose.REFERRAL)
                .addCategories(categories)
                .at(edit(10).getAt())
                .by("m-jo")
                .addGrants("c-1")
                .build();
    }

    @Test
    void aViewHoldsNoSectionItsDisclosureDoesNotName() {
        Disclosure priorities = record(InformationCategory.PRIORITIES);
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(priorities)
                        .planId("plan-2c9e")
                        .build(),
                "view.person",
                "the disclosure does not name");
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(priorities)
                        .team(CareTeam.empty())
                        .build(),
                "view.team",
                "the disclosure does not name");
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(priorities)
                        .steps(java.util.List.of())
                        .build(),
                "view.steps",
                "the disclosure does not name");
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(record(InformationCategory.CARE_TEAM))
                        .priorities(Priorities.empty())
                        .build(),
                "view.priorities",
                "the disclosure does not name");
    }

    @Test
    void aViewHoldsTheSectionsItsDisclosureNames() {
        PlanView view = PlanView.builder()
                .disclosure(record(InformationCategory.IDENTITY, InformationCategory.PRIORITIES))
                .planId("plan-2c9e")
                .person(org.pathways.person.Person.builder()
                        .from(SamplePlans.mira().getPerson())
                        .safeContact(org.pathways.person.SafeContact.none())
                        .build())
                .priorities(SamplePlans.mira().getPriorities())
                .build();
        assertEquals(java.util.Optional.of("plan-2c9e"), view.getPlanId());
        assertEquals(3, view.getPriorities().orElseThrow().size());
        assertTrue(view.getSteps().isEmpty() && view.getTeam().isEmpty());
    }

    @Test
    void aViewKeepsItsOwnStepsWhateverTheCallerDoesWithItsList() {
        java.util.List<org.pathways.plan.PlanStep> mine =
                new java.util.ArrayList<>(SamplePlans.mira().getSteps());
        PlanView view = PlanView.builder()
                .disclosure(record(
                        InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS, InformationCategory.CARE_TEAM))
                .steps(mine)
                .build();
        mine.clear();
        assertEquals(1, view.getSteps().orElseThrow().size(), "the builder's list is not the view's");
        assertThrows(
                UnsupportedOperationException.class,
                () -> view.getSteps()
                        .orElseThrow()
                        .add(SamplePlans.mira().getSteps().get(0)));
        assertEquals(1, view.getSteps().orElseThrow().size());
    }

    @Test
    void aViewHoldsNoCodeWordWithoutSafeContactWhetherBuiltOrRead() throws java.io.IOException {
        org.pathways.person.Person mira = SamplePlans.mira().getPerson(); // her code word is set
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(record(
                                InformationCategory.IDENTITY,
                                InformationCategory.CONTACT,
                                InformationCategory.PRIORITIES))
                        .planId("plan-2c9e")
                        .person(mira)
                        .build(),
                "view.person.safeContact",
                "need safe_contact");
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(record(InformationCategory.IDENTITY))
                        .planId("plan-2c9e")
                        .person(mira)
                        .build(),
                "view.person.safeContact",
                "need contact");
        String golden;
        try (java.io.InputStream in =
                PlanViewTest.class.getResourceAsStream("/org/pathways/json/mira-shelter-view.json")) {
            golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String withCodeWord = golden.replace(
                "\"messageAllowed\" : false\n", "\"messageAllowed\" : false,\n      \"codeWord\" : \"raspberry\"\n");
        org.junit.jupiter.api.Assertions.assertNotEquals(golden, withCodeWord);
        org.pathways.PathwaysException e = assertThrows(
                org.pathways.PathwaysException.class,
                () -> org.pathways.json.PlanJson.defaults().read(withCodeWord, PlanView.class));
        assertTrue(e.getMessage().contains("safe_contact"), e.getMessage());
    }

    @Test
    void aViewHoldsNoStepOfAProtectedKindNorAMemberWithoutTheirCategories() {
        org.pathways.plan.PlanStep shelter = SamplePlans.mira().getSteps().get(0); // names m-jo
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(record(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS))
                        .steps(java.util.List.of(shelter))
                        .build(),
                "view.steps[s-shelter]",
                "needs care_team");
        org.pathways.plan.PlanStep detox = org.pathways.plan.PlanStep.builder()
                .from(SamplePlans.step("s-detox", org.pathways.plan.StepKind.HARM_REDUCTION, "p-sleep"))
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(record(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS))
                        .steps(java.util.List.of(detox))
                        .build(),
                "view.steps[s-detox]",
                "needs substance_use");
    }

    @Test
    void aViewHoldsNoStepWhoseClosureOrSharingRevealsACategoryItDoesNotName() {
        org.pathways.plan.PlanStep base = SamplePlans.step("s-bed", org.pathways.plan.StepKind.REFERRAL, "p-sleep");
        java.time.Instant at = base.getHistory().get(0).getAt().plusSeconds(60);
        org.pathways.plan.PlanStep closed = org.pathways.plan.PlanStep.builder()
                .from(base)
                .addHistory(org.pathways.plan.StatusChange.closed(
                        org.pathways.plan.StepStatus.CANCELLED,
                        org.pathways.plan.ClosureReason.SOBRIETY_REQUIRED,
                        at,
                        "agency"))
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(record(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS))
                        .steps(java.util.List.of(closed))
                        .build(),
                "view.steps[s-bed]",
                "needs substance_use");
        org.pathways.plan.PlanStep detox = org.pathways.plan.PlanStep.builder()
                .from(base)
                .provider("org-cedar-detox")
                .addShares(InformationCategory.HEALTH)
                .build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> PlanView.builder()
                        .disclosure(record(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS))
                        .steps(java.util.List.of(detox))
                        .build(),
                "view.steps[s-bed]",
                "needs health");
    }
}
