package org.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Generators;

class LocalizedTextTest {
    private static final LocalizedText SHELTER =
            LocalizedText.of("Emergency shelter").with("fr", "Hébergement d'urgence");

    @Test
    void aPageGetsTheTextOfItsLanguageAndTheTextAsWrittenOtherwise() {
        assertEquals("Hébergement d'urgence", SHELTER.in(Locale.CANADA_FRENCH));
        assertEquals("Hébergement d'urgence", SHELTER.in(Locale.FRENCH));
        assertEquals("Emergency shelter", SHELTER.in(Locale.CANADA));
        assertEquals("Emergency shelter", SHELTER.in(Locale.forLanguageTag("oj")));
        assertEquals("Emergency shelter", SHELTER.getText());
        assertEquals(Map.of("fr", "Hébergement d'urgence"), SHELTER.getAlternatives());
    }

    @Test
    void theExactTagWinsOverTheLanguageAndARegionalFormServesItsLanguage() {
        LocalizedText both = LocalizedText.of("Hours", Map.of("fr", "Heures", "fr-CA", "Heures d'ouverture"));
        assertEquals("Heures d'ouverture", both.in(Locale.CANADA_FRENCH));
        assertEquals("Heures", both.in(Locale.FRANCE));
        LocalizedText regional = LocalizedText.of("Hours").with("fr-CA", "Heures d'ouverture");
        assertEquals("Heures d'ouverture", regional.in(Locale.FRANCE));
    }

    @Test
    void aTextWrittenFirstInFrenchGetsItsEnglishAlternativeOnAnEnglishPage() {
        LocalizedText french = LocalizedText.of("Maison Birchwood").with("en", "Birchwood House");
        assertEquals("Maison Birchwood", french.in(Locale.CANADA_FRENCH));
        assertEquals("Birchwood House", french.in(Locale.CANADA));
    }

    @Test
    void equalTextsAreInterchangeableAndWithReplacesALanguage() {
        assertEquals(SHELTER, LocalizedText.of("Emergency shelter", Map.of("fr", "Hébergement d'urgence")));
        assertEquals(
                SHELTER.hashCode(),
                LocalizedText.of("Emergency shelter", Map.of("fr", "Hébergement d'urgence"))
                        .hashCode());
        assertNotEquals(SHELTER, LocalizedText.of("Emergency shelter"));
        assertEquals("Refuge", SHELTER.with("fr", "Refuge").getAlternatives().get("fr"));
        assertEquals(1, SHELTER.with("fr", "Refuge").getAlternatives().size());
        assertEquals(21, SHELTER.length());
    }

    @Test
    void toStringNamesTheLanguagesAndNeverTheText() {
        assertEquals("LocalizedText[redacted, fr]", SHELTER.toString());
        assertEquals(
                "LocalizedText[redacted]",
                LocalizedText.of("Meet at the Tim Hortons").toString());
    }

    @Test
    void rejectsBlankLongOrUntaggedTextWithoutQuotingIt() {
        assertEquals(
                "text",
                assertThrows(InvalidPlanException.class, () -> LocalizedText.of(" \n"))
                        .getField());
        InvalidPlanException longOne = assertThrows(
                InvalidPlanException.class, () -> LocalizedText.of("x".repeat(SensitiveText.MAX_LENGTH + 1)));
        assertTrue(longOne.getMessage().contains("more than 10000"), longOne.getMessage());
        InvalidPlanException blankAlternative = assertThrows(InvalidPlanException.class, () -> SHELTER.with("oj", ""));
        assertEquals("text.alternatives", blankAlternative.getField());
        InvalidPlanException tag =
                assertThrows(InvalidPlanException.class, () -> SHELTER.with("Secret place by the river", "x"));
        assertEquals("text.alternatives", tag.getField());
        assertFalse(tag.getMessage().contains("river"), tag.getMessage());
        Map<String, String> many = new LinkedHashMap<>();
        for (String t : new String[] {"fr", "oj", "cr", "iu", "mic", "moh", "de", "es", "it"}) {
            many.put(t, "x");
        }
        InvalidPlanException tooMany = assertThrows(InvalidPlanException.class, () -> LocalizedText.of("x", many));
        assertTrue(tooMany.getMessage().contains("more than 8"), tooMany.getMessage());
        assertThrows(NullPointerException.class, () -> LocalizedText.of(null));
        assertThrows(NullPointerException.class, () -> SHELTER.in(null));
    }

    @Test
    void forEveryTextAReaderGetsEitherItsLanguageOrTheTextAsWritten() {
        String[] tags = {"en", "en-CA", "fr", "fr-CA", "oj", "cr", "de"};
        qt().forAll(Generators.localized(), integers().between(0, tags.length - 1))
                .checkAssert((text, pick) -> {
                    Locale reader = Locale.forLanguageTag(tags[pick]);
                    String shown = text.in(reader);
                    boolean hasLanguage = text.getAlternatives().keySet().stream()
                            .anyMatch(t -> t.equals(reader.getLanguage()) || t.startsWith(reader.getLanguage() + "-"));
                    if (hasLanguage) {
                        assertTrue(text.getAlternatives().containsValue(shown));
                    } else {
                        assertEquals(text.getText(), shown);
                    }
                    assertEquals("written", text.with(tags[pick], "written").in(reader));
                    assertEquals(text, LocalizedText.of(text.getText(), text.getAlternatives()));
                    assertFalse(text.toString().contains(Generators.SENSITIVE_MARK));
                });
    }
}
