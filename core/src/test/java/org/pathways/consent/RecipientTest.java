package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class RecipientTest {
    @Test
    void factoriesNameTheKind() {
        assertEquals(RecipientKind.ORGANISATION, Recipient.organisation("org-a").getKind());
        assertEquals(RecipientKind.MEMBER, Recipient.member("m-jo").getKind());
        assertEquals(RecipientKind.TABLE, Recipient.table("table-1").getKind());
        assertEquals(Recipient.of(RecipientKind.TABLE, "table-1"), Recipient.table("table-1"));
    }

    @Test
    void theSameIdentifierOfAnotherKindIsAnotherRecipient() {
        assertNotEquals(Recipient.organisation("x-1"), Recipient.table("x-1"));
    }

    @Test
    void describesItselfByKindAndIdentifier() {
        assertEquals(
                "organisation org-aurora-house",
                Recipient.organisation("org-aurora-house").toString());
    }

    @Test
    void rejectsAnIdentifierThatIsNotOne() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> Recipient.organisation("Aurora House"),
                "recipient.id",
                "is not an identifier");
    }
}
