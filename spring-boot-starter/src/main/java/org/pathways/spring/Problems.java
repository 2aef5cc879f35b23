package org.pathways.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details carrying the library's error codes: {@code type} is {@code
 * urn:pathways:problem:<code>}, and the extension members {@code code} and {@code field} say what
 * and where, never the rejected value.
 */
final class Problems {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Problems() {}

    static ProblemDetail of(HttpStatus status, String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:pathways:problem:" + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    static ProblemDetail tooLarge(long max) {
        return of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "limit_exceeded",
                "body",
                "the request body is larger than the service's limit of " + max + " bytes");
    }

    /** Writes a problem where no controller runs (a filter). */
    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        MAPPER.writeValue(response.getOutputStream(), body);
    }
}
