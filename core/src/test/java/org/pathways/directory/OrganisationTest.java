package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class OrganisationTest {
    @Test
    void hasAnIdentifierAndAPublicName() {
        Organisation o = Organisation.of("org-aurora-house", "Aurora House");
        assertEquals("org-aurora-house", o.getId());
        assertEquals(org.pathways.LocalizedText.of("Aurora House"), o.getName());
    }

    @Test
    void itsNameMayBeWrittenInTwoLanguages() {
        Organisation o = Organisation.of(
                "org-birchwood-house",
                org.pathways.LocalizedText.of("Birchwood House").with("fr", "Maison Birchwood"));
        assertEquals("Maison Birchwood", o.getName().in(java.util.Locale.CANADA_FRENCH));
        assertEquals("Birchwood House", o.getName().in(java.util.Locale.CANADA));
        assertEquals(o, Organisation.of("org-birchwood-house", o.getName()));
        Expect.rejects(
                InvalidPlanException.class,
                () -> Organisation.of(
                        "org-a", org.pathways.LocalizedText.of("A").with("fr", "x".repeat(201))),
                "organisation.name",
                "more than 200");
    }

    @Test
    void refusesABadIdentifierOrABlankName() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> Organisation.of("Aurora House", "Aurora House"),
                "organisation.id",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Organisation.of("org-a", " "),
                "organisation.name",
                "must not be blank");
    }

    @Test
    void mayNameADataStewardThatIsAnIdentifier() {
        Organisation o = Organisation.of("org-birch-river-health", "Birch River Health Centre");
        assertEquals(java.util.Optional.empty(), o.getSteward());
        assertEquals(
                java.util.Optional.of("org-birch-river-fn"),
                o.withSteward("org-birch-river-fn").getSteward());
        Expect.rejects(
                InvalidPlanException.class,
                () -> o.withSteward("Birch River First Nation"),
                "organisation.steward",
                "is not an identifier");
    }
}
