package org.pathways;

import java.util.Arrays;
import java.util.Objects;
import org.pathways.internal.base.Strings;

/**
 * The stable, machine-readable kind of a {@link PathwaysException}, such as {@code not_found} for a
 * step identifier that is not in the plan, with the HTTP status a service would answer.
 *
 * <p>An embedder branches on the code, never on a message: messages may be reworded, codes never
 * change once published. {@code docs/errors.md} lists every code with examples.
 *
 * <pre>{@code
 * try {
 *     plan = plan.markStep(stepId, StepStatus.IN_PROGRESS, edit);
 * } catch (PathwaysException e) {
 *     return ResponseEntity.status(e.getCode().getHttpStatus()).body(Map.of("code", e.getCode().getCode()));
 * }
 * }</pre>
 */
public enum ErrorCode implements Coded {
    /**
     * The input is not a readable document: not well-formed JSON, not UTF-8 text, a value of the
     * wrong JSON type, an unknown, repeated or {@code null} field, or a required field missing. Code
     * {@code malformed}, HTTP 400.
     */
    MALFORMED("malformed", 400),
    /**
     * A code that is not one of a closed set's codes, from a document or from
     * {@code fromCode(String)} (a query parameter, say). Code {@code unknown_code}, HTTP 400.
     */
    UNKNOWN_CODE("unknown_code", 400),
    /**
     * The input is larger than a {@code ReadLimits} allows: the document, a string, a number, the
     * nesting, or a collection. Code {@code limit_exceeded}, HTTP 413.
     */
    LIMIT_EXCEEDED("limit_exceeded", 413),
    /**
     * A value or a change breaks a rule of the model: a step that serves no priority, a reference to
     * a member who is not on the team, an identifier that is not one. Code {@code invalid}, HTTP 422.
     */
    INVALID("invalid", 422),
    /**
     * A status change the step lifecycle does not allow, or one asked of the wrong operation (a step
     * is declined with {@code declineStep}, not {@code markStep}). Code {@code illegal_transition},
     * HTTP 422.
     */
    ILLEGAL_TRANSITION("illegal_transition", 422),
    /**
     * Something would be shared, or a step would go ahead, without the person's consent for that
     * recipient and purpose at that time. Code {@code consent_missing}, HTTP 422.
     */
    CONSENT_MISSING("consent_missing", 422),
    /**
     * An operation names something that is not there: a step, priority, member or disclosure
     * identifier, or a revision number. Code {@code not_found}, HTTP 404.
     */
    NOT_FOUND("not_found", 404),
    /**
     * A change was prepared against a revision that is no longer the latest: reload the latest
     * revision and prepare the change again. Code {@code stale_revision}, HTTP 409.
     */
    STALE_REVISION("stale_revision", 409),
    /**
     * Something the library relies on, such as the database of {@code pathways-store}, failed for a
     * reason that is not the caller's input; nothing was half-written and the caller may retry later.
     * Code {@code unavailable}, HTTP 503.
     */
    UNAVAILABLE("unavailable", 503),
    /**
     * A disclosure without the person's consent (imminent risk, a legal duty, a court order) was
     * decided in a role that the agency's consent policy does not authorise to decide one, or names
     * no role. Code {@code override_not_authorised}, HTTP 403.
     */
    OVERRIDE_NOT_AUTHORISED("override_not_authorised", 403);

    private final String code;
    private final int httpStatus;

    ErrorCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /**
     * Returns the stable wire code, declared here and never derived from the constant's name.
     *
     * @return the code, such as {@code stale_revision}
     */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the HTTP status a service would answer with for an error of this kind.
     *
     * @return the status: 400, 403, 404, 409, 413, 422 or 503
     */
    public int getHttpStatus() {
        return httpStatus;
    }

    /**
     * Returns the error code with the given wire code, as an embedder's client reads it back.
     *
     * @param code the code, such as {@code not_found}
     * @return the error code
     * @throws UnknownCodeException if no error code has that code
     */
    public static ErrorCode fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ErrorCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new UnknownCodeException(
                "ErrorCode",
                Strings.unknownCode(
                        code, Arrays.stream(values()).map(ErrorCode::getCode).toList()));
    }
}
