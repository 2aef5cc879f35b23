package org.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pathways.plan.StepStatus;

class UnknownCodeExceptionTest {
    @Test
    void aBadQueryParameterIsAnUnknownCodeNotAnInvalidPlan() {
        PathwaysException e = assertThrows(PathwaysException.class, () -> StepStatus.fromCode("paused"));
        assertInstanceOf(UnknownCodeException.class, e);
        assertEquals(ErrorCode.UNKNOWN_CODE, e.getCode());
        assertEquals(400, e.getCode().getHttpStatus());
        assertEquals("StepStatus", e.getField());
        assertEquals(
                "unknown code: 6 characters of letters; known codes are [agreed, cancelled, completed, declined,"
                        + " in_progress, on_hold, proposed]",
                e.getReason());
    }

    @Test
    void neverRepeatsTheRejectedCode() {
        String words = "my uncle sold me to a man in Sudbury";
        UnknownCodeException e =
                assertThrows(UnknownCodeException.class, () -> org.pathways.priority.PriorityCategory.fromCode(words));
        for (String part : words.split(" ")) {
            if (part.length() >= 4) {
                assertFalse(e.getMessage().contains(part), e::getMessage);
                assertFalse(e.toString().contains(part), e::toString);
            }
        }
    }

    @Test
    void showsItsCodeInToString() {
        assertEquals(
                "org.pathways.UnknownCodeException [unknown_code]: Domain: unknown code: 1 character of letters;"
                        + " known codes are [emotional, physical, psychological, spiritual]",
                assertThrows(UnknownCodeException.class, () -> org.pathways.priority.Domain.fromCode("x"))
                        .toString());
    }
}
