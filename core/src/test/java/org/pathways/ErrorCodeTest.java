package org.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    /** The published codes and their HTTP statuses: changing one breaks every embedder that branches on it. */
    private static final Map<String, Integer> PUBLISHED = new LinkedHashMap<>();

    static {
        PUBLISHED.put("malformed", 400);
        PUBLISHED.put("unknown_code", 400);
        PUBLISHED.put("limit_exceeded", 413);
        PUBLISHED.put("invalid", 422);
        PUBLISHED.put("illegal_transition", 422);
        PUBLISHED.put("consent_missing", 422);
        PUBLISHED.put("not_found", 404);
        PUBLISHED.put("stale_revision", 409);
        PUBLISHED.put("unavailable", 503);
        PUBLISHED.put("override_not_authorised", 403);
    }

    @Test
    void everyCodeAndItsHttpStatusArePinned() {
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (ErrorCode c : ErrorCode.values()) {
            actual.put(c.getCode(), c.getHttpStatus());
        }
        assertEquals(PUBLISHED, actual);
    }

    @Test
    void aCodeIsReadBackFromItsWireCode() {
        for (ErrorCode c : ErrorCode.values()) {
            assertSame(c, ErrorCode.fromCode(c.getCode()));
        }
        UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> ErrorCode.fromCode("gone"));
        assertEquals("ErrorCode", e.getField());
        assertEquals(ErrorCode.UNKNOWN_CODE, e.getCode());
    }

    @Test
    void docsErrorsListsEveryCodeWithItsStatus() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "errors.md"));
        for (ErrorCode c : ErrorCode.values()) {
            assertTrue(
                    doc.contains("| `" + c.getCode() + "` | " + c.getHttpStatus() + " |"),
                    () -> "docs/errors.md does not list " + c.getCode() + " with " + c.getHttpStatus());
        }
        // and the other way: every row of the table is a code the library has
        Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\| (\\d{3}) \\|")
                .matcher(doc.substring(doc.indexOf("## The codes")));
        List<String> listed = new ArrayList<>();
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertEquals(
                Arrays.stream(ErrorCode.values())
                        .map(ErrorCode::getCode)
                        .sorted()
                        .toList(),
                listed.stream().sorted().toList(),
                "the codes docs/errors.md lists");
    }
}
