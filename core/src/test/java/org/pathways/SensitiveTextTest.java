package org.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pathways.testing.Expect;

class SensitiveTextTest {
    @Test
    void toStringNeverShowsTheContent() {
        SensitiveText t = SensitiveText.of("I want my son home with me");
        assertEquals("SensitiveText[redacted]", t.toString());
        assertFalse(String.valueOf(t).contains("son"));
    }

    @Test
    void revealReturnsTheWordsVerbatim() {
        String words = "  Find my next fix safely, ça va  ";
        assertEquals(words, SensitiveText.of(words).reveal());
        assertEquals(words.length(), SensitiveText.of(words).length());
    }

    @Test
    void equalWhenTheContentIsEqual() {
        assertEquals(SensitiveText.of("a home"), SensitiveText.of("a home"));
        assertEquals(
                SensitiveText.of("a home").hashCode(),
                SensitiveText.of("a home").hashCode());
        assertNotEquals(SensitiveText.of("a home"), SensitiveText.of("a Home"));
        assertNotEquals(SensitiveText.of("a home"), "a home");
    }

    @Test
    void rejectsBlankText() {
        Expect.rejects(InvalidPlanException.class, () -> SensitiveText.of(" \n"), "text", "blank");
    }

    @Test
    void rejectsTooLongTextWithoutQuotingIt() {
        String words = "secret".repeat(2000);
        InvalidPlanException e =
                Expect.rejects(InvalidPlanException.class, () -> SensitiveText.of(words), "text", "12000 characters");
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void rejectsNullWithTheParameterName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> SensitiveText.of(null));
        assertEquals("content", e.getMessage());
    }
}
