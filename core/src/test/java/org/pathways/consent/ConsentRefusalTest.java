package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void withholdsCategoriesOrItemsOneOrTheOther() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> refusal().categories(List.of()).build(),
                "consent[c-2].categories",
                "either categories or items");
        Expect.rejects(
                InvalidPlanException.class,
                () -> refusal().addItems("p-son").build(),
                "consent[c-2].categories",
                "record two refusals");
        ConsentRefusal item =
                refusal().categories(List.of()).addItems("s-court", "p-son").build();
        assertEquals(List.of("p-son", "s-court"), List.copyOf(item.getItems()));
        assertTrue(item.getCategories().isEmpty());
        Expect.rejects(
                InvalidPlanException.class,
                () -> refusal().categories(List.of()).addItems("my son").build(),
                "consent[c-2].items",
                "is not an identifier");
    }

    @Test
    void aRefusalOfItemsDecidesNoCategoryAndWithholdsItsItemsUntilLifted() {
        ConsentRefusal item = refusal().categories(List.of()).addItems("p-son").build();
        ConsentLedger ledger = ConsentLedger.of(List.of(item));
        Recipient to = item.getRecipient();
        Instant at = item.getRecordedAt();
        assertEquals(
                DecisionReason.NO_GRANT,
                ledger.decide(to, InformationCategory.PRIORITIES, Purpose.REFERRAL, at)
                        .getReason());
        assertEquals(java.util.Set.of(), ledger.withheld(to, at.minusSeconds(1)));
        assertEquals(java.util.Set.of("p-son"), ledger.withheld(to, at));
        assertEquals(java.util.Set.of(), ledger.withheld(Recipient.organisation("org-other"), at));
        ConsentLedger lifted = ledger.withAppended(ConsentRevocation.builder()
                .id("c-3")
                .revokes(item.getId())
                .given(ConsentMode.WRITTEN)
                .recordedBy("m-jo")
                .recordedAt(at.plusSeconds(60))
                .build());
        assertEquals(java.util.Set.of("p-son"), lifted.withheld(to, at.plusSeconds(59)));
        assertEquals(java.util.Set.of(), lifted.withheld(to, at.plusSeconds(60)));
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
