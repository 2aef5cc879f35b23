package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.json.PlanJson;
import org.pathways.plan.StepKind;
import org.pathways.priority.Domain;

class GapReportTest {
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
        String json = PlanJson.create().write(r);
        assertTrue(json.contains("\"services\":{\"fewerThan\":5}"), json);
        assertEquals(
                List.of(),
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(PlanJson.schema(GapReport.class), InputFormat.JSON)
                        .validate(json, InputFormat.JSON));
        assertThrows(IllegalArgumentException.class, () -> PlanJson.create().read(json, GapReport.class));
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
    void aKindTouchesTheDomainsItUsuallyServes() {
        assertEquals(EnumSet.of(Domain.SPIRITUAL, Domain.EMOTIONAL), GapReport.domainsOf(StepKind.INDIGENOUS_HEALING));
        assertEquals(EnumSet.noneOf(Domain.class), GapReport.domainsOf(StepKind.REFERRAL));
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
}
