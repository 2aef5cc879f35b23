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
}
