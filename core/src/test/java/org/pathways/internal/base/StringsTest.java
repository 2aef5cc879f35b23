package org.pathways.internal.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StringsTest {
    @Test
    void aRejectedValueIsDescribedByItsLengthAndKindsOfCharactersNeverItsContent() {
        assertEquals(
                "31 characters of letters, digits, spaces, the marks . _ : - and other characters",
                Strings.shape("Jane Marie Doe, born 1998-04-02"));
        assertEquals("1 character of letters", Strings.shape("x"));
        assertEquals("empty", Strings.shape(""));
        assertEquals("3 characters of other characters", Strings.shape("é/\u0000"));
        assertEquals("2 characters of digits and spaces", Strings.shape("1\t"));
    }

    @Test
    void anUnknownCodeIsDescribedByItsShapeBesideTheKnownCodesInOrder() {
        assertEquals(
                "unknown code: 4 characters of letters; known codes are [fit, full, open]",
                Strings.unknownCode("Jane", List.of("open", "full", "fit")));
    }

    @Test
    void aLanguageTagIsALowerCaseLanguageAndOptionalSubtags() {
        assertEquals(Optional.empty(), Strings.languageTagProblem("oj"));
        assertEquals(Optional.empty(), Strings.languageTagProblem("fr-CA"));
        assertEquals(Optional.empty(), Strings.languageTagProblem("zh-Hant-TW"));
        assertEquals(
                Optional.of("is not a language tag such as 'en', 'fr-CA' or 'oj': 2 characters of letters"),
                Strings.languageTagProblem("FR"));
        assertEquals(
                Optional.of("is not a language tag such as 'en', 'fr-CA' or 'oj': 4 characters of letters"),
                Strings.languageTagProblem("Jane"));
    }
}
