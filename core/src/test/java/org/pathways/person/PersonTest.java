package org.pathways.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.testing.Expect;

class PersonTest {
    @Test
    void needsNothingButAPseudonymousId() {
        Person p = Person.builder().id("person-0f3c").build();
        assertTrue(p.getChosenName().isEmpty());
        assertTrue(p.getSelfDescription().isEmpty());
        assertEquals(SafeContact.none(), p.getSafeContact());
    }

    @Test
    void keepsLanguagesInTheOrderOfPreference() {
        Person p = Person.builder()
                .id("person-1")
                .addLanguages("oj", "fr-CA", "en")
                .build();
        assertEquals(List.of("oj", "fr-CA", "en"), p.getLanguages());
    }

    @Test
    void rejectsSomethingThatIsNotALanguageTag() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> Person.builder().id("person-1").addLanguages("English").build(),
                "person.languages",
                "is not a language tag such as 'en', 'fr-CA' or 'oj': 7 characters of letters");
    }

    @Test
    void rejectsARepeatedLanguage() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> Person.builder().id("person-1").addLanguages("en", "en").build(),
                "person.languages",
                "more than once");
    }

    @Test
    void rejectsANullWithTheParametersName() {
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> Person.builder().chosenName((SensitiveText) null));
        assertEquals("chosenName", e.getMessage());
    }

    @Test
    void withSafeContactChangesOnlyThat() {
        Person p = Person.builder()
                .id("person-1")
                .chosenName(SensitiveText.of("Noor"))
                .build();
        SafeContact c =
                SafeContact.builder().addChannels(ContactChannel.IN_PERSON).build();
        Person changed = p.withSafeContact(c);
        assertEquals(c, changed.getSafeContact());
        assertEquals(p.getChosenName(), changed.getChosenName());
    }

    @Test
    void toStringHidesTheNameTheStoryAndThePronouns() {
        Person p = Person.builder()
                .id("person-1")
                .chosenName(SensitiveText.of("Noor"))
                .pronouns("they/them")
                .selfDescription(SensitiveText.of("It started at a party in Sault Ste. Marie"))
                .build();
        assertFalse(p.toString().contains("Noor"));
        assertFalse(p.toString().contains("party"));
        assertFalse(p.toString().contains("they"), "pronouns can tell of her gender identity");
        assertTrue(p.toString().contains("person-1"));
    }
}
