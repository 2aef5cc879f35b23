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
                .person(SamplePlans.mira().getPerson())
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
                .disclosure(record(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS))
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
}
