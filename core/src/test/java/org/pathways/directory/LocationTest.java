package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.LocalizedText;
import org.pathways.testing.Expect;

class LocationTest {
    static Location safeHouse() {
        return Location.builder()
                .community("North Bay")
                .address("12 Birch Lane")
                .phone("705-555-0142")
                .confidential(true)
                .frontGate("24-hour intake line 1-800-555-0148")
                .build();
    }

    /** The safe house with its front gate written in English and in French. */
    static Location bilingualSafeHouse() {
        return Location.builder()
                .from(safeHouse())
                .frontGate(LocalizedText.of("24-hour intake line 1-800-555-0148")
                        .with("fr", "Ligne d'accueil 24 heures sur 24\u00a0: 1-800-555-0148"))
                .build();
    }

    @Test
    void aConfidentialLocationIsReachedThroughItsFrontGate() {
        assertEquals(
                Optional.of("24-hour intake line 1-800-555-0148"), safeHouse().getPublicContact(Locale.CANADA));
        Location office =
                Location.builder().community("Sudbury").phone("705-555-0199").build();
        assertEquals(Optional.of("705-555-0199"), office.getPublicContact(Locale.CANADA));
        assertEquals(Optional.of("705-555-0199"), office.getPublicContact(Locale.CANADA_FRENCH));
    }

    @Test
    void thePublicContactIsTheFrontGateInTheReadersLanguage() {
        assertEquals(
                Optional.of("Ligne d'accueil 24 heures sur 24\u00a0: 1-800-555-0148"),
                bilingualSafeHouse().getPublicContact(Locale.CANADA_FRENCH));
        assertEquals(
                Optional.of("24-hour intake line 1-800-555-0148"),
                bilingualSafeHouse().getPublicContact(Locale.CANADA));
        // no French alternative: the front gate as the directory wrote it
        assertEquals(
                Optional.of("24-hour intake line 1-800-555-0148"), safeHouse().getPublicContact(Locale.CANADA_FRENCH));
        NullPointerException none =
                assertThrows(NullPointerException.class, () -> safeHouse().getPublicContact(null));
        assertEquals("locale", none.getMessage());
        assertEquals(
                "frontGate",
                assertThrows(
                                NullPointerException.class,
                                () -> Location.builder().frontGate((String) null))
                        .getMessage());
    }

    @Test
    void aFrontGateInOneLanguageIsTheSameAsItsText() {
        assertEquals(
                Optional.of(LocalizedText.of("24-hour intake line 1-800-555-0148")),
                safeHouse().getFrontGate());
        assertEquals(
                safeHouse(),
                Location.builder()
                        .from(safeHouse())
                        .frontGate(LocalizedText.of("24-hour intake line 1-800-555-0148"))
                        .build());
    }

    @Test
    void whatLeavesTheAgencyHasNoConfidentialAddressOrPhone() {
        Location out = safeHouse().withoutConfidentialDetails();
        assertEquals(Optional.empty(), out.getAddress());
        assertEquals(Optional.empty(), out.getPhone());
        assertEquals("North Bay", out.getCommunity());
        assertEquals(safeHouse().getFrontGate(), out.getFrontGate());
        assertEquals(
                bilingualSafeHouse().getFrontGate(),
                bilingualSafeHouse().withoutConfidentialDetails().getFrontGate());
        Location office =
                Location.builder().community("Sudbury").address("1 Elm St").build();
        assertSame(office, office.withoutConfidentialDetails());
        assertSame(out, out.withoutConfidentialDetails());
    }

    @Test
    void neverShowsAnAddressOrPhoneInItsText() {
        String text = safeHouse().toString();
        assertFalse(text.contains("Birch"), text);
        assertFalse(text.contains("0142"), text);
    }

    @Test
    void aConfidentialLocationNeedsAFrontGate() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> Location.builder()
                        .community("Timmins")
                        .address("3 Pine St")
                        .confidential(true)
                        .build(),
                "location.frontGate",
                "gives a public front gate");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Location.builder().community(" ").build(),
                "location.community",
                "must not be blank");
    }

    @Test
    void itsTextsHaveLimits() {
        Location.Builder ok = Location.builder().community("North Bay");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Location.builder()
                        .from(ok.build())
                        .address("x".repeat(201))
                        .build(),
                "location.address",
                "more than 200");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Location.builder().from(ok.build()).phone("5".repeat(41)).build(),
                "location.phone",
                "more than 40");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Location.builder().from(ok.build()).frontGate(" ").build(),
                "location.frontGate",
                "must not be blank");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Location.builder()
                        .from(ok.build())
                        .frontGate("x".repeat(201))
                        .build(),
                "location.frontGate",
                "more than 200");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Location.builder()
                        .from(ok.build())
                        .frontGate(
                                LocalizedText.of("intake line 1-800-555-0148").with("fr", "x".repeat(201)))
                        .build(),
                "location.frontGate",
                "more than 200");
        assertEquals(
                200,
                Location.builder()
                        .from(ok.build())
                        .frontGate(
                                LocalizedText.of("intake line 1-800-555-0148").with("fr", "x".repeat(200)))
                        .build()
                        .getFrontGate()
                        .orElseThrow()
                        .length());
        assertEquals(
                "x".repeat(200),
                Location.builder()
                        .from(ok.build())
                        .address("x".repeat(200))
                        .build()
                        .getAddress()
                        .orElseThrow());
    }
}
