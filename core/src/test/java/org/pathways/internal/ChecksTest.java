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
    void theIdentifierCheckAcceptsExactlyWhatTheDocumentedPatternMatches() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(Checks.ID_PATTERN);
        String alphabet = "aZ09._:- é/\u0000";
        org.pathways.testing.Seeds.qt()
                .withExamples(5_000)
                .forAll(org.quicktheories.generators.SourceDSL.lists()
                        .of(org.quicktheories.generators.SourceDSL.integers().between(0, alphabet.length() - 1))
                        .ofSizeBetween(0, 70))
                .checkAssert(picks -> {
                    StringBuilder b = new StringBuilder();
                    picks.forEach(i -> b.append(alphabet.charAt(i)));
                    String s = b.toString();
                    assertEquals(pattern.matcher(s).matches(), Checks.isId(s), () -> "for " + Checks.quote(s));
                });
        assertEquals(true, Checks.isId("a".repeat(64)));
        assertEquals(false, Checks.isId("a".repeat(65)));
        assertEquals(false, Checks.isId("-a"));
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
