package org.pathways.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.json.PlanJson;
import org.pathways.person.Person;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class ResearchExtractTest {
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final EnumSet<InformationCategory> EVERYTHING_SHAREABLE = EnumSet.of(
            InformationCategory.PRIORITIES,
            InformationCategory.PLAN_STEPS,
            InformationCategory.CARE_TEAM,
            InformationCategory.LOCATION_AND_SAFETY);

    /** Mira's plan for n people: plan-i for person-i, all consenting to everything shareable. */
    private static List<CarePlan> miras(int n) {
        List<CarePlan> out = new ArrayList<>();
        CarePlan mira = Caseloads.consenting(SamplePlans.mira(), EVERYTHING_SHAREABLE);
        for (int i = 0; i < n; i++) {
            Person p = Person.builder().from(mira.getPerson()).id("person-" + i).build();
            out.add(CarePlan.builder().from(mira).id("plan-" + i).person(p).build());
        }
        return out;
    }

    private static ResearchExtract.Builder extract() {
        return ResearchExtract.builder(Caseloads.KEY, Caseloads.RESEARCHERS, Caseloads.AT)
                .communityOf(p -> Optional.of("North Bay"));
    }

    private static List<JsonNode> rows(String ndjson) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            out.add(TREES.readTree(line));
        }
        return out;
    }

    @Test
    void writesCodesMonthsDaysAndPseudonymsNeverWordsOrIdentifiers() throws Exception {
        Caseloads.Output out = Caseloads.write(extract().build(), miras(5));
        assertEquals(5, out.report().getWritten());
        JsonNode row = rows(out.ndjson()).get(0);
        assertTrue(row.get("plan").asText().matches("pl_[0-9a-f]{20}"));
        assertTrue(row.get("person").asText().matches("pe_[0-9a-f]{20}"));
        for (String gone : List.of("agency", "languages", "cultural_supports", "revision_month", "revisions")) {
            assertFalse(row.has(gone), gone);
        }
        assertEquals("North Bay", row.get("community").asText());
        assertEquals("2026-03", row.get("first_month").asText());
        assertEquals("0-29", row.get("days_open").asText());
        assertEquals(
                "[\"other\",\"other\",\"other\"]",
                row.get("priority_categories").toString());
        assertEquals(3, row.get("priorities_active").asInt());
        assertEquals("[\"referral\"]", row.get("step_kinds").toString());
        assertEquals(1, row.get("steps_open").asInt());
        assertEquals("0-29", row.get("days_to_first_agreement").asText());
        assertEquals(1, row.get("providers").asInt());
        assertEquals(1, row.get("staff").asInt()); // m-jo, responsible and accompanying
        for (String words : List.of(
                "Mira", "Timmins", "raspberry", "Get my son back", "person-", "plan-", "m-jo", "org-", "2026-03-02")) {
            assertFalse(out.csv().contains(words), words);
            assertFalse(out.ndjson().contains(words), words);
        }
    }

    @Test
    void theCsvHasTheDictionarysColumnsAndTheSameRowsAsTheJson() throws Exception {
        Caseloads.Output out = Caseloads.write(extract().build(), miras(5));
        String[] lines = out.csv().split("\r\n");
        assertEquals(String.join(",", ResearchExtract.columns()), lines[0]);
        assertEquals(6, lines.length);
        assertTrue(out.csv().endsWith("\r\n"));
        List<JsonNode> json = rows(out.ndjson());
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertEquals(ResearchExtract.columns().size(), cells.length);
            assertEquals(json.get(i - 1).get("person").asText(), cells[1]);
            assertEquals("2026-03", cells[3]);
        }
        String dictionary = ResearchExtract.dataDictionary();
        for (String column : ResearchExtract.columns()) {
            assertTrue(dictionary.contains("\r\n" + column + ","), column);
        }
    }

    @Test
    void everyColumnHasOneRoleInTheDictionaryAndTheAttributesAreTheseOnly() {
        String[] lines = ResearchExtract.dataDictionary().split("\r\n");
        assertEquals("column,type,role,description", lines[0]);
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", 4);
            roles.put(cells[0], cells[2]);
        }
        assertEquals(ResearchExtract.roles(), roles);
        assertEquals(ResearchExtract.columns(), List.copyOf(roles.keySet()));
        Map<String, java.util.SortedSet<String>> byRole = new java.util.TreeMap<>();
        roles.forEach((column, role) ->
                byRole.computeIfAbsent(role, r -> new java.util.TreeSet<>()).add(column));
        // A new column must be declared here as an attribute, or be a generalised quasi-identifier
        // (under k, in the lattice): an undeclared one fails this test.
        assertEquals(
                Map.of(
                        "pseudonym",
                        java.util.Set.of("plan", "person"),
                        "quasi_identifier",
                        java.util.Set.of("community", "first_month", "days_open"),
                        "attribute",
                        java.util.Set.of(
                                "priority_categories",
                                "priorities_active",
                                "priorities_achieved",
                                "priorities_set_aside",
                                "domains",
                                "step_kinds",
                                "steps_open",
                                "steps_completed",
                                "steps_declined",
                                "steps_cancelled",
                                "days_to_first_agreement",
                                "providers",
                                "staff")),
                byRole);
        assertEquals(List.of("community", "first_month", "days_open"), ResearchExtract.quasiIdentifiers());
    }

    @Test
    void theFirstMonthAndDaysOpenAreGeneralisedAsFarAsKNeeds() throws Exception {
        // four people whose plan began in January, six in March: no month is shared by five of each
        List<CarePlan> plans = new ArrayList<>();
        List<CarePlan> base = miras(10);
        for (int i = 0; i < base.size(); i++) {
            CarePlan p = base.get(i);
            if (i < 4) {
                List<Priority> ranked = new ArrayList<>(p.getPriorities().getRanked());
                ranked.set(
                        0,
                        Priority.builder()
                                .from(ranked.get(0))
                                .expressedAt(Instant.parse("2026-01-15T12:00:00Z"))
                                .build());
                p = CarePlan.builder().from(p).priorities(Priorities.of(ranked)).build();
            }
            plans.add(p);
        }
        Caseloads.Output out = Caseloads.write(extract().build(), plans);
        assertEquals("quarter", out.report().getLevels().get("first_month"));
        assertEquals("coarse_bands", out.report().getLevels().get("days_open"));
        assertEquals("community_or_region", out.report().getLevels().get("community"));
        assertEquals(0, out.report().getSuppressed());
        for (JsonNode row : rows(out.ndjson())) {
            assertEquals("2026-Q1", row.get("first_month").asText());
            assertEquals("0-89", row.get("days_open").asText());
            // never finer than days_open, which bounds it
            assertEquals("0-89", row.get("days_to_first_agreement").asText());
        }
        // with k = 4 the months and 30-day bands are each shared by enough people
        Caseloads.Output finer = Caseloads.write(extract().k(4).build(), plans);
        assertEquals("month", finer.report().getLevels().get("first_month"));
        assertEquals("bands_of_30_days", finer.report().getLevels().get("days_open"));
        assertEquals(
                java.util.Set.of("2026-01 30-59", "2026-03 0-29"),
                rows(finer.ndjson()).stream()
                        .map(r -> r.get("first_month").asText() + " "
                                + r.get("days_open").asText())
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theSamePersonHasTheSamePseudonymWithinAnExtractAndAnotherUnderAnotherKey() throws Exception {
        List<CarePlan> plans = miras(6);
        // a second plan for person-0, held by another agency
        plans.add(CarePlan.builder()
                .from(plans.get(0))
                .id("plan-again")
                .agency("org-sudbury")
                .build());
        List<JsonNode> first = rows(Caseloads.write(extract().build(), plans).ndjson());
        assertEquals(first.get(0).get("person"), first.get(6).get("person"));
        assertNotEquals(first.get(0).get("plan"), first.get(6).get("plan"));
        byte[] other = Caseloads.KEY.clone();
        other[0] ^= 1;
        List<JsonNode> second = rows(Caseloads.write(
                        ResearchExtract.builder(other, Caseloads.RESEARCHERS, Caseloads.AT)
                                .communityOf(p -> Optional.of("North Bay"))
                                .build(),
                        plans)
                .ndjson());
        assertNotEquals(first.get(0).get("person"), second.get(0).get("person"));
        assertNotEquals(first.get(0).get("plan"), second.get(0).get("plan"));
    }

    @Test
    void leavesOutPlansWithoutConsentAndSaysSo() {
        List<CarePlan> plans = miras(5);
        plans.add(SamplePlans.mira()); // no research grant
        Caseloads.Output out = Caseloads.write(extract().build(), plans);
        assertEquals(6, out.report().getRead());
        assertEquals(1, out.report().getWithoutConsent());
        assertEquals(5, out.report().getWritten());
    }

    @Test
    void aSectionLeavesOnlyWithItsCategory() throws Exception {
        List<CarePlan> plans = new ArrayList<>();
        for (CarePlan p : miras(5)) {
            CarePlan bare = CarePlan.builder()
                    .from(p)
                    .consent(SamplePlans.mira().getConsent())
                    .build();
            plans.add(Caseloads.consenting(bare, EnumSet.of(InformationCategory.PRIORITIES)));
        }
        JsonNode row = rows(Caseloads.write(extract().build(), plans).ndjson()).get(0);
        assertEquals(3, row.get("priority_categories").size());
        assertTrue(row.get("step_kinds").isNull());
        assertTrue(row.get("providers").isNull());
        assertTrue(row.get("staff").isNull());
    }

    @Test
    void aStepLeavesOnlyWithEveryCategoryItsCodesReveal() throws Exception {
        CarePlan closed = SamplePlans.mira()
                .cancelStep("s-shelter", org.pathways.plan.ClosureReason.SOBRIETY_REQUIRED, SamplePlans.edit(20));
        EnumSet<InformationCategory> steps = EnumSet.of(
                InformationCategory.PRIORITIES,
                InformationCategory.PLAN_STEPS,
                InformationCategory.LOCATION_AND_SAFETY);
        List<CarePlan> without = new ArrayList<>();
        List<CarePlan> with = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CarePlan p = CarePlan.builder()
                    .from(closed)
                    .id("plan-" + i)
                    .person(Person.builder()
                            .from(closed.getPerson())
                            .id("person-" + i)
                            .build())
                    .build();
            without.add(Caseloads.consenting(p, steps));
            EnumSet<InformationCategory> more = EnumSet.copyOf(steps);
            more.add(InformationCategory.SUBSTANCE_USE);
            with.add(Caseloads.consenting(p, more));
        }
        // closed as sobriety_required: the step tells of substance use, so it needs that category
        assertEquals(
                "[]",
                rows(Caseloads.write(extract().build(), without).ndjson())
                        .get(0)
                        .get("step_kinds")
                        .toString());
        JsonNode row = rows(Caseloads.write(extract().build(), with).ndjson()).get(0);
        assertEquals("[\"referral\"]", row.get("step_kinds").toString());
        assertEquals(1, row.get("steps_cancelled").asInt());
    }

    @Test
    void generalisesThenSuppressesUntilKPeopleShareEveryCombination() throws Exception {
        List<CarePlan> plans = miras(12);
        Map<String, String> community = Map.of("person-0", "Mattawa", "person-1", "Timmins");
        java.util.function.DoubleFunction<ResearchExtract> suppressingUpTo = share -> extract()
                .communityOf(
                        p -> Optional.of(community.getOrDefault(p.getPerson().getId(), "North Bay")))
                .regions(Map.of("Mattawa", "Nipissing", "North Bay", "Nipissing"))
                .maxSuppressed(share)
                .build();
        Caseloads.Output out = Caseloads.write(suppressingUpTo.apply(0.2), plans);
        // North Bay keeps its name; Mattawa (one person) becomes Nipissing, Timmins (no region) other;
        // neither reaches 5 people, and suppressing their two rows (of 12) is within the 20% allowed
        assertEquals("community_or_region", out.report().getLevels().get("community"));
        assertEquals(2, out.report().getCommunitiesGeneralised());
        assertEquals(2, out.report().getSuppressed());
        assertEquals(10, out.report().getWritten());
        for (JsonNode row : rows(out.ndjson())) {
            assertEquals("North Bay", row.get("community").asText());
        }
        // within 10%, regions (Nipissing 11, other 1) suppress one row
        Caseloads.Output regional = Caseloads.write(suppressingUpTo.apply(0.1), plans);
        assertEquals("region", regional.report().getLevels().get("community"));
        assertEquals(1, regional.report().getSuppressed());
        for (JsonNode row : rows(regional.ndjson())) {
            assertEquals("Nipissing", row.get("community").asText());
        }
        // with no room to suppress at all, the community is generalised away
        Caseloads.Output strict = Caseloads.write(suppressingUpTo.apply(0), plans);
        assertEquals("suppressed", strict.report().getLevels().get("community"));
        assertEquals(0, strict.report().getSuppressed());
        assertEquals(12, strict.report().getWritten());
    }

    @Test
    void fewerThanKPeopleGiveAnEmptyExtract() {
        Caseloads.Output out = Caseloads.write(extract().build(), miras(4));
        assertEquals(0, out.report().getWritten());
        assertEquals(4, out.report().getSuppressed());
        assertEquals(String.join(",", ResearchExtract.columns()) + "\r\n", out.csv());
        assertEquals("", out.ndjson());
    }

    @Test
    void aStewardsRecordsNeedItsAgreementAndItCanHaveItsOwn() throws Exception {
        List<CarePlan> plans = new ArrayList<>();
        List<CarePlan> base = miras(15);
        for (int i = 0; i < 15; i++) {
            String steward = i < 5 ? Caseloads.CEDAR_BAY : i < 10 ? Caseloads.BIRCH_RIVER : null;
            plans.add(
                    steward == null
                            ? base.get(i)
                            : CarePlan.builder()
                                    .from(base.get(i))
                                    .steward(steward)
                                    .build());
        }
        Caseloads.Output all =
                Caseloads.write(extract().agreements(Caseloads.cedarBayAgreed()).build(), plans);
        assertEquals(5, all.report().getWithoutStewardAgreement());
        assertEquals(10, all.report().getWritten());
        assertFalse(all.ndjson().contains("steward"));

        // the steward's own extract goes to the steward, under her grant to it
        Recipient birchRiver = Recipient.organisation(Caseloads.BIRCH_RIVER);
        List<CarePlan> granted = new ArrayList<>();
        for (CarePlan plan : plans) {
            granted.add(grantTo(plan, birchRiver));
        }
        Caseloads.Output own = Caseloads.write(
                ResearchExtract.builder(Caseloads.KEY, birchRiver, Caseloads.AT)
                        .communityOf(p -> Optional.of("North Bay"))
                        .forSteward(Caseloads.BIRCH_RIVER)
                        .build(),
                granted);
        assertEquals(10, own.report().getOtherSteward());
        assertEquals(0, own.report().getWithoutStewardAgreement());
        assertEquals(5, own.report().getWritten());
    }

    @Test
    void aStewardsOwnExtractGoesOnlyToThatSteward() {
        // without this, forSteward would give anyone a steward's records with no agreement at all
        Expect.rejects(
                InvalidPlanException.class,
                () -> extract().forSteward(Caseloads.BIRCH_RIVER).build(),
                "steward",
                "recipient must be the steward");
    }

    @Test
    void aPriorityOrStepSheWithheldFromTheResearchersIsNotInTheExtract() throws Exception {
        List<CarePlan> plans = new ArrayList<>();
        for (CarePlan plan : miras(5)) {
            Instant t = plan.getRevision().getAt();
            ConsentRefusal withhold = ConsentRefusal.builder()
                    .id("c-withhold")
                    .recipient(Caseloads.RESEARCHERS)
                    .addItems("p-son")
                    .given(ConsentMode.VERBAL)
                    .recordedBy("m-1")
                    .recordedAt(t)
                    .build();
            plans.add(CarePlan.builder()
                    .from(plan)
                    .consent(plan.getConsent().withAppended(withhold))
                    .build());
        }
        JsonNode all =
                rows(Caseloads.write(extract().build(), miras(5)).ndjson()).get(0);
        JsonNode instructed =
                rows(Caseloads.write(extract().build(), plans).ndjson()).get(0);
        assertEquals(priorities(all) - 1, priorities(instructed), "her instruction holds for research too");
    }

    private static int priorities(JsonNode row) {
        return row.get("priorities_active").asInt()
                + row.get("priorities_achieved").asInt()
                + row.get("priorities_set_aside").asInt();
    }

    @Test
    void aRevocationRecordedAfterTheExtractsTimeHoldsForThePlanAsItIsNow() {
        // the rows come from the plan as it is, so an extract dated before its latest revision
        // decides consent at that revision, as a disclosure view does
        List<CarePlan> plans = new ArrayList<>();
        Instant later = Caseloads.AT.plusSeconds(3_600);
        for (CarePlan plan : miras(5)) {
            String grant = plan.getConsent()
                    .getEntries()
                    .get(plan.getConsent().getEntries().size() - 1)
                    .getId();
            plans.add(plan.recordConsent(
                    ConsentRevocation.builder()
                            .id("c-revoked")
                            .revokes(grant)
                            .given(ConsentMode.VERBAL)
                            .recordedBy("m-1")
                            .recordedAt(later)
                            .build(),
                    Edit.of("m-1", later, true)));
        }
        Caseloads.Output out = Caseloads.write(extract().build(), plans);
        assertEquals(5, out.report().getWithoutConsent());
        assertEquals(0, out.report().getWritten());
    }

    private static CarePlan grantTo(CarePlan plan, Recipient recipient) {
        Instant t = plan.getRevision().getAt();
        return CarePlan.builder()
                .from(plan)
                .consent(plan.getConsent()
                        .withAppended(ConsentGrant.builder()
                                .id("c-steward")
                                .recipient(recipient)
                                .categories(EVERYTHING_SHAREABLE)
                                .addPurposes(Purpose.DEIDENTIFIED_RESEARCH)
                                .start(t)
                                .given(ConsentMode.WRITTEN)
                                .recordedBy("m-1")
                                .recordedAt(t)
                                .build()))
                .build();
    }

    @Test
    void providersAndStaffAreCountedNeverNamed() throws Exception {
        // a provider's or a worker's pseudonym, like the agency's, would regroup the rows by place
        Caseloads.Output out = Caseloads.write(extract().build(), miras(5));
        JsonNode row = rows(out.ndjson()).get(0);
        assertTrue(row.get("providers").isInt());
        assertTrue(row.get("staff").isInt());
        for (String named : List.of("(or|st)_[0-9a-f]{20}", "org-aurora-house", "m-jo", "withheld")) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(named);
            assertFalse(p.matcher(out.ndjson()).find(), named);
            assertFalse(p.matcher(out.csv()).find(), named);
        }
    }

    @Test
    void readsAnNdjsonCaseloadTwiceAndGivesWhatThePlansInMemoryGive() {
        List<CarePlan> plans = miras(7);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        PlanJson json = PlanJson.defaults();
        json.writeLines(plans, lines);
        byte[] bytes =
                (lines.toString(StandardCharsets.UTF_8) + "{\"not\":\"a plan\"}\n").getBytes(StandardCharsets.UTF_8);
        int[] opened = {0};
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ExtractReport r = extract()
                .build()
                .writeCsv(
                        Caseload.ndjson(
                                () -> {
                                    opened[0]++;
                                    return new ByteArrayInputStream(bytes);
                                },
                                json),
                        csv);
        assertEquals(2, opened[0]);
        assertEquals(1, r.getUnreadable());
        assertEquals(Caseloads.write(extract().build(), plans).csv(), csv.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesACaseloadThatChangesBetweenItsReads() {
        List<CarePlan> plans = miras(6);
        int[] reads = {0};
        Iterable<CarePlan> shifting = () -> (reads[0]++ == 0 ? plans : plans.subList(0, 5)).iterator();
        Expect.rejects(
                InvalidPlanException.class,
                () -> extract().build().writeCsv(Caseload.of(shifting), OutputStream0.NULL),
                "caseload",
                "must be discarded");
    }

    @Test
    void aCsvFieldIsQuotedWhenItMustBeAndNeverRunsAsAFormula() {
        assertEquals("North Bay", ResearchExtract.csv("North Bay"));
        assertEquals("\"Sault Ste. Marie, ON\"", ResearchExtract.csv("Sault Ste. Marie, ON"));
        assertEquals("\"say \"\"hi\"\"\"", ResearchExtract.csv("say \"hi\""));
        assertEquals("'=1+1", ResearchExtract.csv("=1+1"));
        assertEquals("'@cmd", ResearchExtract.csv("@cmd"));
        assertEquals("-3", ResearchExtract.csv("-3"));
    }

    @Test
    void refusesAShortKeyAndAKBelowTwo() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> ResearchExtract.builder(new byte[31], Caseloads.RESEARCHERS, Caseloads.AT),
                "key",
                "at least 32 bytes");
        Expect.rejects(InvalidPlanException.class, () -> extract().k(1), "k", "below 2");
        Expect.rejects(InvalidPlanException.class, () -> extract().maxSuppressed(1.5), "maxSuppressed", "between");
        Expect.rejects(InvalidPlanException.class, () -> extract().forSteward("a steward"), "steward", "identifier");
    }

    @Test
    void theKeyIsCopiedSoChangingTheCallersArrayChangesNothing() throws Exception {
        byte[] key = Caseloads.KEY.clone();
        ResearchExtract e = ResearchExtract.builder(key, Caseloads.RESEARCHERS, Caseloads.AT)
                .communityOf(p -> Optional.of("North Bay"))
                .build();
        String before = Caseloads.write(e, miras(5)).ndjson();
        key[0] ^= 1;
        assertEquals(before, Caseloads.write(e, miras(5)).ndjson());
    }

    /** An output stream that keeps nothing. */
    private static final class OutputStream0 {
        static final java.io.OutputStream NULL = java.io.OutputStream.nullOutputStream();
    }
}
