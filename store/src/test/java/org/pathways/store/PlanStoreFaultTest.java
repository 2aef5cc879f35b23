package org.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosures;
import org.pathways.plan.CarePlan;

class PlanStoreFaultTest {
    private final PlanStore store = TestDatabase.store();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aWriterJvmKilledMidTransactionLeavesEveryCommittedRevisionAndNothingHalfWritten() throws Exception {
        String u = Plans.unique();
        CarePlan first = Plans.start("plan-" + u, "person-" + u, "Nadia");
        store.save(first);
        CarePlan third = Plans.withPriority(first, "A place of my own");
        CarePlan second = Plans.withLead(first);
        store.save(second);
        store.save(third);
        CarePlan fourth = third.recordConsent(
                Plans.grant("c-1", Plans.SHELTER, Plans.edit("m-jo", 3).getAt()), Plans.edit("m-jo", 3));
        store.save(fourth);

        Process writer = ForkedWriter.start("hold", first.getId());
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("holding", out.readLine(), "the forked writer saved revision 5 without committing");

            // It really holds the plan's lock mid-transaction: another writer waits for it.
            CarePlan competing = Disclosures.disclose(
                            fourth, Recipient.organisation(Plans.SHELTER), Purpose.REFERRAL, Plans.edit("m-jo", 31))
                    .getPlan();
            try (Connection c = TestDatabase.dataSource().getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("set lock_timeout = '300ms'");
                }
                c.setAutoCommit(false);
                StoreFailureException blocked =
                        assertThrows(StoreFailureException.class, () -> store.save(c, competing));
                assertEquals("55P03", blocked.getSqlState(), "lock_not_available");
                c.rollback();
            }
            assertEquals(fourth, store.load(first.getId()), "uncommitted work is not visible");
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }

        assertEquals(fourth, store.load(first.getId()));
        assertEquals(
                List.of(first, second, third, fourth),
                store.history(first.getId()).getRevisions());
        assertEquals(4, count("select count(*) from pathways_revisions where plan_id = ?", first.getId()));
        assertEquals(0, count("select count(*) from pathways_disclosures where plan_id = ?", first.getId()));
        assertEquals(4, count("select latest_revision from pathways_plans where plan_id = ?", first.getId()));

        // The lock went with the dead writer's session: the same change from this JVM is saved.
        CarePlan fifth = Disclosures.disclose(
                        fourth, Recipient.organisation(Plans.SHELTER), Purpose.REFERRAL, Plans.edit("m-jo", 32))
                .getPlan();
        store.save(fifth);
        assertEquals(fifth, store.load(first.getId()));
        assertEquals(1, store.disclosures(first.getId()).size());
    }

    private static int count(String sql, String planId) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
