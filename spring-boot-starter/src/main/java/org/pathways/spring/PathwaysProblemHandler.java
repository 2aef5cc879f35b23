package org.pathways.spring;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pathways.Coded;
import org.pathways.ErrorCode;
import org.pathways.PathwaysException;
import org.pathways.StaleRevisionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * The HTTP mapping of every error: the library's exceptions by their {@link org.pathways.ErrorCode}
 * and its documented status (409 stale, 404 unknown, 422 a broken rule, 400 malformed, 413 over a
 * limit, 503 the database), and Spring's own request errors as 400 {@code malformed}, each as an RFC 9457 problem that never repeats the rejected value.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PathwaysProblemHandler {
    /** Creates the handler; {@link PathwaysAutoConfiguration} registers it. */
    public PathwaysProblemHandler() {}

    /** The library's stable code of an exception, such as {@code stale_revision}. */
    static String codeOf(PathwaysException e) {
        return e.getCode().getCode();
    }

    /** The HTTP status the library documents for the exception's code. */
    static HttpStatus statusOf(PathwaysException e) {
        return HttpStatus.valueOf(e.getCode().getHttpStatus());
    }

    @ExceptionHandler(PathwaysException.class)
    ResponseEntity<ProblemDetail> pathways(PathwaysException e) {
        ProblemDetail problem = Problems.of(statusOf(e), codeOf(e), e.getField(), e.getReason());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
        if (e instanceof StaleRevisionException) {
            int latest = ((StaleRevisionException) e).getLatest();
            problem.setProperty("latestRevision", latest);
            response.header(HttpHeaders.ETAG, PlanRevisions.etag(latest));
        }
        return response.body(problem);
    }

    @ExceptionHandler(PlanRevisions.PreconditionRequired.class)
    ProblemDetail preconditionRequired(PlanRevisions.PreconditionRequired e) {
        return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "if_match_required", "If-Match", e.getMessage());
    }

    @ExceptionHandler(PlanRevisions.BadHeader.class)
    ProblemDetail badHeader(PlanRevisions.BadHeader e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed", e.header, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyLimitFilter.TooLarge) {
                return Problems.tooLarge(((BodyLimitFilter.TooLarge) t).max);
            }
            if (t instanceof PathwaysException) {
                PathwaysException p = (PathwaysException) t;
                String field = pointer(e.getCause(), p.getField());
                return Problems.of(statusOf(p), codeOf(p), field, p.getReason());
            }
            if (t instanceof UnrecognizedPropertyException) {
                // The pointer names where the unknown field is, never its name (it may be anything).
                String at = pointer(t, "");
                int slash = at.lastIndexOf('/');
                return Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "malformed",
                        slash <= 0 ? "/" : at.substring(0, slash),
                        "an unknown field");
            }
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed",
                pointer(e.getCause(), "/"),
                "the body is not a JSON document of the expected shape");
    }

    /** The JSON Pointer of a Jackson path, from the request's own field names. */
    private static String pointer(Throwable t, String inner) {
        if (!(t instanceof JsonMappingException)) {
            return inner.isEmpty() ? "/" : inner;
        }
        StringBuilder b = new StringBuilder();
        List<JsonMappingException.Reference> path = ((JsonMappingException) t).getPath();
        for (JsonMappingException.Reference r : path) {
            b.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        if (!inner.isEmpty() && !inner.equals("/")) {
            b.append(inner.startsWith("/") ? inner : "/" + inner);
        }
        return b.length() == 0 ? "/" : b.toString();
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(error(f.getField(), f.getDefaultMessage())));
        return constraints(errors);
    }

    /** Constraints on a body ({@code @Valid}) or a parameter, when Spring validates the whole method. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors) {
                ((ParameterErrors) result)
                        .getFieldErrors()
                        .forEach(f -> errors.add(error(f.getField(), f.getDefaultMessage())));
            } else {
                String name = String.valueOf(result.getMethodParameter().getParameterName());
                result.getResolvableErrors().forEach(r -> errors.add(error(name, r.getDefaultMessage())));
            }
        }
        return constraints(errors);
    }

    private static Map<String, String> error(String field, String reason) {
        return Map.of("field", field, "reason", String.valueOf(reason));
    }

    /** 400 with every broken constraint by field and reason (the constraint's message, never the value). */
    private static ProblemDetail constraints(List<Map<String, String>> errors) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed",
                errors.isEmpty() ? "/" : errors.get(0).get("field"),
                "the request breaks " + errors.size() + " constraint(s)");
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * A parameter that did not convert: {@code unknown_code} when it names none of a closed set's
     * codes, as {@code fromCode} says, {@code malformed} otherwise. The problem's {@code instance} is
     * the endpoint's path pattern ({@code /plans/{id}/steps/{kind}}), never the path as sent, which
     * would repeat a rejected path variable.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        boolean unknownCode = e.getRequiredType() != null && Coded.class.isAssignableFrom(e.getRequiredType());
        for (Throwable t = e.getCause(); t != null && !unknownCode; t = t.getCause()) {
            unknownCode = t instanceof CodedEnums.UnknownCode;
        }
        ProblemDetail problem = unknownCode
                ? Problems.of(
                        HttpStatus.BAD_REQUEST,
                        ErrorCode.UNKNOWN_CODE.getCode(),
                        e.getName(),
                        "not one of the known codes")
                : Problems.of(HttpStatus.BAD_REQUEST, "malformed", e.getName(), "not one of the accepted values");
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        problem.setInstance(
                URI.create(pattern instanceof String p ? UriUtils.encodePath(p, StandardCharsets.UTF_8) : "/"));
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed", e.getParameterName(), "is required");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed", e.getHeaderName(), "is required");
    }
}
