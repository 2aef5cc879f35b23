package org.pathways;

/**
 * Thrown when a JSON document cannot be read into a valid value: it is not well-formed, a field has
 * the wrong type or an unknown code, a required field is missing, or the value it describes breaks
 * a rule of the model.
 *
 * <p>The field is the JSON Pointer of the bad value (RFC 6901), and the message adds the line and
 * column, for example {@code /steps/2/history/1/status: unknown code: 6 characters of letters; known
 * codes are [...] (line 41, column 23)}. No part of a rejected value, of a string's content or of a
 * field name outside the wire format is ever repeated.
 *
 * <p>The line and column are where the bad value starts, except for a rule that is checked when a
 * whole object has been read (a step serving a priority the plan does not hold, a history that does
 * not follow the lifecycle): those are where that object starts, while the pointer still names the
 * value ({@code /steps/0/serves}).
 *
 * <p>Its {@linkplain #getCode() code} says what is wrong: {@link ErrorCode#MALFORMED} (not readable),
 * {@link ErrorCode#UNKNOWN_CODE}, {@link ErrorCode#LIMIT_EXCEEDED}, or, for a readable document that
 * describes a value breaking a rule of the model, the code of that rule ({@link ErrorCode#INVALID},
 * {@link ErrorCode#ILLEGAL_TRANSITION}, {@link ErrorCode#CONSENT_MISSING}).
 */
public final class MalformedDocumentException extends PathwaysException {
    private static final long serialVersionUID = 2L;

    /** The 1-based line of the bad value, or -1. */
    private final long line;
    /** The 1-based column of the bad value, or -1. */
    private final long column;

    /**
     * Creates an exception for a document that cannot be read, with the code
     * {@link ErrorCode#MALFORMED}.
     *
     * @param pointer the JSON Pointer of the bad value, {@code ""} for the whole document; not null
     * @param reason why, never containing any part of the input; not null
     * @param line the 1-based line of the bad value, or -1 when unknown
     * @param column the 1-based column of the bad value, or -1 when unknown
     * @param cause the underlying cause, or null; never one whose message repeats the input
     */
    public MalformedDocumentException(String pointer, String reason, long line, long column, Throwable cause) {
        this(ErrorCode.MALFORMED, pointer, reason, line, column, cause);
    }

    /**
     * Creates an exception of a given kind for a document that cannot be read.
     *
     * @param code the kind, such as {@link ErrorCode#LIMIT_EXCEEDED}; not null
     * @param pointer the JSON Pointer of the bad value, {@code ""} for the whole document; not null
     * @param reason why, never containing any part of the input; not null
     * @param line the 1-based line of the bad value, or -1 when unknown
     * @param column the 1-based column of the bad value, or -1 when unknown
     * @param cause the underlying cause, or null; never one whose message repeats the input
     */
    public MalformedDocumentException(
            ErrorCode code, String pointer, String reason, long line, long column, Throwable cause) {
        super(code, pointer, reason + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the 1-based line of the bad value, or of the object holding it for a rule checked when
     * the object is built.
     *
     * @return the line, or -1 when unknown
     */
    public long getLine() {
        return line;
    }

    /**
     * Returns the 1-based column of the bad value, or of the object holding it for a rule checked when
     * the object is built.
     *
     * @return the column, or -1 when unknown
     */
    public long getColumn() {
        return column;
    }
}
