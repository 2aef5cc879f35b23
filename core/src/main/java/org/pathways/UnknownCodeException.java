package org.pathways;

/**
 * Thrown by a closed set's {@code fromCode(String)} when no constant has the given code, as when a
 * service reads a query parameter such as {@code ?status=paused}: a bad parameter, not an invalid
 * plan. Its code is {@link ErrorCode#UNKNOWN_CODE} (HTTP 400).
 *
 * <p>The field is the closed set's name and the reason lists the known codes; the rejected code itself
 * is never repeated, only its shape: {@code StepStatus: unknown code: 6 characters of letters; known
 * codes are [agreed, cancelled, completed, declined, in_progress, on_hold, proposed]}. A code read
 * from a document is reported as a {@link MalformedDocumentException} with the same code.
 */
public final class UnknownCodeException extends PathwaysException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for an unknown code.
     *
     * @param field the closed set, such as {@code StepStatus}; not null
     * @param reason why, listing the known codes and never the rejected one; not null
     */
    public UnknownCodeException(String field, String reason) {
        super(ErrorCode.UNKNOWN_CODE, field, reason, null);
    }
}
