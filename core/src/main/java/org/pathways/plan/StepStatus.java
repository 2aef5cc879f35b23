package org.pathways.plan;

import java.util.EnumSet;
import java.util.Set;
import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * Where a plan step stands in its lifecycle:
 *
 * <pre>
 * PROPOSED → AGREED → IN_PROGRESS → COMPLETED
 *              ↕           ↕
 *            ON_HOLD ──────┘
 * any open status → DECLINED (the person's choice) or CANCELLED (the provider cannot deliver)
 * </pre>
 *
 * <p>A step leaves {@code PROPOSED} for {@code AGREED} only with the person's agreement recorded;
 * {@code COMPLETED}, {@code DECLINED} and {@code CANCELLED} are terminal.
 */
public enum StepStatus implements Coded {
    /** Suggested, not yet agreed by the person. Code {@code proposed}. */
    PROPOSED("proposed"),
    /** The person agreed to it. Code {@code agreed}. */
    AGREED("agreed"),
    /** Under way. Code {@code in_progress}. */
    IN_PROGRESS("in_progress"),
    /** Paused; it can resume. Code {@code on_hold}. */
    ON_HOLD("on_hold"),
    /** Done. Terminal. Code {@code completed}. */
    COMPLETED("completed"),
    /** The person chose not to go ahead: a respected outcome. Terminal. Code {@code declined}. */
    DECLINED("declined"),
    /** The provider could not deliver it. Terminal. Code {@code cancelled}. */
    CANCELLED("cancelled");

    private final String code;

    StepStatus(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Asks whether no status can follow this one.
     *
     * @return true for {@code COMPLETED}, {@code DECLINED} and {@code CANCELLED}
     */
    public boolean isTerminal() {
        return this == COMPLETED || this == DECLINED || this == CANCELLED;
    }

    /**
     * Returns the statuses a step in this status may move to.
     *
     * @return the legal next statuses; empty for a terminal status
     */
    public Set<StepStatus> next() {
        switch (this) {
            case PROPOSED:
                return EnumSet.of(AGREED, DECLINED, CANCELLED);
            case AGREED:
                return EnumSet.of(IN_PROGRESS, ON_HOLD, DECLINED, CANCELLED);
            case IN_PROGRESS:
                return EnumSet.of(COMPLETED, ON_HOLD, DECLINED, CANCELLED);
            case ON_HOLD:
                return EnumSet.of(AGREED, IN_PROGRESS, DECLINED, CANCELLED);
            default:
                return EnumSet.noneOf(StepStatus.class);
        }
    }

    /**
     * Asks whether a step may move from this status to another.
     *
     * @param to the status to move to
     * @return true when the lifecycle allows it
     */
    public boolean canMoveTo(StepStatus to) {
        return next().contains(to);
    }

    /**
     * Returns the status with the given wire code.
     *
     * @param code the code, such as {@code in_progress}
     * @return the status
     * @throws org.pathways.UnknownCodeException if no status has that code
     */
    public static StepStatus fromCode(String code) {
        return Codes.fromCode(StepStatus.class, code);
    }
}
