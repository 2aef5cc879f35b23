package org.pathways;

import java.util.Objects;

/**
 * The root of every exception this library throws on purpose, so that an embedding application can
 * catch one type and answer by its {@linkplain #getCode() code}.
 *
 * <p>Every exception carries a stable {@link ErrorCode} ({@code not_found}, {@code stale_revision},
 * {@code invalid}, …) with the HTTP status a service would answer, the field or JSON Pointer the
 * problem is about, and the reason, for example {@code priorities: rank 4 is out of range 1..3}.
 * Branch on the code; the reason is for people and may be reworded.
 *
 * <p>No message, reason, field or {@code toString()} contains any part of a value the library
 * rejected, nor the content of a {@link SensitiveText}: a rejected value is described by its shape
 * ({@code is not an identifier: 31 characters of letters, digits, spaces and other characters}),
 * because whatever a person typed into the wrong field can be their story. The same holds for the
 * cause, when there is one. Subtypes tell apart the cases a caller handles differently: a broken
 * rule or a missing identifier ({@link InvalidPlanException}), input that cannot be read
 * ({@link MalformedDocumentException}), a code that is not one of a closed set's
 * ({@link UnknownCodeException}), and a change prepared against an old revision
 * ({@link StaleRevisionException}).
 *
 * @implSpec Instances are immutable once thrown.
 */
public abstract class PathwaysException extends RuntimeException {
    private static final long serialVersionUID = 2L;

    /** The stable kind of the problem. */
    private final ErrorCode code;
    /** The field or path the problem is about. */
    private final String field;
    /** Why the value was not accepted. */
    private final String reason;

    /**
     * Creates an exception about one field.
     *
     * @param code the stable kind of the problem; not null
     * @param field the field or path the problem is about, such as {@code steps[s-2].history}; not null
     * @param reason why the value is not accepted, without any part of the rejected value or of
     *     sensitive text; not null
     * @param cause the underlying cause, or null; its messages are held to the same rule
     */
    protected PathwaysException(ErrorCode code, String field, String reason, Throwable cause) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.reason = reason;
    }

    /**
     * Returns the stable, machine-readable kind of the problem, listed in {@code docs/errors.md} with
     * the HTTP status a service would answer.
     *
     * @return the code, such as {@link ErrorCode#NOT_FOUND}; never null
     */
    public ErrorCode getCode() {
        return code;
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
     * @return the reason; never null, never containing the rejected value or sensitive text
     */
    public String getReason() {
        return reason;
    }

    /**
     * Returns the class, the code, the field and the reason, such as {@code
     * org.pathways.InvalidPlanException [not_found]: steps: no step has this identifier}.
     *
     * @return a description safe to log
     */
    @Override
    public String toString() {
        return getClass().getName() + " [" + code.getCode() + "]: " + getMessage();
    }
}
