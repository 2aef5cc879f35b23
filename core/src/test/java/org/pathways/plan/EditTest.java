package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class EditTest {
    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    void holdsTheAuthorshipOfAChange() {
        Edit e = Edit.of("m-jo", AT, true);
        assertEquals("m-jo", e.getAuthor());
        assertEquals(AT, e.getAt());
        assertTrue(e.isPersonPresent());
        assertEquals(e, Edit.of("m-jo", AT, true));
    }

    @Test
    void rejectsAnAuthorThatIsNotAnIdentifier() {
        Expect.rejects(InvalidPlanException.class, () -> Edit.of("", AT, true), "edit.author", "not an identifier");
    }
}
