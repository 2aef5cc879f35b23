package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

/** Matching, with a fictional network in northeastern Ontario. */
class ServiceMatchingTest {
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    /** Mira's plan with a substance-use priority of her own and a harm-reduction step due on March 20. */
    static CarePlan plan() {
        Priority use = Priority.builder()
                .from(SamplePlans.priority("p-use", "Use more safely", Domain.PHYSICAL))
                .category(PriorityCategory.SUBSTANCE_USE)
                .build();
        PlanStep step = PlanStep.builder()
                .from(SamplePlans.step("s-hr", StepKind.HARM_REDUCTION, "p-use"))
                .due(LocalDate.parse("2026-03-20"))
                .build();
        return SamplePlans.mira().addPriority(use, 4, edit(10)).proposeStep(step, edit(11));
    }

    static Service.Builder harmReduction(String id, String organisation) {
        return Service.builder()
                .id(id)
                .organisation(organisation)
                .name("Harm reduction " + id)
                .addProgramming(StepKind.HARM_REDUCTION)
                .addApproaches(Approach.HARM_REDUCTION)
                .addLanguages("fr")
                .addCommunities("North Bay");
    }

    static ServiceDirectory network() {
        return ServiceDirectory.builder()
                .addOrganisations(
                        Organisation.of("org-a", "A"),
                        Organisation.of("org-b", "B"),
                        Organisation.of("org-c", "C"),
                        Organisation.of("org-d", "D"))
                .addServices(
                        harmReduction("svc-b-sober", "org-b")
                                .addBarriers(Barrier.REQUIRES_SOBRIETY)
                                .build(),
                        harmReduction("svc-a", "org-a").build(),
                        harmReduction("svc-c-wait", "org-c")
                                .capacity(Capacity.WAITLIST)
                                .typicalWaitDays(30)
                                .build(),
                        Service.builder()
                                .id("svc-d-counselling")
                                .organisation("org-d")
                                .name("Counselling")
                                .addProgramming(StepKind.COUNSELLING)
                                .build())
                .build();
    }

    static MatchContext context() {
        return MatchContext.builder().today(TODAY).community("North Bay").build();
    }

    @Test
    void aSobrietyRequirementCollidesWithAHarmReductionPriorityAndIsShownLower() {
        List<ServiceMatch> m = ServiceMatching.forStep(plan(), "s-hr", network(), context());
        assertEquals(
                List.of("svc-a", "svc-b-sober", "svc-c-wait"),
                m.stream().map(x -> x.getService().getId()).toList());
        assertEquals(List.of(), m.get(0).getCollisions());
        assertEquals(
                List.of("requires_sobriety, against a harm-reduction priority"),
                m.get(1).getCollisions());
        assertEquals(
                List.of("a typical wait of 30 days ends after the step is due on 2026-03-20"),
                m.get(2).getCollisions());
        assertEquals(
                List.of("delivers harm_reduction", "offered in fr", "serves North Bay"),
                m.get(0).getFits());
    }

    @Test
    void everyReasonCarriesItsCodeAndArgumentsNotOnlyASentence() {
        List<ServiceMatch> m = ServiceMatching.forStep(plan(), "s-hr", network(), context());
        assertEquals(
                List.of(MatchCode.DELIVERS, MatchCode.OFFERED_IN_LANGUAGE, MatchCode.SERVES_COMMUNITY),
                m.get(0).getReasons().stream().map(MatchReason::getCode).toList());
        assertEquals(
                java.util.Map.of("kinds", "harm_reduction"),
                m.get(0).getReasons().get(0).getArguments());
        MatchReason sober = m.get(1).getReasons().stream()
                .filter(r -> r.getStrength() == MatchCode.Strength.COLLISION)
                .findFirst()
                .orElseThrow();
        assertEquals(MatchCode.SOBRIETY_AGAINST_HARM_REDUCTION, sober.getCode());
        assertEquals(java.util.Map.of("barrier", "requires_sobriety"), sober.getArguments());
        MatchReason late = m.get(2).getReasons().stream()
                .filter(r -> r.getCode() == MatchCode.WAIT_AFTER_DUE)
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("wait_days", "due"), List.copyOf(late.getArguments().keySet()));
        assertEquals("30", late.getArguments().get("wait_days"));
        assertEquals("2026-03-20", late.getArguments().get("due"));
        for (ServiceMatch x : m) {
            for (MatchReason r : x.getReasons()) {
                assertEquals(
                        r.getCode().getArguments(), List.copyOf(r.getArguments().keySet()), r::toString);
            }
            assertEquals(
                    x.getFits(),
                    x.getReasons().stream()
                            .filter(r -> r.getStrength() == MatchCode.Strength.FIT)
                            .map(MatchReason::getText)
                            .toList());
        }
    }

    @Test
    void docsReviewListsEveryMatchCodeWithItsStrengthAndArguments() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "review.md"));
        for (MatchCode c : MatchCode.values()) {
            String names = c.getArguments().isEmpty()
                    ? "—"
                    : String.join(
                            ", ",
                            c.getArguments().stream().map(n -> "`" + n + "`").toList());
            String row = "| `" + c.getCode() + "` | " + c.getStrength().getCode() + " | " + names + " |";
            org.junit.jupiter.api.Assertions.assertTrue(doc.contains(row), () -> "docs/review.md lacks " + row);
        }
    }

    @Test
    void anIdentityDocumentRequirementCollidesOnlyWhenThePersonHasNone() {
        ServiceDirectory d = ServiceDirectory.builder()
                .addOrganisations(Organisation.of("org-a", "A"))
                .addServices(harmReduction("svc-id", "org-a")
                        .addBarriers(Barrier.REQUIRES_IDENTITY_DOCUMENTS)
                        .build())
                .build();
        MatchContext without = MatchContext.builder()
                .from(context())
                .hasIdentityDocuments(false)
                .build();
        assertEquals(
                1,
                ServiceMatching.forStep(plan(), "s-hr", d, without)
                        .get(0)
                        .getCollisions()
                        .size());
        ServiceMatch unknown =
                ServiceMatching.forStep(plan(), "s-hr", d, context()).get(0);
        assertEquals(List.of(), unknown.getCollisions());
        assertTrue(unknown.getConcerns().contains("requires_identity_documents"));
    }

    @Test
    void thePersonsChosenProviderComesFirstWhateverItsScore() {
        CarePlan plan = plan();
        PlanStep chosen = PlanStep.builder()
                .from(plan.findStep("s-hr").orElseThrow())
                .provider("org-b")
                .build();
        CarePlan withChoice = plan.updateStep(chosen, edit(12));
        ServiceMatch first = ServiceMatching.forStep(withChoice, "s-hr", network(), context())
                .get(0);
        assertEquals("svc-b-sober", first.getService().getId());
        assertTrue(first.isPersonsChoice());
        assertFalse(first.getCollisions().isEmpty(), "its collision is still named");
    }

    @Test
    void aPriorityWithoutStepsIsMatchedByWhatItsCategorySuggests() {
        Priority home = Priority.builder()
                .from(SamplePlans.priority("p-housing", "Somewhere safe", Domain.PHYSICAL))
                .category(PriorityCategory.HOUSING)
                .build();
        CarePlan plan = SamplePlans.mira().addPriority(home, 4, edit(10));
        ServiceDirectory d = ServiceDirectory.builder()
                .addOrganisations(Organisation.of("org-a", "A"))
                .addServices(ServiceTest.shelter().organisation("org-a").build())
                .build();
        List<ServiceMatch> m = ServiceMatching.forPriority(plan, "p-housing", d, context());
        assertEquals(1, m.size());
        assertEquals(
                List.of(),
                ServiceMatching.forPriority(plan, "p-son", d, context()),
                "an 'other' priority suggests no kind");
        assertEquals(
                1,
                ServiceMatching.forPriority(plan(), "p-use", network(), context()).stream()
                        .filter(x -> x.getService().getId().equals("svc-b-sober"))
                        .mapToInt(x -> x.getCollisions().size())
                        .sum());
    }

    @Test
    void aMatchNeverShowsAConfidentialAddress() {
        ServiceDirectory d = ServiceDirectory.builder()
                .addOrganisations(Organisation.of("org-aurora-house", "Aurora House"))
                .addServices(ServiceTest.shelter().build())
                .build();
        Priority home = Priority.builder()
                .from(SamplePlans.priority("p-housing", "Somewhere safe", Domain.PHYSICAL))
                .category(PriorityCategory.HOUSING)
                .build();
        ServiceMatch m = ServiceMatching.forPriority(
                        SamplePlans.mira().addPriority(home, 4, edit(10)), "p-housing", d, context())
                .get(0);
        assertFalse(m.toString().contains("Birch"));
        assertEquals(Optional.empty(), m.getService().getLocations().get(0).getAddress());
        assertEquals(
                m.getService().getLocations().get(0).getFrontGate(),
                LocationTest.safeHouse().getFrontGate());
    }

    @Test
    void refusesAStepOrPriorityThatIsNotInThePlan() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> ServiceMatching.forStep(plan(), "s-x", network(), context()),
                "steps",
                "no step has this identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ServiceMatching.forPriority(plan(), "p-x", network(), context()),
                "priorities",
                "no priority has this identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> MatchContext.builder().today(TODAY).community(" ").build(),
                "context.community",
                "must not be blank");
    }

    @Test
    void aWaitlistIsComparedWithTheDueDateOfAStepOfItsOwnKind() {
        PlanStep court = PlanStep.builder()
                .from(SamplePlans.step("s-court", StepKind.LEGAL_SUPPORT, "p-son"))
                .due(LocalDate.parse("2026-03-05"))
                .build();
        PlanStep talk = SamplePlans.step("s-talk", StepKind.COUNSELLING, "p-son");
        CarePlan plan = SamplePlans.mira().proposeStep(court, edit(10)).proposeStep(talk, edit(10));
        ServiceDirectory d = ServiceDirectory.builder()
                .addOrganisations(Organisation.of("org-a", "A"))
                .addServices(Service.builder()
                        .id("svc-counselling")
                        .organisation("org-a")
                        .name("Counselling")
                        .addProgramming(StepKind.COUNSELLING)
                        .capacity(Capacity.WAITLIST)
                        .typicalWaitDays(45)
                        .build())
                .build();
        ServiceMatch m =
                ServiceMatching.forPriority(plan, "p-son", d, context()).get(0);
        assertEquals(List.of(), m.getCollisions(), "the court date is not the counselling step's");
        assertEquals(
                List.of("a waitlist of about 45 days"),
                m.getConcerns()
                        .subList(m.getConcerns().size() - 1, m.getConcerns().size()));
    }

    @Test
    void theScoreIsTheDocumentedSum() {
        List<ServiceMatch> m = ServiceMatching.forStep(plan(), "s-hr", network(), context());
        assertEquals(16, m.get(0).getScore(), "10 for the kind, 3 for fr, 3 for North Bay");
        assertEquals(16, m.get(1).getScore(), "the same: a collision ranks it lower without being a concern");
        assertEquals(16 - 0, m.get(2).getScore(), "the waitlist collides; it is not a concern either");
        MatchContext asking = MatchContext.builder()
                .from(context())
                .addApproaches(Approach.HARM_REDUCTION, Approach.INDIGENOUS_CENTRIC)
                .build();
        ServiceMatch a =
                ServiceMatching.forStep(plan(), "s-hr", network(), asking).get(0);
        assertEquals(16 + 2 - 2, a.getScore(), "2 for the approach present, less 2 for the one missing");
        assertEquals(List.of("no indigenous_centric approach"), a.getConcerns());
    }

    @Test
    void aStepServingASubstanceUsePriorityIsAboutHarmReductionWhateverItsKind() {
        PlanStep referral = PlanStep.builder()
                .from(SamplePlans.step("s-ref", StepKind.REFERRAL, "p-use"))
                .build();
        CarePlan plan = plan().proposeStep(referral, edit(12));
        ServiceDirectory d = ServiceDirectory.builder()
                .addOrganisations(Organisation.of("org-a", "A"))
                .addServices(Service.builder()
                        .id("svc-ref")
                        .organisation("org-a")
                        .name("Referral")
                        .addProgramming(StepKind.REFERRAL)
                        .addBarriers(Barrier.REQUIRES_SOBRIETY)
                        .build())
                .build();
        assertEquals(
                1,
                ServiceMatching.forStep(plan, "s-ref", d, context())
                        .get(0)
                        .getCollisions()
                        .size());
        CarePlan plain =
                SamplePlans.mira().proposeStep(SamplePlans.step("s-ref", StepKind.REFERRAL, "p-son"), edit(12));
        assertEquals(
                List.of(),
                ServiceMatching.forStep(plain, "s-ref", d, context()).get(0).getCollisions());
        List<String> concerns =
                ServiceMatching.forStep(plain, "s-ref", d, context()).get(0).getConcerns();
        assertEquals("requires_sobriety", concerns.get(concerns.size() - 1), "a concern, not a collision");
    }

    @Test
    void aPriorityWithAHarmReductionStepIsAboutHarmReductionWhateverItsCategory() {
        CarePlan plan =
                SamplePlans.mira().proposeStep(SamplePlans.step("s-hr", StepKind.HARM_REDUCTION, "p-sleep"), edit(12));
        ServiceMatch m = ServiceMatching.forPriority(plan, "p-sleep", network(), context()).stream()
                .filter(x -> x.getService().getId().equals("svc-b-sober"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("requires_sobriety, against a harm-reduction priority"), m.getCollisions());
    }
}
