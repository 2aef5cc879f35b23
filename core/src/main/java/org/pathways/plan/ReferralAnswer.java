package org.pathways.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.internal.Checks;

/**
 * What an organisation that received a referral answers about it, such as {@code waitlisted until
 * 2026-04-01}: the referring agency applies it to its step, and the step's history keeps it.
 *
 * <pre>{@code
 * ReferralAnswer answer = ReferralAnswer.builder()
 *         .id("answer-1")
 *         .referral("disclosure-3")           // the packet's identifier
 *         .step("s-shelter")
 *         .from("org-harbour-house")
 *         .kind(AnswerKind.DECLINED)
 *         .reason(DeclineReason.REQUIRES_IDENTITY_DOCUMENTS)
 *         .at(Instant.parse("2026-03-12T14:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>A waitlist names the expected date or the wait in days (or both); an appointment names when,
 * and where unless the place is confidential; a decline names its reason. No other kind carries
 * these. Receiving an answer needs no consent: it brings news back and shares nothing.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReferralAnswer {
    /** The longest wait in days an answer may name: ten years. */
    public static final int MAX_WAIT_DAYS = 3650;

    ReferralAnswer() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the answer's identifier, given by the organisation that answers.
     *
     * @return the identifier, such as {@code answer-1}
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns the identifier of the referral packet this answers.
     *
     * @return the packet's identifier, which is its disclosure's, such as {@code disclosure-3}
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getReferral();

    /**
     * Returns the referring agency's step this answers.
     *
     * @return the step's identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getStep();

    /**
     * Returns the organisation that answers: the step's provider.
     *
     * @return the organisation's identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getFrom();

    /**
     * Returns what the organisation answered.
     *
     * @return the kind
     */
    @NotNull
    public abstract AnswerKind getKind();

    /**
     * Returns when the organisation answered.
     *
     * @return the instant
     */
    @NotNull
    public abstract Instant getAt();

    /**
     * Returns the date the organisation expects a place, for a waitlist.
     *
     * @return the date; only for {@link AnswerKind#WAITLISTED}
     */
    public abstract Optional<LocalDate> getExpected();

    /**
     * Returns the expected wait in days, for a waitlist.
     *
     * @return 0 to {@link #MAX_WAIT_DAYS}; only for {@link AnswerKind#WAITLISTED}
     */
    public abstract Optional<Integer> getWaitDays();

    /**
     * Returns when the first appointment is.
     *
     * @return the instant; present exactly for {@link AnswerKind#APPOINTMENT_SET}
     */
    public abstract Optional<Instant> getAppointmentAt();

    /**
     * Returns where the first appointment is, unless the place is confidential.
     *
     * @return the place, sensitive; only for {@link AnswerKind#APPOINTMENT_SET}, empty when confidential
     */
    public abstract Optional<SensitiveText> getPlace();

    /**
     * Returns why the organisation declined.
     *
     * @return the reason; present exactly for {@link AnswerKind#DECLINED}
     */
    public abstract Optional<DeclineReason> getReason();

    @Value.Check
    void check() {
        Checks.id("answer.id", getId());
        Checks.id("answer.referral", getReferral());
        Checks.id("answer.step", getStep());
        Checks.id("answer.from", getFrom());
        AnswerKind k = getKind();
        boolean waitlisted = k == AnswerKind.WAITLISTED;
        if (waitlisted && getExpected().isEmpty() && getWaitDays().isEmpty()) {
            Checks.fail("answer.expected", "a waitlist names the expected date or the wait in days");
        }
        only("answer.expected", getExpected().isPresent(), waitlisted);
        only("answer.waitDays", getWaitDays().isPresent(), waitlisted);
        getWaitDays().ifPresent(d -> {
            if (d < 0 || d > MAX_WAIT_DAYS) {
                Checks.fail("answer.waitDays", "must be 0 to " + MAX_WAIT_DAYS + " days, not " + d);
            }
        });
        boolean appointment = k == AnswerKind.APPOINTMENT_SET;
        if (appointment && getAppointmentAt().isEmpty()) {
            Checks.fail("answer.appointmentAt", "an appointment names when it is");
        }
        only("answer.appointmentAt", getAppointmentAt().isPresent(), appointment);
        only("answer.place", getPlace().isPresent(), appointment);
        boolean declined = k == AnswerKind.DECLINED;
        if (declined && getReason().isEmpty()) {
            Checks.fail("answer.reason", "a decline names its reason");
        }
        only("answer.reason", getReason().isPresent(), declined);
    }

    private void only(String field, boolean present, boolean allowed) {
        if (present && !allowed) {
            Checks.fail(field, "not part of an answer of kind " + getKind().getCode());
        }
    }

    /** Builds a {@link ReferralAnswer}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableReferralAnswer.Builder {
        Builder() {}
    }
}
