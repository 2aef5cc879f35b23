package org.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.StaleRevisionException;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosures;
import org.pathways.json.BadLine;
import org.pathways.json.PlanJson;
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;

class PlanStoreTest {
    private final PlanStore store = TestDatabase.store();

    private CarePlan saved(String name) {
        String u = Plans.unique();
        CarePlan first = Plans.start("plan-" + u, "person-" + u, name);
        store.save(first);
        return first;
    }

    @Test
    void loadsTheFirstRevisionAsItWasSaved() {
        CarePlan first = saved("Nadia");
        assertEquals(first, store.load(first.getId()));
        assertEquals(Optional.of(first), store.find(first.getId()));
    }

    @Test
    void refusesAChangeMadeFromAnOlderRevisionNamingTheLatestAuthorAndTime() {
        CarePlan first = saved("Nadia");
        CarePlan byJo = first.addMember(lead("m-jo"), Plans.edit("m-jo", 1));
        CarePlan bySam = first.addMember(lead("m-sam"), Plans.edit("m-sam", 2));
        store.save(byJo);
        StaleRevisionException stale = assertThrows(StaleRevisionException.class, () -> store.save(bySam));
        assertEquals(1, stale.getPreparedAgainst());
        assertEquals(2, stale.getLatest());
        assertTrue(stale.getMessage().contains("by m-jo at 2026-03-02T15:01:00Z"), stale.getMessage());
        assertEquals(byJo, store.load(first.getId()));
    }

    @Test
    void refusesASecondFirstRevisionOfOnePlan() {
        CarePlan first = saved("Nadia");
        CarePlan again = Plans.start(first.getId(), "person-other", "Someone else");
        StaleRevisionException stale = assertThrows(StaleRevisionException.class, () -> store.save(again));
        assertEquals(1, stale.getLatest());
        assertEquals(first, store.load(first.getId()));
    }

    @Test
    void refusesARevisionOfAPlanItDoesNotHold() {
        String u = Plans.unique();
        CarePlan second =
                Plans.start("plan-" + u, "person-" + u, "Nadia").addMember(lead("m-jo"), Plans.edit("m-jo", 1));
        UnknownPlanException unknown = assertThrows(UnknownPlanException.class, () -> store.save(second));
        assertEquals("plan", unknown.getField());
        assertThrows(UnknownPlanException.class, () -> store.load("plan-" + u));
        assertEquals(Optional.empty(), store.find("plan-" + u));
    }

    @Test
    void answersAnUnknownRevisionAsUnknown() {
        CarePlan first = saved("Nadia");
        UnknownPlanException unknown = assertThrows(UnknownPlanException.class, () -> store.load(first.getId(), 2));
        assertEquals("revision", unknown.getField());
        assertEquals(first, store.load(first.getId(), 1));
    }

    @Test
    void readsTheHistoryOldestFirstAndAnyRevisionByNumber() {
        CarePlan first = saved("Nadia");
        CarePlan second = first.addMember(lead("m-jo"), Plans.edit("m-jo", 1));
        store.save(second);
        CarePlan third = Plans.withPriority(first, "A place of my own");
        store.save(third);
        assertEquals(List.of(first, second, third), store.history(first.getId()).getRevisions());
        assertEquals(second, store.load(first.getId(), 2));
        assertThrows(UnknownPlanException.class, () -> store.history("plan-nobody-" + Plans.unique()));
    }

    @Test
    void refusesARevisionTheCoreRefusesAsNextForAnotherReason() {
        CarePlan first = saved("Nadia");
        CarePlan third = Plans.withPriority(first, "A place of my own");
        assertThrows(InvalidPlanException.class, () -> store.save(third));
        assertEquals(1, store.load(first.getId()).getRevision().getNumber());
    }

    @Test
    void listsAnAgencysPlansPageByPage() {
        String agency = "org-lakeshore-" + Plans.unique();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String u = Plans.unique();
            CarePlan plan = CarePlan.start(
                    "plan-" + u,
                    agency,
                    Plans.start("plan-" + u, "person-" + u, "Nadia").getPerson(),
                    Plans.edit("m-jo", 0));
            store.save(plan);
            ids.add(plan.getId());
        }
        List<StoredPlan> first = store.plans(agency, Optional.empty(), 3);
        List<StoredPlan> rest = store.plans(agency, Optional.of(first.get(2).planId()), 3);
        List<String> listed = new ArrayList<>();
        first.forEach(p -> listed.add(p.planId()));
        rest.forEach(p -> listed.add(p.planId()));
        assertEquals(ids.stream().sorted().toList(), listed);
        assertEquals(Optional.of(agency), first.get(0).agency());
        assertEquals(1, first.get(0).revision());
        assertEquals("m-jo", first.get(0).author());
        assertThrows(IllegalArgumentException.class, () -> store.plans(agency, Optional.empty(), 0));
    }

    @Test
    void streamsAnAgencysCaseloadAsNewlineDelimitedJson() {
        String agency = "org-lakeshore-" + Plans.unique();
        List<CarePlan> plans = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String u = Plans.unique();
            CarePlan plan = CarePlan.start(
                            "plan-" + u,
                            agency,
                            Plans.start("plan-" + u, "person-" + u, "Nadia").getPerson(),
                            Plans.edit("m-jo", 0))
                    .addMember(lead("m-jo"), Plans.edit("m-jo", 1));
            store.save(CarePlan.start(plan.getId(), agency, plan.getPerson(), Plans.edit("m-jo", 0)));
            store.save(plan);
            plans.add(plan);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(4, store.writeCaseload(agency, out));
        List<CarePlan> read = new ArrayList<>();
        PlanJson.defaults().readLines(new ByteArrayInputStream(out.toByteArray()), BadLine.STOP, read::add);
        assertEquals(
                plans.stream().sorted((a, b) -> a.getId().compareTo(b.getId())).toList(), read);
    }

    @Test
    void logsDisclosuresSoThatWhatAnOrganisationReceivedCanBeAsked() {
        CarePlan first = saved("Nadia");
        CarePlan consented = Plans.withPriority(first, "A place of my own");
        store.save(Plans.withLead(first));
        store.save(consented);
        CarePlan granted = consented.recordConsent(
                Plans.grant("c-1", Plans.SHELTER, Plans.edit("m-jo", 3).getAt()), Plans.edit("m-jo", 3));
        store.save(granted);
        CarePlan shared = Disclosures.disclose(
                        granted, Recipient.organisation(Plans.SHELTER), Purpose.REFERRAL, Plans.edit("m-jo", 4))
                .getPlan();
        store.save(shared);

        List<LoggedDisclosure> log = store.disclosures(first.getPerson().getId(), Plans.SHELTER);
        assertEquals(1, log.size());
        LoggedDisclosure d = log.get(0);
        assertEquals(first.getId(), d.planId());
        assertEquals(Recipient.organisation(Plans.SHELTER), d.recipient());
        assertEquals(Purpose.REFERRAL, d.purpose());
        assertEquals(List.of("c-1"), d.grants());
        assertTrue(
                d.categories().contains(InformationCategory.PRIORITIES),
                d.categories().toString());
        assertEquals(Plans.edit("m-jo", 4).getAt(), d.at());
        assertEquals(java.util.Optional.empty(), d.recordedAt(), "recorded as it was made");
        assertEquals(java.util.Optional.empty(), d.decidedBy(), "under consent, no one decided for her");
        assertEquals(java.util.Optional.empty(), d.decidedAs());
        assertEquals(5, d.revision());
        assertEquals(log, store.disclosures(first.getId()));
        assertEquals(List.of(), store.disclosures(first.getPerson().getId(), "org-elsewhere"));
    }

    @Test
    void keepsWhenALateEntryWasRecordedSoTheAuditSeesIt() {
        CarePlan first = saved("Nadia");
        CarePlan withMember = first.addMember(lead("m-jo"), Plans.edit("m-jo", 1));
        store.save(withMember);
        CarePlan conferred = withMember.recordCaseConference(
                CaseConference.builder()
                        .id("cc-late")
                        .at(Plans.edit("m-jo", 2).getAt())
                        .addOrganisations(Plans.AGENCY)
                        .attendance(Attendance.ATTENDED)
                        .build(),
                Plans.edit("m-jo", 30)); // sat at minute 2, written up at minute 30
        store.save(conferred);
        CarePlan disclosed = conferred.recordDisclosure(
                org.pathways.consent.Disclosure.builder()
                        .id("d-late")
                        .recipient(Recipient.organisation("org-child-services"))
                        .purpose(Purpose.COORDINATION)
                        .addCategories(InformationCategory.IDENTITY)
                        .at(Plans.edit("m-jo", 20).getAt())
                        .by("m-jo")
                        .basis(org.pathways.consent.DisclosureBasis.LEGAL_DUTY)
                        .reason(SensitiveText.of("A duty to report"))
                        .decidedBy("m-jo")
                        .decidedAs("privacy-officer")
                        .build(),
                Plans.edit("m-jo", 40),
                org.pathways.consent.ConsentPolicy.builder()
                        .addOverrideRoles("privacy-officer")
                        .build());
        store.save(disclosed);
        LoggedConference c = store.conferences(first.getPerson().getId()).get(0);
        assertEquals(Plans.edit("m-jo", 2).getAt(), c.at());
        assertEquals(java.util.Optional.of(Plans.edit("m-jo", 30).getAt()), c.recordedAt());
        LoggedDisclosure d = store.disclosures(first.getId()).get(0);
        assertEquals(Plans.edit("m-jo", 20).getAt(), d.at());
        assertEquals(java.util.Optional.of(Plans.edit("m-jo", 40).getAt()), d.recordedAt());
        assertEquals(java.util.Optional.of("m-jo"), d.decidedBy(), "who overrode her consent");
        assertEquals(java.util.Optional.of("privacy-officer"), d.decidedAs(), "and in what role");
    }

    @Test
    void logsCaseConferencesWithoutTheirAgenda() {
        CarePlan first = saved("Nadia");
        CarePlan withMember = first.addMember(lead("m-jo"), Plans.edit("m-jo", 1));
        store.save(withMember);
        CarePlan granted = withMember.recordConsent(
                Plans.grant("c-1", Plans.SHELTER, Plans.edit("m-jo", 2).getAt()), Plans.edit("m-jo", 2));
        store.save(granted);
        CarePlan conferred = granted.recordCaseConference(
                CaseConference.builder()
                        .id("cc-1")
                        .at(Plans.edit("m-jo", 3).getAt())
                        .addOrganisations(Plans.AGENCY, Plans.SHELTER)
                        .addShares(InformationCategory.PRIORITIES)
                        .attendance(Attendance.CHOSE_NOT_TO_ATTEND)
                        .agenda(SensitiveText.of("Talk about the room at the shelter"))
                        .build(),
                Plans.edit("m-jo", 3));
        store.save(conferred);
        List<LoggedConference> log = store.conferences(first.getPerson().getId());
        assertEquals(1, log.size());
        assertEquals("cc-1", log.get(0).conferenceId());
        assertEquals(List.of(Plans.SHELTER, Plans.AGENCY), log.get(0).organisations(), "in identifier order");
        assertEquals(List.of(InformationCategory.PRIORITIES), log.get(0).shares());
        assertEquals(Attendance.CHOSE_NOT_TO_ATTEND, log.get(0).attendance());
        assertEquals(4, log.get(0).revision());
    }

    @Test
    void savesWithinTheCallersTransactionAndKeepsNothingWhenItRollsBack() throws Exception {
        CarePlan first = saved("Nadia");
        CarePlan second = first.addMember(lead("m-jo"), Plans.edit("m-jo", 1));
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            assertThrows(IllegalStateException.class, () -> store.save(c, second));
            c.setAutoCommit(false);
            store.save(c, second);
            c.rollback();
        }
        assertEquals(first, store.load(first.getId()));
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            c.setAutoCommit(false);
            store.save(c, second);
            c.commit();
        }
        assertEquals(second, store.load(first.getId()));
    }

    @Test
    void storesThePlanAsJsonbInTheWireFormat() throws Exception {
        CarePlan first = saved("Nadia");
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select pg_typeof(plan)::text, plan->>'id', plan::text"
                        + " from pathways_revisions where plan_id = ?")) {
            s.setString(1, first.getId());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("jsonb", rs.getString(1));
                assertEquals(first.getId(), rs.getString(2));
                assertFalse(rs.getString(3).startsWith("{\"schemaVersion\""), "jsonb reorders the keys");
                assertEquals(first, PlanJson.defaults().readPlan(rs.getString(3)));
            }
        }
    }

    @Test
    void migratesOnceAndThenHasNothingToDo() {
        assertEquals(0, store.migrate());
    }

    private static org.pathways.team.TeamMember lead(String id) {
        return org.pathways.team.TeamMember.builder()
                .id(id)
                .role(org.pathways.team.TeamRole.DEDICATED_CASE_WORKER)
                .lead(true)
                .build();
    }
}
