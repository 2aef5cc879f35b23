package org.pathways;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a value or a change would break a rule of the care-plan model (duplicate ranks, a step
 * that serves no priority, an illegal status change, a reference to someone who is not on the team),
 * or when an operation names something the plan does not hold (code {@code not_found}).
 *
 * <p>Example message: {@code steps[s-3].history: cannot move from completed to in_progress:
 * completed is terminal}, with the code {@link ErrorCode#ILLEGAL_TRANSITION}. The code tells the
 * cases apart: {@link ErrorCode#INVALID} for a broken rule, {@link ErrorCode#NOT_FOUND} for an
 * unknown identifier, {@link ErrorCode#ILLEGAL_TRANSITION} and {@link ErrorCode#CONSENT_MISSING}.
 */
public final class InvalidPlanException extends PathwaysException {
    private static final long serialVersionUID = 2L;

    /** The JSON Pointer of the bad value within the checked value's document form, or null. */
    private final String pointer;

    /**
     * Creates an exception for a broken rule, with the code {@link ErrorCode#INVALID}.
     *
     * @param field the field the rule is about; not null
     * @param reason why, never containing the rejected value or sensitive text; not null
     */
    public InvalidPlanException(String field, String reason) {
        this(ErrorCode.INVALID, field, null, reason);
    }

    /**
     * Creates an exception of a given kind.
     *
     * @param code the kind, such as {@link ErrorCode#NOT_FOUND}; not null
     * @param field the field the rule is about; not null
     * @param reason why, never containing the rejected value or sensitive text; not null
     */
    public InvalidPlanException(ErrorCode code, String field, String reason) {
        this(code, field, null, reason);
    }

    /**
     * Creates an exception of a given kind that also knows where the bad value sits in the checked
     * value's JSON form, so that a reader reports it there: a step of a plan that serves a priority
     * the plan does not hold is at {@code /steps/3/serves/0}.
     *
     * @param code the kind; not null
     * @param field the field the rule is about, such as {@code steps[s-4].serves}; not null
     * @param pointer the JSON Pointer of the bad value relative to the checked value, such as
     *     {@code /steps/3/serves/0}; null when unknown
     * @param reason why, never containing the rejected value or sensitive text; not null
     */
    public InvalidPlanException(ErrorCode code, String field, String pointer, String reason) {
        super(code, field, reason, null);
        this.pointer = pointer;
    }

    /**
     * Creates an exception for a value whose builder is missing required attributes; the generated
     * builders call it with a message such as {@code Cannot build Priority, some of required
     * attributes are not set [statement]}, which becomes the field {@code statement} and the reason
     * {@code required but not set (Priority)}, with the code {@link ErrorCode#INVALID}.
     *
     * @param builderMessage the builder's message; not null
     */
    public InvalidPlanException(String builderMessage) {
        this(ErrorCode.INVALID, missing(builderMessage), null, "required but not set (" + type(builderMessage) + ")");
    }

    /**
     * Returns where the bad value sits in the JSON form of the value whose rule it breaks, when the
     * rule knows it. A reader adds it to the pointer of that value.
     *
     * @return the relative JSON Pointer, such as {@code /steps/3/serves/0}; empty when unknown
     */
    public Optional<String> getPointer() {
        return Optional.ofNullable(pointer);
    }

    private static String missing(String message) {
        Objects.requireNonNull(message, "builderMessage");
        int open = message.lastIndexOf('[');
        int close = message.lastIndexOf(']');
        return open >= 0 && close > open ? message.substring(open + 1, close) : "builder";
    }

    private static String type(String message) {
        String prefix = "Cannot build ";
        int comma = message.indexOf(',');
        return message.startsWith(prefix) && comma > prefix.length()
                ? message.substring(prefix.length(), comma)
                : message;
    }
}
