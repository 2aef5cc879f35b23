package org.pathways.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class ChecksTest {
    @Test
    void aLabelMayBeExactlyAsLongAsItsLimit() {
        Checks.label("person.pronouns", "x".repeat(40), 40);
        Expect.rejects(
                InvalidPlanException.class,
                () -> Checks.label("person.pronouns", "x".repeat(41), 40),
                "person.pronouns",
                "is 41 characters long, more than 40");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Checks.label("person.pronouns", "  ", 40),
                "person.pronouns",
                "must not be blank");
    }

    @Test
    void aQuotedValueIsCutAfterSixtyFourCharacters() {
        assertEquals("'" + "a".repeat(64) + "'", Checks.quote("a".repeat(64)));
        assertEquals("'" + "a".repeat(64) + "…'", Checks.quote("a".repeat(65)));
    }

    @Test
    void uniqueKeysAreReturnedAndARepeatIsNamed() {
        assertEquals(Set.of("a", "b"), Checks.unique("steps", List.of("a", "b"), s -> s));
        Expect.rejects(
                InvalidPlanException.class,
                () -> Checks.unique("steps", List.of("a", "a"), s -> s),
                "steps",
                "id 'a' appears more than once");
    }

    @Test
    void anIdentifierIsUpToSixtyFourSafeCharacters() {
        Checks.id("id", "a".repeat(64));
        Checks.id("id", "org-aurora.house:2_b");
        Expect.rejects(InvalidPlanException.class, () -> Checks.id("id", "a".repeat(65)), "id", "is not an identifier");
        Expect.rejects(InvalidPlanException.class, () -> Checks.id("id", "-a"), "id", "is not an identifier");
    }
}
