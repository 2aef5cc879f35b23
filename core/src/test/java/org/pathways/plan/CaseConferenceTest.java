package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.consent.InformationCategory;
import org.pathways.testing.Expect;

class CaseConferenceTest {
    static CaseConference.Builder conference() {
        return CaseConference.builder()
                .id("cc-1")
                .at(Instant.parse("2026-03-10T14:00:00Z"))
                .table("table-nipissing")
                .addOrganisations("org-bay-health", "org-aurora-house")
                .addShares(InformationCategory.PLAN_STEPS)
                .attendance(Attendance.ATTENDED);
    }

    @Test
    void anOrganisationAtTheTableReceivesTheIdentityAndWhatIsDiscussed() {
        assertEquals(
                EnumSet.of(InformationCategory.IDENTITY, InformationCategory.PLAN_STEPS),
                conference().build().getNeeds());
    }

    @Test
    void keepsOrganisationsInNaturalOrder() {
        assertEquals(
                List.of("org-aurora-house", "org-bay-health"),
                List.copyOf(conference().build().getOrganisations()));
    }

    @Test
    void needsAnOrganisationAtTheTable() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> conference().organisations(List.of()).build(),
                "conferences[cc-1].organisations",
                "at least one organisation");
    }

    @Test
    void neverShowsTheAgendaInItsText() {
        assertFalse(conference()
                .agenda(SensitiveText.of("Talk about the custody hearing"))
                .build()
                .toString()
                .contains("custody"));
    }

    @Test
    void everyIdentifierAConferenceNamesMustBeOne() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> conference().id("cc 1").build(),
                "conference.id",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> conference().table("the hub table").build(),
                "conferences[cc-1].table",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> conference().addOrganisations("Bay Health").build(),
                "conferences[cc-1].organisations",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> conference().addProduced("step one").build(),
                "conferences[cc-1].produced",
                "is not an identifier");
    }
}
