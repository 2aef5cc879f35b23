package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class RevisionTest {
    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    void theFirstRevisionIsBasedOnNothing() {
        Revision r = Revision.first(Edit.of("m-jo", AT, true));
        assertEquals(1, r.getNumber());
        assertEquals(OptionalInt.empty(), r.getBasedOn());
        assertEquals(Optional.of("plan created"), r.getDescription());
    }

    @Test
    void revisionNIsBasedOnTheOneBefore() {
        assertEquals(
                OptionalInt.of(4),
                Revision.of(5, Edit.of("m-jo", AT, false), "x").getBasedOn());
    }

    @Test
    void rejectsANumberBelowOne() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> Revision.builder()
                        .number(0)
                        .author("m-jo")
                        .at(AT)
                        .personPresent(true)
                        .build(),
                "revision.number",
                "they start at 1");
    }
}
