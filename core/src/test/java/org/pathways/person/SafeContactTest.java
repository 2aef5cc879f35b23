package org.pathways.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.testing.Expect;

class SafeContactTest {
    @Test
    void theDefaultsAreTheCautiousOnes() {
        SafeContact none = SafeContact.none();
        assertTrue(none.getChannels().isEmpty());
        assertFalse(none.isMessageAllowed());
        assertFalse(none.isDoNotContact());
        assertEquals(none, SafeContact.builder().build());
    }

    @Test
    void channelsKeepThePersonsOrder() {
        SafeContact c = SafeContact.builder()
                .addChannels(ContactChannel.THROUGH_CASE_WORKER, ContactChannel.TEXT_MESSAGE)
                .build();
        assertEquals(List.of(ContactChannel.THROUGH_CASE_WORKER, ContactChannel.TEXT_MESSAGE), c.getChannels());
    }

    @Test
    void rejectsAChannelThatIsBothSafeAndNeverToBeUsed() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> SafeContact.builder()
                        .addChannels(ContactChannel.EMAIL)
                        .addNeverUse(ContactChannel.EMAIL)
                        .build(),
                "safeContact.channels",
                "'email' is both safe and never to be used");
    }

    @Test
    void rejectsChannelsWhenThePersonAskedNotToBeContacted() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> SafeContact.builder()
                        .doNotContact(true)
                        .addChannels(ContactChannel.MAIL)
                        .build(),
                "safeContact.channels",
                "asked not to be contacted");
    }

    @Test
    void rejectsARepeatedChannel() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> SafeContact.builder()
                        .addChannels(ContactChannel.MAIL, ContactChannel.MAIL)
                        .build(),
                "safeContact.channels",
                "more than once");
    }

    @Test
    void toStringHidesTheCodeWordAndDetails() {
        SafeContact c = SafeContact.builder()
                .codeWord(SensitiveText.of("raspberry"))
                .details(SensitiveText.of("705-555-0199"))
                .build();
        assertFalse(c.toString().contains("raspberry"));
        assertFalse(c.toString().contains("555"));
    }
}
