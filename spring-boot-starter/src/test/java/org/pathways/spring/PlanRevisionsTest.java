package org.pathways.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pathways.plan.Edit;

class PlanRevisionsTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);

    @Test
    void theEtagIsTheRevisionNumberAndIfMatchReadsItBack() {
        assertEquals("\"4\"", PlanRevisions.etag(4));
        assertEquals(4, PlanRevisions.ifMatch("\"4\""));
        assertEquals(12, PlanRevisions.ifMatch(" W/\"12\" "));
    }

    @Test
    void aChangeWithoutIfMatchIsAPreconditionRequired() {
        assertThrows(PlanRevisions.PreconditionRequired.class, () -> PlanRevisions.ifMatch(null));
        assertThrows(PlanRevisions.PreconditionRequired.class, () -> PlanRevisions.ifMatch(" "));
    }

    @Test
    void anIfMatchThatNamesNoRevisionIsRefusedWithoutRepeatingIt() {
        for (String bad : new String[] {"4", "\"0\"", "\"-1\"", "\"abc\"", "*", "\"99999999999\""}) {
            PlanRevisions.BadHeader e = assertThrows(PlanRevisions.BadHeader.class, () -> PlanRevisions.ifMatch(bad));
            assertEquals("If-Match", e.header);
            assertFalse(e.getMessage().contains("abc"), e.getMessage());
        }
    }

    @Test
    void theEditComesFromTheHeadersAndTheClock() {
        assertEquals(Edit.of("m-jo", clock.instant(), true), PlanRevisions.edit("m-jo", "true", clock));
        assertEquals(Edit.of("m-jo", clock.instant(), false), PlanRevisions.edit("m-jo", null, clock));
        PlanRevisions.BadHeader missing =
                assertThrows(PlanRevisions.BadHeader.class, () -> PlanRevisions.edit(null, null, clock));
        assertEquals(PlanRevisions.AUTHOR, missing.header);
        PlanRevisions.BadHeader notAnId =
                assertThrows(PlanRevisions.BadHeader.class, () -> PlanRevisions.edit("Jane Marie Doe", null, clock));
        assertFalse(notAnId.getMessage().contains("Jane"), notAnId.getMessage());
        PlanRevisions.BadHeader present =
                assertThrows(PlanRevisions.BadHeader.class, () -> PlanRevisions.edit("m-jo", "yes", clock));
        assertTrue(present.getMessage().startsWith(PlanRevisions.PERSON_PRESENT));
    }
}
