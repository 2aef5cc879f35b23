package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathways.consent.Recipient;
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.Edit;
import org.pathways.plan.StepKind;
import org.pathways.testing.Generators;
import org.pathways.testing.ReferralSamples;
import org.quicktheories.core.Gen;

/** The gap report, for all generated directories and plans. */
class GapReportProperties {
    static final int EXAMPLES = 300;

    static Gen<List<CarePlan>> someHistories() {
        return in -> {
            int n = Generators.pick(in, 0, 6);
            java.util.ArrayList<CarePlan> plans = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                plans.add(Generators.plans().generate(in));
            }
            return plans;
        };
    }

    @Test
    void theCountsAddUpToTheDirectorysContents() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.directories())
                .checkAssert(d -> {
                    GapReport r = GapReport.of(d, List.of(), 1); // a threshold of 1 shows every count
                    List<Service> open = d.getServices().stream()
                            .filter(s -> s.getBarriers().isEmpty() && s.getCapacity() != Capacity.FULL)
                            .toList();
                    int byKind = r.getRows().stream()
                            .filter(x -> x.getDimension() == GapDimension.STEP_KIND)
                            .mapToInt(x -> x.getBarrierFreeServices().getValue().getAsInt())
                            .sum();
                    assertEquals(
                            open.stream()
                                    .mapToInt(s -> s.getProgramming().size())
                                    .sum(),
                            byKind);
                    int byApproach = r.getRows().stream()
                            .filter(x -> x.getDimension() == GapDimension.APPROACH)
                            .mapToInt(x -> x.getBarrierFreeServices().getValue().getAsInt())
                            .sum();
                    assertEquals(
                            open.stream()
                                    .mapToInt(s -> s.getApproaches().size())
                                    .sum(),
                            byApproach);
                    assertEquals(
                            d.getServices().size(), r.getServices().getValue().getAsInt());
                    assertEquals(
                            open.size(), r.getBarrierFreeServices().getValue().getAsInt());
                    assertEquals(
                            StepKind.values().length,
                            r.getRows().stream()
                                    .filter(x -> x.getDimension() == GapDimension.STEP_KIND)
                                    .count());
                    for (GapRow row : r.getRows()) {
                        assertEquals(row.getBarrierFreeServices().getValue().getAsInt() == 0, row.isGap());
                    }
                });
    }

    @Test
    void noCountBelowTheThresholdIsEverShown() {
        ObjectMapper trees = new ObjectMapper();
        Pattern number = Pattern.compile("\\d+");
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.directories(), someHistories())
                .checkAssert((d, plans) -> {
                    GapReport r = GapReport.of(d, plans, GapReport.DEFAULT_THRESHOLD);
                    for (GapRow row : r.getRows()) {
                        shown(row.getBarrierFreeServices());
                        row.getUnmetPriorities().ifPresent(GapReportProperties::shown);
                    }
                    shown(r.getServices());
                    shown(r.getPlans());
                    String text = r.toText();
                    for (String line : text.split("\n")) {
                        if (line.startsWith("  ")) {
                            Matcher m = number.matcher(line.substring(35)); // after the value column
                            while (m.find()) {
                                int n = Integer.parseInt(m.group());
                                assertTrue(n == 0 || n >= GapReport.DEFAULT_THRESHOLD, line);
                            }
                        }
                    }
                    JsonNode json;
                    try {
                        json = trees.readTree(PlanJson.defaults().write(r));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    json.findValues("barrierFreeServices").forEach(GapReportProperties::shown);
                    json.findValues("unmetPriorities").forEach(GapReportProperties::shown);
                });
    }

    private static void shown(Count c) {
        assertTrue(c.isSuppressed()
                || c.getValue().getAsInt() == 0
                || c.getValue().getAsInt() >= GapReport.DEFAULT_THRESHOLD);
    }

    private static void shown(JsonNode n) {
        if (n.isInt()) {
            assertTrue(n.asInt() == 0 || n.asInt() >= GapReport.DEFAULT_THRESHOLD, n.toString());
        } else {
            assertEquals(GapReport.DEFAULT_THRESHOLD, n.get("fewerThan").asInt());
        }
    }

    /** Amara's plan with up to five referrals declined, by kinds, organisations and reasons drawn at random. */
    static Gen<CarePlan> declinedPlans() {
        return in -> {
            CarePlan plan = ReferralSamples.amara();
            StepKind[] kinds = {
                StepKind.REFERRAL, StepKind.SHELTER_AND_HOUSING, StepKind.COUNSELLING, StepKind.PEER_SUPPORT
            };
            for (int i = 1, n = Generators.pick(in, 0, 5); i <= n; i++) {
                plan = GapReportTest.declined(
                        plan,
                        "s-" + i,
                        kinds[Generators.pick(in, 0, kinds.length - 1)],
                        "org-shelter-" + Generators.pick(in, 1, 4),
                        DeclineReason.values()[Generators.pick(in, 0, DeclineReason.values().length - 1)],
                        i);
            }
            return plan;
        };
    }

    static Gen<List<CarePlan>> someDeclinedPlans() {
        return in -> {
            java.util.ArrayList<CarePlan> plans = new java.util.ArrayList<>();
            for (int i = 0, n = Generators.pick(in, 0, 8); i < n; i++) {
                plans.add(declinedPlans().generate(in));
            }
            return plans;
        };
    }

    @Test
    void theDeclineTablesCountEveryDeclineOnceAndNoWithheldCountIsFixedByTheSumsShown() {
        int[] withheld = {0};
        qt().withExamples(Generators.examples(100))
                .forAll(
                        someDeclinedPlans(),
                        org.quicktheories.generators.SourceDSL.integers().between(1, 6))
                .checkAssert((plans, threshold) -> {
                    long declines = plans.stream()
                            .flatMap(p -> p.getSteps().stream())
                            .flatMap(s -> s.getHistory().stream())
                            .filter(c -> c.getAnswer().isPresent()
                                    && c.getAnswer().get().getReason().isPresent())
                            .count();
                    GapReport all = GapReport.of(ServiceMatchingTest.network(), plans, 1);
                    assertEquals(
                            declines,
                            all.getDeclinesByKind().getTotal().getValue().getAsInt());
                    assertEquals(
                            declines,
                            all.getDeclinesByOrganisation()
                                    .getTotal()
                                    .getValue()
                                    .getAsInt());
                    GapReport r = GapReport.of(ServiceMatchingTest.network(), plans, threshold);
                    List<CountTable> tables = List.of(r.getDeclinesByKind(), r.getDeclinesByOrganisation());
                    withheld[0] += CountTableProperties.audit(tables);
                    for (CountTable t : tables) {
                        for (List<Count> line : CountTableProperties.grid(t)) {
                            line.forEach(c -> assertTrue(c.isWithheld()
                                    || c.getValue().getAsInt() == 0
                                    || c.getValue().getAsInt() >= threshold));
                        }
                    }
                });
        System.out.println("GapReportProperties: " + withheld[0] + " withheld counts in decline tables, none fixed");
    }

    @Test
    void aPlanWithoutTheFundersConsentIsNotCountedAtAll() {
        int[] counted = {0};
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(
                        Generators.directories(),
                        someHistories(),
                        org.quicktheories.generators.SourceDSL.integers().between(1, 5))
                .checkAssert((d, generated, funderNumber) -> {
                    Recipient funder = Recipient.organisation("org-" + funderNumber);
                    java.time.Instant at = Generators.latestTime()
                            .plusSeconds(2 * 86_400); // after every revision, and after a one-day grant ends
                    java.util.List<CarePlan> plans = new java.util.ArrayList<>();
                    for (int i = 0; i < generated.size(); i++) {
                        CarePlan p = generated.get(i);
                        if (i % 2 == 0) { // half of them grant the funder reporting, some of it withdrawn later
                            java.time.Instant t = p.getRevision().getAt().plusSeconds(60);
                            p = p.recordConsent(
                                    GapReportTest.funderGrant("c-fund", funder, t, i % 4 == 0),
                                    Edit.of("m-1", t, false));
                        }
                        plans.add(p);
                    }
                    List<CarePlan> consenting = plans.stream()
                            .filter(p -> GapReport.consents(p, funder, at))
                            .toList();
                    counted[0] += consenting.size();
                    GapReport r = GapReport.forFunder(d, plans, funder, at, 1);
                    assertEquals(consenting.size(), r.getPlans().getValue().getAsInt());
                    assertEquals(GapReport.forFunder(d, consenting, funder, at, 1), r);
                    for (CarePlan p : plans) {
                        if (!consenting.contains(p)) {
                            List<CarePlan> more = new java.util.ArrayList<>(consenting);
                            more.add(p);
                            assertEquals(
                                    r,
                                    GapReport.forFunder(d, more, funder, at, 1),
                                    "a plan without consent counts for nothing");
                        }
                    }
                });
        System.out.println("GapReportProperties: " + counted[0] + " plans with the funder's consent counted");
    }
}
