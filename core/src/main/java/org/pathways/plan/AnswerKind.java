package org.pathways.plan;

import java.util.EnumSet;
import java.util.Set;
import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * What an organisation answered to a referral: the kinds of {@link ReferralAnswer}, each with the
 * status it moves the referring agency's step to.
 *
 * <pre>
 * received         the step keeps its status (in progress or on hold)
 * accepted         → in_progress
 * waitlisted       → on_hold (with the expected date or the wait)
 * appointment_set  → in_progress (with when, and where unless confidential)
 * declined         → cancelled, with the closure reason of its {@link DeclineReason}
 * completed        → completed
 * withdrew         → declined, the person's choice
 * </pre>
 */
public enum AnswerKind implements Coded {
    /** The organisation has the referral and will look at it. Code {@code received}. */
    RECEIVED("received"),
    /** The organisation will serve the person. Code {@code accepted}. */
    ACCEPTED("accepted"),
    /** The person is on the organisation's waitlist. Code {@code waitlisted}. */
    WAITLISTED("waitlisted"),
    /** A first appointment is set. Code {@code appointment_set}. */
    APPOINTMENT_SET("appointment_set"),
    /** The organisation cannot serve the person, for a {@link DeclineReason}. Code {@code declined}. */
    DECLINED("declined"),
    /** The service was delivered. Code {@code completed}. */
    COMPLETED("completed"),
    /** The person chose not to go on with this organisation: a respected outcome. Code {@code withdrew}. */
    WITHDREW("withdrew");

    private final String code;

    AnswerKind(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the statuses a step may have after an answer of this kind.
     *
     * @return the statuses: for {@code RECEIVED} in progress or on hold, one status for every other kind
     */
    public Set<StepStatus> getResultingStatuses() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(StepStatus.IN_PROGRESS, StepStatus.ON_HOLD);
            case ACCEPTED, APPOINTMENT_SET -> EnumSet.of(StepStatus.IN_PROGRESS);
            case WAITLISTED -> EnumSet.of(StepStatus.ON_HOLD);
            case DECLINED -> EnumSet.of(StepStatus.CANCELLED);
            case COMPLETED -> EnumSet.of(StepStatus.COMPLETED);
            case WITHDREW -> EnumSet.of(StepStatus.DECLINED);
        };
    }

    /**
     * Returns the kind with the given wire code.
     *
     * @param code the code, such as {@code appointment_set}
     * @return the kind
     * @throws org.pathways.InvalidPlanException if no kind has that code
     */
    public static AnswerKind fromCode(String code) {
        return Codes.fromCode(AnswerKind.class, code);
    }
}
