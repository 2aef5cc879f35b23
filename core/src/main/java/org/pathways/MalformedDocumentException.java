package org.pathways;

/**
 * Thrown when a JSON document cannot be read into a valid value: it is not well-formed, a field has
 * the wrong type or an unknown code, a required field is missing, or the value it describes breaks
 * a rule of the model.
 *
 * <p>The field is the JSON Pointer of the bad value (RFC 6901), and the message adds the line and
 * column, for example {@code /steps/2/history/1/status: unknown code 'paused' (line 41, column 23)}.
 * The content of a sensitive field is never quoted.
 */
public final class MalformedDocumentException extends PathwaysException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the bad value, or -1. */
    private final long line;
    /** The 1-based column of the bad value, or -1. */
    private final long column;

    /**
     * Creates an exception for a document that cannot be read.
     *
     * @param pointer the JSON Pointer of the bad value, {@code ""} for the whole document; not null
     * @param reason why, never containing sensitive text; not null
     * @param line the 1-based line of the bad value, or -1 when unknown
     * @param column the 1-based column of the bad value, or -1 when unknown
     * @param cause the underlying cause, or null
     */
    public MalformedDocumentException(String pointer, String reason, long line, long column, Throwable cause) {
        super(pointer, reason + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the 1-based line of the bad value.
     *
     * @return the line, or -1 when unknown
     */
    public long getLine() {
        return line;
    }

    /**
     * Returns the 1-based column of the bad value.
     *
     * @return the column, or -1 when unknown
     */
    public long getColumn() {
        return column;
    }
}
