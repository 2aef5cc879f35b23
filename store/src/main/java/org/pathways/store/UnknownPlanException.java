package org.pathways.store;

import org.pathways.ErrorCode;
import org.pathways.PathwaysException;

/**
 * Thrown when the store holds no plan, or no revision, by the identifier asked for — including a plan
 * that was erased. Its code is {@link ErrorCode#NOT_FOUND}: a service answers it with 404.
 *
 * <p>Example message: {@code plan: no plan plan-7a41 in the store}.
 */
public final class UnknownPlanException extends PathwaysException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field the identifier came from, such as {@code plan} or {@code revision}
     * @param reason what is missing, in identifiers only
     */
    public UnknownPlanException(String field, String reason) {
        super(ErrorCode.NOT_FOUND, field, reason, null);
    }
}
