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
        assertEquals("Aurora House", o.getName());
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
}
