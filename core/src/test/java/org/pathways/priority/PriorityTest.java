package org.pathways.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.testing.Expect;

class PriorityTest {
    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    private static Priority.Builder fix() {
        return Priority.builder()
                .id("p-fix")
                .statement(SensitiveText.of("Being able to find my next fix without getting hurt"))
                .category(PriorityCategory.SUBSTANCE_USE)
                .expressedAt(AT);
    }

    @Test
    void aHarmReductionPriorityIsAsValidAsAnyOther() {
        Priority p = fix().addDomains(Domain.PHYSICAL).build();
        assertEquals("p-fix", p.getId());
        assertEquals(Optional.of(PriorityCategory.SUBSTANCE_USE), p.getCategory());
        assertTrue(p.isActive());
    }

    @Test
    void categoryAndDomainsAreOptional() {
        Priority p = Priority.builder()
                .id("p-1")
                .statement(SensitiveText.of("peace"))
                .expressedAt(AT)
                .build();
        assertEquals(Optional.empty(), p.getCategory());
        assertTrue(p.getDomains().isEmpty());
        assertEquals(PriorityStatus.ACTIVE, p.getStatus());
    }

    @Test
    void domainsKeepTheOrderOfTheMedicineWheel() {
        Priority p = fix().addDomains(Domain.SPIRITUAL, Domain.PHYSICAL, Domain.SPIRITUAL)
                .build();
        assertEquals(List.of(Domain.PHYSICAL, Domain.SPIRITUAL), List.copyOf(p.getDomains()));
    }

    @Test
    void withStatusRecordsTheChoiceAndLeavesTheOriginal() {
        Priority p = fix().build();
        Priority aside = p.withStatus(PriorityStatus.SET_ASIDE);
        assertEquals(PriorityStatus.SET_ASIDE, aside.getStatus());
        assertFalse(aside.isActive());
        assertEquals(PriorityStatus.ACTIVE, p.getStatus());
        assertEquals(p, aside.withStatus(PriorityStatus.ACTIVE));
    }

    @Test
    void equalMeansInterchangeable() {
        assertEquals(fix().build(), fix().build());
        assertEquals(fix().build().hashCode(), fix().build().hashCode());
        assertNotEquals(fix().build(), fix().id("p-other").build());
    }

    @Test
    void rejectsAnIdThatIsNotAnIdentifier() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> fix().id("my fix").build(),
                "priority.id",
                "is not an identifier (1 to 64 of A-Z a-z 0-9 . _ : -, starting with a letter or digit): 6 characters of letters and spaces");
    }

    @Test
    void rejectsAMissingStatementNamingIt() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> Priority.builder().id("p-1").expressedAt(AT).build(),
                "statement",
                "required but not set");
    }

    @Test
    void toStringShowsNoWords() {
        assertFalse(fix().build().toString().contains("fix without"));
    }
}
