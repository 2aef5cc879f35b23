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
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;
import org.pathways.plan.StepKind;
import org.pathways.testing.Generators;
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
                        json = trees.readTree(PlanJson.create().write(r));
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
}
