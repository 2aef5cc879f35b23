package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;

/** Matching, for all generated plans and directories. */
class MatchingProperties {
    static final int EXAMPLES = 300;

    /** A plan, one of its steps, a directory, and a number that varies the person's situation. */
    record Case(CarePlan plan, PlanStep step, ServiceDirectory directory, int seed) {}

    static Gen<Case> cases() {
        return in -> {
            CarePlan plan = Generators.plansWithSteps().generate(in);
            int seed = Generators.pick(in, 0, 1000);
            return new Case(
                    plan,
                    plan.getSteps().get(seed % plan.getSteps().size()),
                    Generators.directories().generate(in),
                    seed);
        };
    }

    private static MatchContext context(int seed) {
        MatchContext.Builder b = MatchContext.builder().today(ServiceMatchingTest.TODAY);
        if (seed % 3 != 0) {
            b.community(Generators.COMMUNITIES.get(seed % Generators.COMMUNITIES.size()));
        }
        if (seed % 2 == 0) {
            b.addApproaches(Approach.HARM_REDUCTION);
        }
        if (seed % 5 == 0) {
            b.hasIdentityDocuments(false);
        }
        return b.build();
    }

    @Test
    void matchingIsDeterministicAndIgnoresTheOrderOfTheDirectory() {
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(cases()).checkAssert(c -> {
            CarePlan plan = c.plan();
            PlanStep step = c.step();
            ServiceDirectory directory = c.directory();
            int seed = c.seed();
            List<ServiceMatch> once = ServiceMatching.forStep(plan, step.getId(), directory, context(seed));
            assertEquals(once, ServiceMatching.forStep(plan, step.getId(), directory, context(seed)));
            List<Service> shuffled = new ArrayList<>(directory.getServices());
            Collections.reverse(shuffled);
            ServiceDirectory reversed = ServiceDirectory.builder()
                    .from(directory)
                    .services(shuffled)
                    .build();
            assertEquals(once, ServiceMatching.forStep(plan, step.getId(), reversed, context(seed)));
        });
    }

    @Test
    void everyMatchDeliversTheKindAndCarriesAReason() {
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(cases()).checkAssert(c -> {
            CarePlan plan = c.plan();
            PlanStep step = c.step();
            ServiceDirectory directory = c.directory();
            int seed = c.seed();
            List<ServiceMatch> matches = ServiceMatching.forStep(plan, step.getId(), directory, context(seed));
            long candidates = directory.getServices().stream()
                    .filter(s -> s.getProgramming().contains(step.getKind()))
                    .count();
            assertEquals(candidates, matches.size(), "no candidate is dropped");
            for (ServiceMatch m : matches) {
                assertTrue(m.getService().getProgramming().contains(step.getKind()));
                assertFalse(m.getFits().isEmpty());
                assertFalse(m.toString().contains("CONFIDENTIAL"));
            }
            for (int i = 1; i < matches.size(); i++) {
                ServiceMatch a = matches.get(i - 1);
                ServiceMatch b = matches.get(i);
                if (a.isPersonsChoice() == b.isPersonsChoice()) {
                    assertTrue(a.getCollisions().size() <= b.getCollisions().size(), "fewer collisions first");
                }
            }
        });
    }

    @Test
    void everyReasonIsExplainedInBothLanguagesWithItsArguments() {
        org.pathways.text.Labels en = org.pathways.text.Labels.of(java.util.Locale.CANADA);
        org.pathways.text.Labels fr = org.pathways.text.Labels.of(java.util.Locale.CANADA_FRENCH);
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(cases()).checkAssert(c -> {
            for (ServiceMatch m :
                    ServiceMatching.forStep(c.plan(), c.step().getId(), c.directory(), context(c.seed()))) {
                for (MatchReason r : m.getReasons()) {
                    String english = en.explain(r);
                    String french = fr.explain(r);
                    assertFalse(english.contains("{") || french.contains("{"), english + " / " + french);
                    assertFalse(english.equals(french), english);
                    r.getArguments().forEach((name, value) -> {
                        if (name.equals("wait_days") || name.equals("community")) {
                            assertTrue(english.contains(value) && french.contains(value), english);
                        }
                    });
                }
            }
        });
    }

    @Test
    void aCollidingBarrierRanksAServiceBelowAnOtherwiseEqualOne() {
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(cases()).checkAssert(c -> {
            CarePlan plan = c.plan();
            PlanStep step = c.step();
            ServiceDirectory directory = c.directory();
            int seed = c.seed();
            if (directory.getServices().isEmpty()) {
                return;
            }
            Service base = Service.builder()
                    .from(directory
                            .getServices()
                            .get(seed % directory.getServices().size()))
                    .addProgramming(step.getKind())
                    .barriers(List.of())
                    .build();
            Service twin = Service.builder()
                    .from(base)
                    .id("svc-twin")
                    .addBarriers(Barrier.REQUIRES_SOBRIETY)
                    .build();
            ServiceDirectory d = ServiceDirectory.builder()
                    .from(directory)
                    .services(List.of(twin, base))
                    .build();
            MatchContext harm = MatchContext.builder()
                    .from(context(seed))
                    .addApproaches(Approach.HARM_REDUCTION)
                    .build();
            List<String> order = ServiceMatching.forStep(plan, step.getId(), d, harm).stream()
                    .map(m -> m.getService().getId())
                    .toList();
            if (!step.getProvider().equals(java.util.Optional.of(base.getOrganisation()))) {
                assertEquals(List.of(base.getId(), "svc-twin"), order);
            }
        });
    }
}
