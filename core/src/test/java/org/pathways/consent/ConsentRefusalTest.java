package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class ConsentRefusalTest {
    static final Instant T = Instant.parse("2026-03-02T15:00:00Z");

    static ConsentRefusal.Builder refusal() {
        return ConsentRefusal.builder()
                .id("c-2")
                .recipient(Recipient.organisation("org-city-police"))
                .addCategories(InformationCategory.values())
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(T);
    }

    @Test
    void coversTheCategoriesItNames() {
        assertEquals(
                InformationCategory.values().length,
                refusal().build().getCategories().size());
    }

    @Test
    void needsACategory() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> refusal().categories(List.of()).build(),
                "consent[c-2].categories",
                "at least one category");
    }

    @Test
    void needsWhoRecordedIt() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> refusal().recordedBy("Jo M.").build(),
                "consent[c-2].recordedBy",
                "is not an identifier");
    }
}
