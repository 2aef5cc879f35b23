package org.pathways.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
                    assertEquals(pattern.matcher(s).matches(), Checks.isId(s), () -> "for " + s);
                });
        assertEquals(true, Checks.isId("a".repeat(64)));
        assertEquals(false, Checks.isId("a".repeat(65)));
        assertEquals(false, Checks.isId("-a"));
    }

    @Test
    void noMessageOfACheckRepeatsTheRejectedValue() {
        String words = "Jane Marie Doe, born 1998-04-02";
        InvalidPlanException id = assertThrows(InvalidPlanException.class, () -> Checks.id("person.id", words));
        assertEquals(
                "person.id: is not an identifier (1 to 64 of A-Z a-z 0-9 . _ : -, starting with a letter or digit): "
                        + "31 characters of letters, digits, spaces, the marks . _ : - and other characters",
                id.getMessage());
        InvalidPlanException tag =
                assertThrows(InvalidPlanException.class, () -> Checks.languageTag("person.languages", words));
        assertFalse(tag.getMessage().contains("Jane"), tag::getMessage);
        InvalidPlanException twice = assertThrows(
                InvalidPlanException.class,
                () -> Checks.unique("steps", List.of("s-1", "Jane-Doe", "Jane-Doe"), s -> s));
        assertFalse(twice.getMessage().contains("Jane"), twice::getMessage);
    }

    @Test
    void uniqueKeysAreReturnedAndARepeatIsNamed() {
        assertEquals(Set.of("a", "b"), Checks.unique("steps", List.of("a", "b"), s -> s));
        Expect.rejects(
                InvalidPlanException.class,
                () -> Checks.unique("steps", List.of("a", "a"), s -> s),
                "steps",
                "the identifier of the item at 1 repeats that of the item at 0 (counting from 0)");
    }

    @Test
    void anIdentifierIsUpToSixtyFourSafeCharacters() {
        Checks.id("id", "a".repeat(64));
        Checks.id("id", "org-aurora.house:2_b");
        Expect.rejects(InvalidPlanException.class, () -> Checks.id("id", "a".repeat(65)), "id", "is not an identifier");
        Expect.rejects(InvalidPlanException.class, () -> Checks.id("id", "-a"), "id", "is not an identifier");
    }
}
