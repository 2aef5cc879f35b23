package org.pathways.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * One entry in a step's status history: the status it moved to, when, and who recorded it, such as
 * {@code agreed at 2026-03-02T15:20:00Z by m-jo (verbal)}.
 *
 * <pre>{@code
 * StatusChange.proposed(at, "m-jo");
 * StatusChange.agreed(at, "m-jo", AgreementMode.VERBAL);
 * StatusChange.to(StepStatus.IN_PROGRESS, at, "m-jo");
 * StatusChange.closed(StepStatus.DECLINED, ClosureReason.PERSONS_CHOICE, at, "m-jo");
 * }</pre>
 *
 * <p>The agreement is present exactly when the step leaves {@code PROPOSED} for {@code AGREED}; a
 * reason is present exactly when the status is {@code DECLINED} or {@code CANCELLED}, and a
 * cancellation is never the person's choice (that is a decline).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusChange {
    StatusChange() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the first entry of every step's history.
     *
     * @param at when it was proposed
     * @param by who proposed it
     * @return the change
     */
    public static StatusChange proposed(Instant at, String by) {
        return builder().status(StepStatus.PROPOSED).at(at).recordedBy(by).build();
    }

    /**
     * Returns the record of the person's agreement to a proposed step.
     *
     * @param at when the person agreed
     * @param by who recorded it
     * @param mode how the person agreed
     * @return the change
     */
    public static StatusChange agreed(Instant at, String by, AgreementMode mode) {
        return builder()
                .status(StepStatus.AGREED)
                .at(at)
                .recordedBy(by)
                .agreement(mode)
                .build();
    }

    /**
     * Returns a move to a status that needs neither agreement nor reason.
     *
     * @param status {@code AGREED} (resuming from hold), {@code IN_PROGRESS}, {@code ON_HOLD} or
     *     {@code COMPLETED}
     * @param at when
     * @param by who recorded it
     * @return the change
     */
    public static StatusChange to(StepStatus status, Instant at, String by) {
        return builder().status(status).at(at).recordedBy(by).build();
    }

    /**
     * Returns a move to {@code DECLINED} or {@code CANCELLED} with its reason.
     *
     * @param status {@code DECLINED} or {@code CANCELLED}
     * @param reason why
     * @param at when
     * @param by who recorded it
     * @return the change
     */
    public static StatusChange closed(StepStatus status, ClosureReason reason, Instant at, String by) {
        return builder().status(status).reason(reason).at(at).recordedBy(by).build();
    }

    /**
     * Returns the change an organisation's answer to a referral makes, at the answer's time.
     *
     * @param answer the answer
     * @param status the status the step has after it: one of the answer kind's
     *     {@linkplain AnswerKind#getResultingStatuses() resulting statuses}
     * @param by who recorded it at the referring agency
     * @return the change, with the reason the answer's kind closes the step with
     */
    public static StatusChange answered(ReferralAnswer answer, StepStatus status, String by) {
        Builder b = builder().status(status).at(answer.getAt()).recordedBy(by).answer(answer);
        if (answer.getKind() == AnswerKind.DECLINED) {
            b.reason(answer.getReason().get().getClosureReason());
        } else if (answer.getKind() == AnswerKind.WITHDREW) {
            b.reason(ClosureReason.PERSONS_CHOICE);
        }
        return b.build();
    }

    /**
     * Returns the status the step moved to.
     *
     * @return the status
     */
    @NotNull
    public abstract StepStatus getStatus();

    /**
     * Returns when the change happened.
     *
     * @return the instant
     */
    @NotNull
    public abstract Instant getAt();

    /**
     * Returns who recorded the change: a team member's identifier, or another actor known to the host
     * system. Former members keep their place here.
     *
     * @return the actor's identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getRecordedBy();

    /**
     * Returns how the person gave their agreement, on the change from {@code PROPOSED} to
     * {@code AGREED}.
     *
     * @return the mode; empty on every other change
     */
    public abstract Optional<AgreementMode> getAgreement();

    /**
     * Returns why the step was declined or cancelled.
     *
     * @return the reason; present exactly for {@code DECLINED} and {@code CANCELLED}
     */
    public abstract Optional<ClosureReason> getReason();

    /**
     * Returns the answer of the organisation a referral went to, when this change records one. An
     * answer may leave the status as it was (a referral received while in progress), and its kind
     * decides the status and reason: a decline cancels with its {@link DeclineReason}'s closure
     * reason, the person withdrawing declines as her choice.
     *
     * @return the answer; empty for a change made by the agency itself
     */
    public abstract Optional<@jakarta.validation.Valid ReferralAnswer> getAnswer();

    @Value.Check
    void check() {
        Checks.id("history.recordedBy", getRecordedBy());
        StepStatus s = getStatus();
        boolean closing = s == StepStatus.DECLINED || s == StepStatus.CANCELLED;
        if (closing && getReason().isEmpty()) {
            Checks.fail("history.reason", "a step that ends " + s.getCode() + " needs a reason");
        }
        if (!closing && getReason().isPresent()) {
            Checks.fail("history.reason", "only declined or cancelled steps carry a reason, not " + s.getCode());
        }
        if (s == StepStatus.CANCELLED && getReason().get() == ClosureReason.PERSONS_CHOICE) {
            Checks.fail("history.reason", "the person's choice is recorded as declined, not cancelled");
        }
        if (getAgreement().isPresent() && s != StepStatus.AGREED) {
            Checks.fail("history.agreement", "an agreement belongs only to a change to agreed, not " + s.getCode());
        }
        if (getAnswer().isPresent()) {
            checkAnswer(getAnswer().get(), s);
        }
    }

    private void checkAnswer(ReferralAnswer a, StepStatus s) {
        if (!a.getKind().getResultingStatuses().contains(s)) {
            Checks.fail(
                    "history.answer",
                    "an answer " + a.getKind().getCode() + " leaves a step "
                            + a.getKind().getResultingStatuses().stream()
                                    .map(StepStatus::getCode)
                                    .toList() + ", not " + s.getCode());
        }
        Optional<ClosureReason> reason = switch (a.getKind()) {
            case DECLINED -> a.getReason().map(DeclineReason::getClosureReason);
            case WITHDREW -> Optional.of(ClosureReason.PERSONS_CHOICE);
            default -> Optional.empty();
        };
        if (!reason.equals(getReason())) {
            Checks.fail(
                    "history.reason",
                    "an answer " + a.getKind().getCode() + " closes the step with "
                            + reason.map(ClosureReason::getCode).orElse("no reason"));
        }
        if (getAt().isBefore(a.getAt())) {
            Checks.fail("history.at", "a change that records an answer is not before the answer");
        }
    }

    /** Builds a {@link StatusChange}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableStatusChange.Builder {
        Builder() {}
    }
}
