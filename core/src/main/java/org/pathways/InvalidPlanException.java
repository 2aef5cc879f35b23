package org.pathways;

/**
 * Thrown when a value or a change would break a rule of the care-plan model: duplicate ranks, a step
 * that serves no priority, an illegal status change, a reference to someone who is not on the team.
 *
 * <p>Example message: {@code steps[s-3]: cannot move from completed to in_progress: completed is
 * terminal}.
 */
public final class InvalidPlanException extends PathwaysException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a broken rule.
     *
     * @param field the field the rule is about; not null
     * @param reason why, never containing sensitive text; not null
     */
    public InvalidPlanException(String field, String reason) {
        super(field, reason, null);
    }

    /**
     * Creates an exception for a value whose builder is missing required attributes; the generated
     * builders call it with a message such as {@code Cannot build Priority, some of required
     * attributes are not set [statement]}, which becomes the field {@code statement} and the reason
     * {@code required but not set (Priority)}.
     *
     * @param builderMessage the builder's message; not null
     */
    public InvalidPlanException(String builderMessage) {
        super(missing(builderMessage), "required but not set (" + type(builderMessage) + ")", null);
    }

    private static String missing(String message) {
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
