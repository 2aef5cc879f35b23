package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.ReferralSamples.amara;
import static org.pathways.testing.ReferralSamples.answer;
import static org.pathways.testing.ReferralSamples.at;
import static org.pathways.testing.ReferralSamples.grant;
import static org.pathways.testing.ReferralSamples.jo;
import static org.pathways.testing.ReferralSamples.time;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.json.PlanJson;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.referral.Referrals;
import org.pathways.referral.Sent;

class GapReportTest {
    static final Recipient FUNDER = Recipient.organisation("org-trillium-fund");

    /**
     * Returns a plan with one more referral step, of a kind, sent to an organisation with Amara's
     * consent and declined by it for a reason, on a day after intake (later than the plan's last change).
     */
    static CarePlan declined(
            CarePlan plan, String stepId, StepKind kind, String organisation, DeclineReason reason, int day) {
        PlanStep step = PlanStep.builder()
                .id(stepId)
                .kind(kind)
                .addServes("p-safe")
                .provider(organisation)
                .responsible("m-jo")
                .addShares(InformationCategory.CONTACT, InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                .proposed(time(day, 0), "m-jo")
                .build();
        CarePlan ready = plan.proposeStep(step, at(day, 0))
                .agreeToStep(stepId, AgreementMode.VERBAL, at(day, 1))
                .recordConsent(
                        ConsentGrant.builder()
                                .from(grant("c-" + stepId, organisation, false, time(day, 2)))
                                .categories(EnumSet.allOf(InformationCategory.class))
                                .build(),
                        at(day, 2));
        Sent sent = Referrals.send(ready, stepId, jo(), at(day, 3));
        return Referrals.apply(
                sent.getPlan(),
                answer("a-" + stepId, sent.getPacket().getId(), stepId, organisation, AnswerKind.DECLINED, time(day, 4))
                        .reason(reason)
                        .build(),
                at(day, 5));
    }

    /** A grant to the funder for aggregate reporting of priorities and plan steps. */
    static ConsentGrant funderGrant(String id, Instant at) {
        return funderGrant(id, FUNDER, at, false);
    }

    /** A grant to a funder for aggregate reporting, for a day only when it ends. */
    static ConsentGrant funderGrant(String id, Recipient funder, Instant at, boolean ends) {
        ConsentGrant.Builder b = ConsentGrant.builder()
                .id(id)
                .recipient(funder)
                .addCategories(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                .addPurposes(Purpose.AGGREGATE_FUNDER_REPORTING)
                .start(at)
                .given(ConsentMode.WRITTEN)
                .recordedBy("m-jo")
                .recordedAt(at);
        if (ends) {
            b.end(at.plusSeconds(86_400));
        }
        return b.build();
    }

    private static int value(Count c) {
        return c.getValue().getAsInt();
    }

    private static GapRow row(GapReport r, GapDimension d, String value) {
        return r.getRows().stream()
                .filter(x -> x.getDimension() == d && x.getValue().equals(value))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aKindNoBarrierFreeServiceDeliversIsAGap() {
        GapReport r = GapReport.of(ServiceMatchingTest.network(), List.of(), 1);
        assertEquals(
                "2",
                row(r, GapDimension.STEP_KIND, "harm_reduction")
                        .getBarrierFreeServices()
                        .toString(),
                "svc-a and svc-c-wait (a waitlist is no barrier); svc-b requires sobriety");
        assertTrue(row(r, GapDimension.STEP_KIND, "shelter_and_housing").isGap());
        assertFalse(row(r, GapDimension.STEP_KIND, "counselling").isGap());
        assertEquals("4", r.getServices().toString());
        assertEquals("3", r.getBarrierFreeServices().toString(), "svc-b names a barrier");
        assertTrue(r.getGaps().contains(row(r, GapDimension.APPROACH, "indigenous_centric")));
    }

    @Test
    void countsActivePrioritiesThatNoBarrierFreeServiceMeets() {
        GapReport r = GapReport.of(ServiceMatchingTest.network(), List.of(ServiceMatchingTest.plan()), 1);
        assertEquals(
                Optional.of(Count.of(0, 1)),
                row(r, GapDimension.STEP_KIND, "harm_reduction").getUnmetPriorities());
        assertEquals(
                Optional.of(Count.of(1, 1)),
                row(r, GapDimension.STEP_KIND, "referral").getUnmetPriorities(),
                "the shelter referral");
        assertEquals(
                Optional.of(Count.of(1, 1)),
                row(r, GapDimension.DOMAIN, "physical").getUnmetPriorities());
        assertEquals(Optional.empty(), row(r, GapDimension.LANGUAGE, "fr").getUnmetPriorities());
        assertTrue(row(r, GapDimension.LANGUAGE, "en").isGap(), "Mira speaks en; no barrier-free service does");
    }

    @Test
    void theDefaultThresholdSuppressesSmallCountsInTextAndJson() {
        GapReport r = GapReport.of(
                ServiceMatchingTest.network(), List.of(ServiceMatchingTest.plan()), GapReport.DEFAULT_THRESHOLD);
        String text = r.toText();
        assertTrue(text.contains("fewer than 5 services, fewer than 5 without barriers; fewer than 5 plans."), text);
        assertTrue(text.contains("harm_reduction                   fewer than 5"), text);
        String json = PlanJson.defaults().write(r);
        assertTrue(json.contains("\"services\":{\"fewerThan\":5}"), json);
        assertEquals(
                List.of(),
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(PlanJson.schema(GapReport.class), InputFormat.JSON)
                        .validate(json, InputFormat.JSON));
        assertThrows(IllegalArgumentException.class, () -> PlanJson.defaults().read(json, GapReport.class));
    }

    @Test
    void aRemoteServiceServesEveryCommunity() {
        ServiceDirectory d = ServiceDirectory.builder()
                .addOrganisations(Organisation.of("org-a", "A"))
                .addServices(ServiceMatchingTest.harmReduction("svc-line", "org-a")
                        .remote(true)
                        .addCommunities("Timmins")
                        .build())
                .addServices(ServiceMatchingTest.harmReduction("svc-walk-in", "org-a")
                        .addCommunities("Sudbury")
                        .build())
                .build();
        GapReport r = GapReport.of(d, List.of(), 1);
        assertEquals(
                "2",
                row(r, GapDimension.COMMUNITY, "Sudbury")
                        .getBarrierFreeServices()
                        .toString());
        assertEquals(
                "1",
                row(r, GapDimension.COMMUNITY, "Timmins")
                        .getBarrierFreeServices()
                        .toString());
    }

    @Test
    void showsItselfByItsTypeName() {
        assertEquals(
                "GapReport[",
                GapReport.of(ServiceMatchingTest.network()).toString().substring(0, 10));
    }

    @Test
    void theTextMarksGapsAndNamesEachDimension() {
        String text = GapReport.of(ServiceMatchingTest.network(), List.of(ServiceMatchingTest.plan()), 1)
                .toText();
        assertTrue(text.contains("By step kind:\n"), text);
        assertTrue(text.contains("By approach:\n"), text);
        assertTrue(text.contains("  shelter_and_housing              0             GAP  unmet priorities: 0"), text);
        assertTrue(text.contains("  counselling                      1                  unmet priorities: 0"), text);
        assertTrue(
                text.startsWith("Gaps in the network: 4 services, 3 without barriers; 1 plans. Counts from 1 to 0"),
                text);
        GapReport a = GapReport.of(ServiceMatchingTest.network());
        assertEquals(a, GapReport.of(ServiceMatchingTest.network()));
        assertEquals(a.hashCode(), GapReport.of(ServiceMatchingTest.network()).hashCode());
        assertFalse(a.equals(GapReport.of(ServiceMatchingTest.network(), List.of(), 1)));
    }

    @Test
    void countsDeclinedReferralsByKindReasonAndOrganisation() {
        CarePlan one = declined(
                amara(),
                "s-1",
                StepKind.SHELTER_AND_HOUSING,
                "org-harbour-house",
                DeclineReason.REQUIRES_IDENTITY_DOCUMENTS,
                1);
        one = declined(one, "s-2", StepKind.SHELTER_AND_HOUSING, "org-juniper-lodge", DeclineReason.FULL, 2);
        CarePlan two = declined(
                amara(),
                "s-1",
                StepKind.COUNSELLING,
                "org-harbour-house",
                DeclineReason.REQUIRES_IDENTITY_DOCUMENTS,
                1);
        GapReport r = GapReport.of(ServiceMatchingTest.network(), List.of(one, two, amara()), 1);
        CountTable byKind = r.getDeclinesByKind();
        assertEquals(
                List.of("shelter_and_housing", "counselling"),
                byKind.getRowValues(),
                "kinds in their order, only those declined");
        int ids = byKind.getColumnValues().indexOf("requires_identity_documents");
        int full = byKind.getColumnValues().indexOf("full");
        assertEquals(1, value(byKind.getCell(0, ids)));
        assertEquals(1, value(byKind.getCell(0, full)));
        assertEquals(2, value(byKind.getRowTotals().get(0)));
        assertEquals(2, value(byKind.getColumnTotals().get(ids)));
        assertEquals(3, value(byKind.getTotal()));
        CountTable byOrganisation = r.getDeclinesByOrganisation();
        assertEquals(List.of("org-harbour-house", "org-juniper-lodge"), byOrganisation.getRowValues());
        assertEquals(2, value(byOrganisation.getCell(0, ids)));
        assertEquals(byKind.getColumnTotals(), byOrganisation.getColumnTotals());
        assertEquals(GapDimension.DECLINE_REASON, byOrganisation.getColumnDimension());
        assertEquals(GapDimension.ORGANISATION, byOrganisation.getRowDimension());
        assertEquals(
                0,
                value(GapReport.of(ServiceMatchingTest.network())
                        .getDeclinesByKind()
                        .getTotal()));
        assertEquals(
                List.of(),
                GapReport.of(ServiceMatchingTest.network()).getDeclinesByKind().getRowValues());
    }

    @Test
    void aSmallDeclineCountIsWithheldWithTheCountsItCouldBeSubtractedFrom() {
        CarePlan plan = amara();
        for (int i = 1; i <= 7; i++) {
            plan = declined(
                    plan,
                    "s-" + i,
                    StepKind.SHELTER_AND_HOUSING,
                    "org-harbour-house",
                    DeclineReason.REQUIRES_IDENTITY_DOCUMENTS,
                    i);
        }
        plan = declined(plan, "s-8", StepKind.SHELTER_AND_HOUSING, "org-harbour-house", DeclineReason.FULL, 8);
        plan = declined(plan, "s-9", StepKind.SHELTER_AND_HOUSING, "org-harbour-house", DeclineReason.FULL, 9);
        GapReport shown = GapReport.of(ServiceMatchingTest.network(), List.of(plan), 1);
        assertEquals(7, value(shown.getDeclinesByKind().getCell(0, 2)), "shelter: 7 declined for identity documents");
        CountTable t =
                GapReport.of(ServiceMatchingTest.network(), List.of(plan), 5).getDeclinesByKind();
        assertTrue(t.getCell(0, 0).isWithheld(), "2 declined as full: small");
        assertTrue(t.getCell(0, 2).isWithheld(), "the 7 would give the 2 away as 9 - 7");
        assertEquals(9, value(t.getRowTotals().get(0)));
        assertTrue(t.getColumnTotals().get(0).isWithheld());
        assertTrue(t.getColumnTotals().get(2).isWithheld(), "the only row: its column total equals the cell");
        assertEquals(9, value(t.getTotal()));
        assertEquals("x", t.getCell(0, 0).toString(), "small and complementary look the same");
        String text =
                GapReport.of(ServiceMatchingTest.network(), List.of(plan), 5).toText();
        assertTrue(
                text.contains("  shelter_and_housing                 x            0                           x"),
                text);
        String json = PlanJson.defaults().write(GapReport.of(ServiceMatchingTest.network(), List.of(plan), 5));
        assertTrue(json.contains("\"cells\":[[{\"withheld\":true},0,{\"withheld\":true},0,0,0,0]]"), json);
        valid(json);
    }

    @Test
    void aGapInCombinationIsWhereTheNetworkHasThePiecesButNotWithoutABarrier() {
        ServiceDirectory d = ServiceDirectory.builder()
                .addOrganisations(Organisation.of("org-a", "A"), Organisation.of("org-b", "B"))
                .addServices(
                        Service.builder()
                                .id("svc-sober")
                                .organisation("org-a")
                                .name("Counselling circle")
                                .addProgramming(StepKind.COUNSELLING)
                                .addApproaches(Approach.INDIGENOUS_CENTRIC)
                                .addLanguages("oj")
                                .addCommunities("Timmins")
                                .addBarriers(Barrier.REQUIRES_SOBRIETY)
                                .build(),
                        Service.builder()
                                .id("svc-open")
                                .organisation("org-b")
                                .name("Counselling")
                                .addProgramming(StepKind.COUNSELLING)
                                .addApproaches(Approach.HARM_REDUCTION)
                                .addKnowledges(Knowledge.EXPERIENTIAL)
                                .addCommunities("Timmins")
                                .build(),
                        Service.builder()
                                .id("svc-line")
                                .organisation("org-b")
                                .name("Phone line")
                                .addProgramming(StepKind.COUNSELLING)
                                .addApproaches(Approach.HARM_REDUCTION)
                                .addCommunities("Sudbury")
                                .remote(true)
                                .build())
                .build();
        GapReport r = GapReport.of(d, List.of(), 1);
        List<String> all =
                r.getCombinations().stream().map(GapCombination::toString).toList();
        assertEquals(
                List.of(
                        "counselling, harm_reduction, Sudbury: 1",
                        "counselling, harm_reduction, Timmins: 2",
                        "counselling, indigenous_centric, Timmins: 0 (gap)",
                        "counselling, oj, Timmins: 0 (gap)",
                        "counselling, experiential, Timmins: 1"),
                all,
                "only what some service names; a remote service counts everywhere");
        GapCombination gap = r.getCombinations().get(2);
        assertEquals(StepKind.COUNSELLING, gap.getKind());
        assertEquals(GapDimension.APPROACH, gap.getDimension());
        assertEquals("indigenous_centric", gap.getValue());
        assertEquals("Timmins", gap.getCommunity());
        assertTrue(
                r.toText().contains("  counselling, indigenous_centric, Timmins: no barrier-free service\n"),
                r.toText());
        assertEquals(gap, GapReport.of(d, List.of(), 1).getCombinations().get(2));
        assertEquals(
                gap.hashCode(),
                GapReport.of(d, List.of(), 1).getCombinations().get(2).hashCode());
        valid(PlanJson.defaults().write(r));
    }

    @Test
    void aFundersReportCountsWhatADataStewardGovernsOnlyWithItsAgreement() {
        Instant t = time(20, 0);
        CarePlan consents = declined(amara(), "s-1", StepKind.COUNSELLING, "org-harbour-house", DeclineReason.FULL, 1)
                .recordConsent(funderGrant("c-fund", time(2, 0)), at(2, 0));
        CarePlan stewarded =
                CarePlan.builder().from(consents).steward("org-cedar-bay-fn").build();
        assertEquals(
                0,
                value(GapReport.forFunder(ServiceMatchingTest.network(), List.of(stewarded), FUNDER, t, 1)
                        .getPlans()));
        org.pathways.consent.StewardAgreements agreed =
                org.pathways.consent.StewardAgreements.of(List.of(org.pathways.consent.StewardAgreement.of(
                        "org-cedar-bay-fn",
                        org.pathways.consent.Purpose.AGGREGATE_FUNDER_REPORTING,
                        "dsa-2026-05",
                        time(1, 0),
                        Optional.empty())));
        assertEquals(
                1,
                value(GapReport.forFunder(ServiceMatchingTest.network(), List.of(stewarded), FUNDER, t, 1, agreed)
                        .getPlans()));
        ServiceDirectory network = ServiceMatchingTest.network();
        Service first = network.getServices().get(0);
        ServiceDirectory governed = ServiceDirectory.builder()
                .from(network)
                .services(network.getServices().stream()
                        .map(x -> x == first
                                ? Service.builder()
                                        .from(x)
                                        .steward("org-cedar-bay-fn")
                                        .build()
                                : x)
                        .toList())
                .build();
        assertEquals(
                value(GapReport.of(network, List.of(), 1).getServices()) - 1,
                value(GapReport.forFunder(governed, List.of(), FUNDER, t, 1).getServices()),
                "a service its steward has not agreed to report is left out");
        assertEquals(
                GapReport.forFunder(network, List.of(), FUNDER, t, 1, agreed).getServices(),
                GapReport.forFunder(governed, List.of(), FUNDER, t, 1, agreed).getServices());
    }

    @Test
    void aFundersReportCountsOnlyThePlansThatConsentAtItsTime() {
        Instant t = time(20, 0);
        CarePlan consents = declined(amara(), "s-1", StepKind.COUNSELLING, "org-harbour-house", DeclineReason.FULL, 1)
                .recordConsent(funderGrant("c-fund", time(2, 0)), at(2, 0));
        CarePlan silent = declined(
                amara(), "s-1", StepKind.SHELTER_AND_HOUSING, "org-harbour-house", DeclineReason.OUT_OF_AREA, 1);
        CarePlan withdrew = consents.recordConsent(
                ConsentRevocation.builder()
                        .id("c-stop")
                        .revokes("c-fund")
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-jo")
                        .recordedAt(time(10, 0))
                        .build(),
                at(10, 0));
        GapReport r =
                GapReport.forFunder(ServiceMatchingTest.network(), List.of(consents, silent, withdrew), FUNDER, t, 1);
        assertEquals(1, value(r.getPlans()));
        assertEquals(List.of("counselling"), r.getDeclinesByKind().getRowValues());
        assertEquals(Optional.of(FUNDER), r.getFunder());
        assertEquals(Optional.of(t), r.getAt());
        assertTrue(GapReport.consents(withdrew, FUNDER, time(9, 0)), "before she withdrew it");
        assertFalse(GapReport.consents(withdrew, FUNDER, t));
        assertFalse(GapReport.consents(consents, Recipient.organisation("org-other-fund"), t));
        assertEquals(
                GapReport.forFunder(ServiceMatchingTest.network(), List.of(consents), FUNDER, t, 1),
                r,
                "the plans without consent change nothing");
        assertFalse(
                r.getRows().stream()
                        .anyMatch(x -> x.getDimension() == GapDimension.LANGUAGE
                                && x.getValue().equals("en")),
                "her languages belong to her identity, which no reporting consent covers");
        assertEquals(
                Optional.empty(), GapReport.of(ServiceMatchingTest.network()).getFunder());
        String json = PlanJson.defaults().write(r);
        assertTrue(json.contains("\"funder\":{\"kind\":\"organisation\",\"id\":\"org-trillium-fund\"},\"at\":"), json);
        valid(json);
    }

    private static void valid(String json) {
        assertEquals(
                List.of(),
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(PlanJson.schema(GapReport.class), InputFormat.JSON)
                        .validate(json, InputFormat.JSON));
    }
}
