package org.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MalformedDocumentExceptionTest {
    @Test
    void isMalformedUnlessToldOtherwise() {
        MalformedDocumentException e = new MalformedDocumentException("/steps/0", "expected an object", 3, 7, null);
        assertEquals(ErrorCode.MALFORMED, e.getCode());
        assertEquals("/steps/0", e.getField());
        assertEquals("/steps/0: expected an object (line 3, column 7)", e.getMessage());
        assertEquals(3, e.getLine());
        assertEquals(7, e.getColumn());
    }

    @Test
    void carriesTheCodeItIsGiven() {
        MalformedDocumentException e = new MalformedDocumentException(
                ErrorCode.LIMIT_EXCEEDED, "", "limit exceeded: the line is longer than 10 bytes", 2, -1, null);
        assertEquals(ErrorCode.LIMIT_EXCEEDED, e.getCode());
        assertEquals(413, e.getCode().getHttpStatus());
        assertEquals(": limit exceeded: the line is longer than 10 bytes (line 2, column -1)", e.getMessage());
    }
}
