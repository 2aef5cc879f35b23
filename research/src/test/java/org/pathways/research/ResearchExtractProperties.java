package org.pathways.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.consent.Purpose;
import org.pathways.disclosure.SecondaryUse;
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;
import org.pathways.testing.Generators;

class ResearchExtractProperties {
    private static final int EXAMPLES = 60;
    private static final ObjectMapper TREES = new ObjectMapper();

    /** What a band of days looks like at each of days_open's levels. */
    private static final Map<String, String> BANDS = Map.of(
            "bands_of_30_days",
            java.util.stream.IntStream.range(0, 12)
                            .mapToObj(b -> b * 30 + "-" + (b * 30 + 29))
                            .collect(java.util.stream.Collectors.joining("|"))
                    + "|360\\+",
            "coarse_bands",
            "0-89|90-179|180-359|360\\+",
            "suppressed",
            "\\*");

    private static List<JsonNode> rows(String ndjson) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isEmpty()) {
                try {
                    out.add(TREES.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /**
     * The columns k is kept over, read from the data dictionary: every column whose role is neither
     * {@code pseudonym} nor {@code attribute}. A column added without a role, or with a new one, is
     * grouped by here, so it must be generalised under k or declared (and pinned in {@code
     * ResearchExtractTest}) as an attribute.
     */
    private static List<String> groupedColumns() {
        List<String> out = new ArrayList<>();
        String[] lines = ResearchExtract.dataDictionary().split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        int role = header.indexOf("role");
        assertTrue(role > 0, "the dictionary has a role column");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", header.size());
            if (!cells[role].equals("pseudonym") && !cells[role].equals("attribute")) {
                out.add(cells[0]);
            }
        }
        return out;
    }

    @Test
    void everyCombinationOfTheColumnsThatAreNotPseudonymsOrAttributesIsSharedByAtLeastKPeople() {
        List<String> grouped = groupedColumns();
        assertEquals(ResearchExtract.quasiIdentifiers(), grouped);
        // examples with rows written, with rows suppressed, with a community generalised, with the
        // first month generalised beyond the month
        int[] seen = new int[4];
        qt().withExamples(Generators.examples(EXAMPLES))
                .withShrinkCycles(0)
                .forAll(Caseloads.caseloads(0, 120), integers().between(2, 8))
                .checkAssert((generated, k) -> {
                    List<CarePlan> plans = generated.plans();
                    Caseloads.Output out =
                            Caseloads.write(Caseloads.extract().k(k).build(), plans);
                    Map<List<String>, Set<String>> classes = new HashMap<>();
                    for (JsonNode row : rows(out.ndjson())) {
                        List<String> qi = new ArrayList<>();
                        for (String column : grouped) {
                            qi.add(row.get(column).toString());
                        }
                        classes.computeIfAbsent(qi, x -> new HashSet<>())
                                .add(row.get("person").asText());
                        // bounded by days_open, so never written finer than it
                        JsonNode agreed = row.get("days_to_first_agreement");
                        if (!agreed.isNull()) {
                            assertTrue(
                                    agreed.asText()
                                            .matches(BANDS.get(
                                                    out.report().getLevels().get("days_open"))),
                                    agreed.asText());
                        }
                    }
                    classes.forEach((qi, people) ->
                            assertTrue(people.size() >= k, qi + " is shared by " + people.size() + " < " + k));
                    ExtractReport r = out.report();
                    assertEquals(plans.size(), r.getRead());
                    assertEquals(
                            r.getRead(),
                            r.getWithoutConsent()
                                    + r.getWithoutStewardAgreement()
                                    + r.getSuppressed()
                                    + r.getWritten());
                    assertEquals(r.getWritten(), rows(out.ndjson()).size());
                    assertEquals(r.getWritten() + 1, out.csv().split("\r\n", -1).length - 1);
                    seen[0] += r.getWritten() > 0 ? 1 : 0;
                    seen[1] += r.getSuppressed() > 0 ? 1 : 0;
                    seen[2] += r.getCommunitiesGeneralised() > 0 ? 1 : 0;
                    seen[3] += r.getWritten() > 0
                                    && !r.getLevels().get("first_month").equals("month")
                            ? 1
                            : 0;
                });
        // the property is not vacuous: extracts were written, and rows were suppressed and generalised
        int quarter = Generators.examples(EXAMPLES) / 4;
        assertTrue(seen[0] > quarter && seen[1] > 0 && seen[2] > 0 && seen[3] > 0, java.util.Arrays.toString(seen));
    }

    @Test
    void nothingOfThePersonsOwnRecordButHerIdentifierChangesTheExtract() {
        // the same caseload with every person redrawn — languages, cultural supports, name, pronouns,
        // self-description, safe contact — keeping only her identifier: the same bytes, the same report
        qt().withExamples(Generators.examples(EXAMPLES))
                .withShrinkCycles(0)
                .forAll(Caseloads.caseloads(0, 60), longs().all(), integers().between(2, 5))
                .checkAssert((generated, seed, k) -> {
                    List<CarePlan> plans = generated.plans();
                    List<CarePlan> others = Caseloads.withOtherPeople(plans, seed);
                    ResearchExtract extract = Caseloads.extract().k(k).build();
                    Caseloads.Output a = Caseloads.write(extract, plans);
                    Caseloads.Output b = Caseloads.write(extract, others);
                    assertEquals(a.csv(), b.csv());
                    assertEquals(a.ndjson(), b.ndjson());
                    assertEquals(a.report().toString(), b.report().toString());
                });
    }

    @Test
    void onlyPlansWithConsentAndTheirStewardsAgreementAreInTheExtract() {
        forSmallCaseloads((plans, out) -> {
            Set<String> allowed = new HashSet<>();
            PseudonymsOf names = new PseudonymsOf();
            for (CarePlan p : plans) {
                if (SecondaryUse.permits(
                        p,
                        Caseloads.RESEARCHERS,
                        Purpose.DEIDENTIFIED_RESEARCH,
                        Caseloads.AT,
                        Caseloads.cedarBayAgreed())) {
                    allowed.add(names.plan(p.getId()));
                }
            }
            for (JsonNode row : rows(out.ndjson())) {
                assertTrue(allowed.contains(row.get("plan").asText()));
            }
            assertEquals(
                    allowed.size(), out.report().getWritten() + out.report().getSuppressed());
        });
    }

    @Test
    void noCellHoldsAnyTextOrIdentifierOfTheInput() {
        PlanJson json = PlanJson.defaults();
        forSmallCaseloads((plans, out) -> {
            assertFalse(out.csv().contains(Generators.SENSITIVE_MARK));
            assertFalse(out.ndjson().contains(Generators.SENSITIVE_MARK));
            Set<String> texts = new HashSet<>();
            for (CarePlan p : plans) {
                try {
                    collect(TREES.readTree(json.write(p)), texts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            for (JsonNode row : rows(out.ndjson())) {
                List<String> cells = new ArrayList<>();
                row.forEach(v -> {
                    if (v.isArray()) {
                        v.forEach(e -> cells.add(e.asText()));
                    } else if (!v.isNull()) {
                        cells.add(v.asText());
                    }
                });
                for (String cell : cells) {
                    for (String t : texts) {
                        assertFalse(cell.contains(t), "a cell holds a text or identifier of the input");
                    }
                }
            }
        });
    }

    /** Runs a check on the extract (k = 2) of each of the property's caseloads of up to 60 plans. */
    private static void forSmallCaseloads(java.util.function.BiConsumer<List<CarePlan>, Caseloads.Output> check) {
        qt().withExamples(Generators.examples(EXAMPLES))
                .withShrinkCycles(0)
                .forAll(Caseloads.caseloads(0, 60))
                .checkAssert(generated -> check.accept(
                        generated.plans(),
                        Caseloads.write(Caseloads.extract().k(2).build(), generated.plans())));
    }

    /**
     * Every string of the plan's document that is not a code ({@code [a-z_]+}) or a language tag:
     * the person's words, names, notes, identifiers, times, pronouns.
     */
    private static void collect(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            String t = node.asText();
            if (!t.matches("[a-z_]+") && !t.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                out.add(t);
            }
        }
        node.forEach(child -> collect(child, out));
    }

    /** The pseudonyms the test extract's key makes. */
    private static final class PseudonymsOf {
        private final Pseudonyms names = new Pseudonyms(Caseloads.KEY);

        String plan(String id) {
            return names.of(Pseudonyms.Kind.PLAN, id);
        }
    }
}
