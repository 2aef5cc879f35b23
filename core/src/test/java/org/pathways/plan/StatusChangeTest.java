package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class StatusChangeTest {
    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    void anAgreementRecordsHowItWasGiven() {
        StatusChange c = StatusChange.agreed(AT, "m-jo", AgreementMode.WRITTEN);
        assertEquals(StepStatus.AGREED, c.getStatus());
        assertEquals(Optional.of(AgreementMode.WRITTEN), c.getAgreement());
    }

    @Test
    void aDeclineCarriesItsReason() {
        StatusChange c = StatusChange.closed(StepStatus.DECLINED, ClosureReason.SOBRIETY_REQUIRED, AT, "m-jo");
        assertEquals(Optional.of(ClosureReason.SOBRIETY_REQUIRED), c.getReason());
    }

    @Test
    void rejectsADeclineWithoutReason() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> StatusChange.to(StepStatus.DECLINED, AT, "m-jo"),
                "history.reason",
                "a step that ends declined needs a reason");
    }

    @Test
    void rejectsAReasonOnAnOpenStatus() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> StatusChange.closed(StepStatus.ON_HOLD, ClosureReason.WAITLIST, AT, "m-jo"),
                "history.reason",
                "only declined or cancelled steps carry a reason, not on_hold");
    }

    @Test
    void rejectsACancellationForThePersonsChoice() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> StatusChange.closed(StepStatus.CANCELLED, ClosureReason.PERSONS_CHOICE, AT, "m-jo"),
                "history.reason",
                "recorded as declined, not cancelled");
    }

    @Test
    void rejectsAnAgreementOnAnotherStatus() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> StatusChange.builder()
                        .status(StepStatus.IN_PROGRESS)
                        .at(AT)
                        .recordedBy("m-jo")
                        .agreement(AgreementMode.VERBAL)
                        .build(),
                "history.agreement",
                "not in_progress");
    }

    @Test
    void rejectsAnActorThatIsNotAnIdentifier() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> StatusChange.proposed(AT, "Jo Smith"),
                "history.recordedBy",
                "is not an identifier (1 to 64 of A-Z a-z 0-9 . _ : -, starting with a letter or digit): 8 characters of letters and spaces");
    }
}
