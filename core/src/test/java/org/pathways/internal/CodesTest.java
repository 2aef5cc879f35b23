package org.pathways.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.pathways.ErrorCode;
import org.pathways.UnknownCodeException;
import org.pathways.plan.StepKind;
import org.pathways.testing.Expect;

class CodesTest {
    @Test
    void everyCodeIsFoundFromItsCharactersAnywhereInABuffer() {
        for (StepKind k : StepKind.values()) {
            char[] buffer = ("xx" + k.getCode() + "yy").toCharArray();
            assertEquals(
                    k, Codes.fromCode(StepKind.class, buffer, 2, k.getCode().length()));
            assertEquals(k, Codes.fromCode(StepKind.class, k.getCode()));
        }
    }

    @Test
    void aPrefixALongerTextOrAnotherCaseIsNotACode() {
        char[] buffer = "referrals".toCharArray();
        assertNull(Codes.fromCode(StepKind.class, buffer, 0, 7)); // "referra"
        assertNull(Codes.fromCode(StepKind.class, buffer, 0, 9)); // "referrals"
        assertNull(Codes.fromCode(StepKind.class, "REFERRAL".toCharArray(), 0, 8));
        assertEquals(StepKind.REFERRAL, Codes.fromCode(StepKind.class, buffer, 0, 8));
    }

    @Test
    void anUnknownCodeIsAnUnknownCodeErrorWithTheKnownCodesInOrderAndNotTheCodeItself() {
        UnknownCodeException e = Expect.rejects(
                UnknownCodeException.class,
                () -> Codes.fromCode(StepKind.class, "my uncle sold me"),
                "StepKind",
                "unknown code: 16 characters of letters and spaces; known codes are [accompaniment, case_conference");
        assertEquals(ErrorCode.UNKNOWN_CODE, e.getCode());
        assertFalse(e.getMessage().contains("uncle"), e::getMessage);
    }
}
