package org.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosures;
import org.pathways.person.Person;
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.Edit;

class PlanStoreErasureTest {
    private final PlanStore store = TestDatabase.store();

    /** Saves a plan, revision by revision, with her words in every place a plan holds words. */
    private List<String> savedWithHerWords(String planId, String personId, String agency, String tag) {
        List<String> words = List.of(
                "Zofia" + tag,
                "I left Sault Ste. Marie with nothing " + tag,
                "A room with a lock " + tag,
                "Never call after nine " + tag,
                "Talk about the lock at the shelter " + tag);
        Person person = Person.builder()
                .id(personId)
                .chosenName(SensitiveText.of(words.get(0)))
                .selfDescription(SensitiveText.of(words.get(1)))
                .build();
        CarePlan first = CarePlan.start(planId, agency, person, Plans.edit("m-jo", 0));
        store.save(first);
        CarePlan second = Plans.withLead(first);
        store.save(second);
        CarePlan third = Plans.withPriority(first, words.get(2));
        store.save(third);
        ConsentGrant grant = ConsentGrant.builder()
                .from(Plans.grant("c-1", Plans.SHELTER, Plans.edit("m-jo", 3).getAt()))
                .conditions(SensitiveText.of(words.get(3)))
                .build();
        CarePlan fourth = third.recordConsent(grant, Plans.edit("m-jo", 3));
        store.save(fourth);
        CarePlan fifth = Disclosures.disclose(
                        fourth, Recipient.organisation(Plans.SHELTER), Purpose.REFERRAL, Plans.edit("m-jo", 4))
                .getPlan();
        store.save(fifth);
        store.save(fifth.recordCaseConference(
                CaseConference.builder()
                        .id("cc-1")
                        .at(Plans.edit("m-jo", 5).getAt())
                        .addOrganisations(agency, Plans.SHELTER)
                        .addShares(InformationCategory.PRIORITIES)
                        .attendance(Attendance.ATTENDED)
                        .agenda(SensitiveText.of(words.get(4)))
                        .build(),
                Plans.edit("m-jo", 5)));
        List<String> all = new ArrayList<>(words);
        all.add(personId);
        return all;
    }

    /** How many values, in every text, character, array and JSON column of every table, contain it. */
    private static int occurrences(String needle) throws Exception {
        int found = 0;
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select table_schema, table_name, column_name"
                    + " from information_schema.columns where table_schema not in ('pg_catalog', 'information_schema')"
                    + " and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY',"
                    + " 'USER-DEFINED', 'bytea')")) {
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            assertTrue(columns.size() >= 20, "the scan sees the store's columns: " + columns.size());
            for (String[] col : columns) {
                String column = "\"" + col[2] + "\"";
                String sql = "select count(*) from \"" + col[0] + "\".\"" + col[1] + "\" where "
                        + (col[2].isEmpty() ? "false" : "strpos(" + column + "::text, ?) > 0");
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, needle);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        found += rs.getInt(1);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void afterErasureNoColumnOfAnyTableHoldsHerWordsOrHerIdentifier() throws Exception {
        String u = Plans.unique();
        List<String> hers = savedWithHerWords("plan-" + u, "person-" + u, Plans.AGENCY, "x" + u);
        String v = Plans.unique();
        List<String> someoneElses = savedWithHerWords("plan-" + v, "person-" + v, Plans.AGENCY, "y" + v);
        for (String w : hers) {
            assertTrue(occurrences(w) > 0, "before erasure the scan finds what it looks for");
        }

        Erasure erasure = store.erase("plan-" + u, "m-lead", Plans.INTAKE.plus(Duration.ofDays(3)));

        for (String w : hers) {
            assertEquals(0, occurrences(w), "a value still holds part of her plan after erasure");
        }
        for (String w : someoneElses) {
            assertTrue(occurrences(w) > 0, "another person's plan is untouched");
        }
        assertEquals(6, erasure.revisions());
        assertEquals(Erasure.Reason.REQUEST, erasure.reason());
        assertEquals(Optional.of(erasure), store.erasure("plan-" + u));
        assertThrows(UnknownPlanException.class, () -> store.load("plan-" + u));
        assertEquals(List.of(), store.disclosures("person-" + u, Plans.SHELTER));
        assertEquals(List.of(), store.conferences("person-" + u));
    }

    @Test
    void anErasedPlanCannotBeSavedAgain() {
        String u = Plans.unique();
        CarePlan first = Plans.start("plan-" + u, "person-" + u, "Zofia");
        store.save(first);
        store.erase(first.getId(), "m-lead", Plans.INTAKE.plusSeconds(600));
        UnknownPlanException erased = assertThrows(UnknownPlanException.class, () -> store.save(first));
        assertTrue(erased.getMessage().contains("was erased"), erased.getMessage());
        assertThrows(UnknownPlanException.class, () -> store.erase(first.getId(), "m-lead", Plans.INTAKE));
    }

    @Test
    void retentionErasesAnAgencysPlansUnchangedForLongerThanItKeepsThem() {
        String agency = "org-lakeshore-" + Plans.unique();
        String u = Plans.unique();
        CarePlan old = CarePlan.start(
                "plan-" + u, agency, Plans.start("x", "person-" + u, "Zofia").getPerson(), Plans.edit("m-jo", 0));
        store.save(old);
        String v = Plans.unique();
        CarePlan recent = CarePlan.start(
                "plan-" + v,
                agency,
                Plans.start("x", "person-" + v, "Zofia").getPerson(),
                Edit.of("m-jo", Plans.INTAKE.plus(Duration.ofDays(40)), true));
        store.save(recent);
        String w = Plans.unique();
        CarePlan elsewhere = Plans.start("plan-" + w, "person-" + w, "Zofia");
        store.save(elsewhere);

        RetentionPolicy policy =
                RetentionPolicy.afterLastChange(Duration.ofDays(30)).forAgency(agency);
        Instant now = Plans.INTAKE.plus(Duration.ofDays(45));
        assertEquals(
                List.of(old.getId()),
                store.dueForErasure(policy, now, 10).stream()
                        .map(StoredPlan::planId)
                        .toList());

        List<Erasure> done = store.applyRetention(policy, now, "retention-job");
        assertEquals(1, done.size());
        assertEquals(Erasure.Reason.RETENTION, done.get(0).reason());
        assertEquals(Optional.of(agency), done.get(0).agency());
        assertEquals(Optional.empty(), store.find(old.getId()));
        assertEquals(recent, store.load(recent.getId()));
        assertEquals(elsewhere, store.load(elsewhere.getId()), "another agency's plan is not under this policy");
        assertEquals(List.of(), store.applyRetention(policy, now, "retention-job"));
    }
}
