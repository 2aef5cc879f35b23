package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
                Revision.of(5, Edit.of("m-jo", AT, false), "x", Optional.empty())
                        .getBasedOn());
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

    @Test
    void theNextRevisionNamesThisOnesFingerprintAsItsParent() {
        Revision first = Revision.first(Edit.of("m-jo", AT, true));
        Revision second = Revision.of(2, Edit.of("m-jo", AT, true), "x", Optional.of(first.getFingerprint()));
        assertEquals(Optional.empty(), first.getParent());
        assertEquals(Optional.of(first.getFingerprint()), second.getParent());
        assertEquals(32, first.getFingerprint().length());
        assertEquals(
                first.getFingerprint(),
                Revision.first(Edit.of("m-jo", AT, true)).getFingerprint());
        Revision other = Revision.of(2, Edit.of("m-sam", AT, true), "x", Optional.of(first.getFingerprint()));
        assertNotEquals(second.getFingerprint(), other.getFingerprint(), "another author, another revision");
    }

    @Test
    void rejectsAParentThatIsNotAFingerprintOrOnRevisionOne() {
        Revision.Builder b = Revision.builder().author("m-jo").at(AT).personPresent(true);
        Expect.rejects(
                InvalidPlanException.class,
                () -> b.number(2).parent("ABC").build(),
                "revision.parent",
                "is not a fingerprint");
        Expect.rejects(
                InvalidPlanException.class,
                () -> b.number(1).parent("0123456789abcdef0123456789abcdef").build(),
                "revision.parent",
                "made from no other revision");
    }
}
