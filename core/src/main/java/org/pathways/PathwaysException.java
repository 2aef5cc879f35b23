package org.pathways;

import java.util.Objects;

/**
 * The root of every exception this library throws on purpose, so that an embedding application can
 * catch one type.
 *
 * <p>A message names the field, the value when it is not sensitive, and the reason, for example
 * {@code priorities: rank 4 is out of range 1..3}. A message never contains the content of a
 * {@link SensitiveText}. Subtypes tell apart the cases a caller handles differently: a broken rule
 * ({@link InvalidPlanException}), malformed input ({@link MalformedDocumentException}) and a change
 * prepared against an old revision ({@link StaleRevisionException}).
 *
 * @implSpec Instances are immutable once thrown.
 */
public abstract class PathwaysException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The field or path the problem is about. */
    private final String field;
    /** Why the value was not accepted. */
    private final String reason;

    /**
     * Creates an exception about one field.
     *
     * @param field the field or path the problem is about, such as {@code steps[s-2].history}; not null
     * @param reason why the value is not accepted, without any sensitive text; not null
     * @param cause the underlying cause, or null
     */
    protected PathwaysException(String field, String reason, Throwable cause) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.field = field;
        this.reason = reason;
    }

    /**
     * Returns the field or path the problem is about.
     *
     * @return the field, such as {@code priorities[2].rank}; never null
     */
    public String getField() {
        return field;
    }

    /**
     * Returns why the value was not accepted, without the field name.
     *
     * @return the reason; never null and never containing sensitive text
     */
    public String getReason() {
        return reason;
    }
}
