package org.pathways.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.Coded;
import org.pathways.ErrorCode;
import org.pathways.UnknownCodeException;
import org.pathways.directory.MatchCode;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.DeclineReason;
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

    @Test
    void theCodesCodedTestLeavesOutArePinnedToo() {
        pins(AnswerKind.class, "received accepted waitlisted appointment_set declined completed withdrew");
        pins(
                DeclineReason.class,
                "full not_eligible requires_identity_documents requires_sobriety out_of_area"
                        + " no_service_in_language other");
        pins(
                MatchCode.class,
                "delivers offered_in_language not_offered_in_language serves_community reached_remotely"
                        + " outside_community approach no_approach knowledge open_24x7 full wait_after_due waitlist"
                        + " sobriety_against_harm_reduction no_identity_documents barrier");
        pins(MatchCode.Strength.class, "fit concern collision");
    }

    @Test
    void aTypeWhoseCodesAreNotLowerCaseAsciiIsRefusedOnFirstUse() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Codes.fromCode(Shouting.class, "loud"));
        assertEquals(
                Shouting.class.getName() + ".LOUD declares a code that is not 1 to 64 of a-z 0-9 _ starting with a"
                        + " letter",
                e.getMessage());
    }

    @Test
    void aTypeWithoutACodeIsRefusedOnFirstUse() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Codes.fromCode(Unset.class, "x"));
        assertEquals(
                Unset.class.getName() + ".NONE declares a code that is not 1 to 64 of a-z 0-9 _ starting with a"
                        + " letter",
                e.getMessage());
    }

    @Test
    void aTypeThatDeclaresOneCodeTwiceIsRefusedOnFirstUse() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Codes.fromCode(Twice.class, "same"));
        assertEquals(Twice.class.getName() + ".SECOND declares the code of FIRST", e.getMessage());
    }

    /** Pins a type's codes, in order, and reads each back through its table. */
    private static <E extends Enum<E> & Coded> void pins(Class<E> type, String codes) {
        assertEquals(
                List.of(codes.split(" ")),
                Arrays.stream(type.getEnumConstants()).map(Coded::getCode).toList());
        for (E constant : type.getEnumConstants()) {
            assertSame(constant, Codes.fromCode(type, constant.getCode()));
        }
    }

    private enum Shouting implements Coded {
        LOUD("LOUD");

        private final String code;

        Shouting(String code) {
            this.code = code;
        }

        @Override
        public String getCode() {
            return code;
        }
    }

    private enum Unset implements Coded {
        NONE;

        @Override
        public String getCode() {
            return null;
        }
    }

    private enum Twice implements Coded {
        FIRST("same"),
        SECOND("same");

        private final String code;

        Twice(String code) {
            this.code = code;
        }

        @Override
        public String getCode() {
            return code;
        }
    }
}
