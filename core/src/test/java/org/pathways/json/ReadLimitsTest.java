package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pathways.testing.SamplePlans.edit;

import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.plan.StepKind;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

/** Limits are enforced while parsing, configurable, and reported where they were exceeded. */
class ReadLimitsTest {
    private final CarePlan mira = SamplePlans.mira();
    private final String text = PlanJson.create().write(mira);

    private MalformedDocumentException rejects(ReadLimits limits, String document, String pointer, String reason) {
        return Expect.rejects(
                MalformedDocumentException.class,
                () -> PlanJson.create().withLimits(limits).readPlan(document),
                pointer,
                reason);
    }

    @Test
    void theDefaultsAreDocumented() {
        ReadLimits d = ReadLimits.defaults();
        assertEquals(16L * 1024 * 1024, d.getMaxDocumentLength());
        assertEquals(32, d.getMaxNestingDepth());
        assertEquals(100_000, d.getMaxStringLength());
        assertEquals(20, d.getMaxNumberLength());
        assertEquals(1_000, d.getMaxPriorities());
        assertEquals(10_000, d.getMaxSteps());
        assertEquals(100_000, d.getMaxConsentEntries());
        assertEquals(10_000, d.getMaxCollection());
        assertEquals(d, PlanJson.create().getLimits());
        assertEquals(d, ReadLimits.defaults().withMaxSteps(10_000));
        assertNotEquals(d, d.withMaxSteps(9));
        assertEquals(d.hashCode(), ReadLimits.defaults().hashCode());
    }

    @Test
    void aLimitIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxCollection(0));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxDocumentLength(-1));
    }

    @Test
    void limitsTheStepsPrioritiesAndConsentEntries() {
        CarePlan two = mira.proposeStep(SamplePlans.step("s-2", StepKind.PEER_SUPPORT, "p-sleep"), edit(10));
        String twoSteps = PlanJson.create().write(two);
        assertEquals(
                two,
                PlanJson.create()
                        .withLimits(ReadLimits.defaults().withMaxSteps(2))
                        .readPlan(twoSteps));
        rejects(ReadLimits.defaults().withMaxSteps(1), twoSteps, "/steps/1", "limit exceeded: more than 1 elements");
        rejects(
                ReadLimits.defaults().withMaxPriorities(2),
                text,
                "/priorities/2",
                "limit exceeded: more than 2 elements");
        rejects(
                ReadLimits.defaults().withMaxConsentEntries(0 + 1),
                PlanJson.create()
                        .write(mira.recordConsent(
                                org.pathways.consent.ConsentRevocation.builder()
                                        .id("c-2")
                                        .revokes("c-1")
                                        .given(org.pathways.consent.ConsentMode.VERBAL)
                                        .recordedBy("m-jo")
                                        .recordedAt(edit(6).getAt())
                                        .build(),
                                edit(6))),
                "/consent/1",
                "limit exceeded");
        rejects(
                ReadLimits.defaults().withMaxCollection(1),
                text,
                "/person/languages/1",
                "limit exceeded: more than 1 elements");
    }

    @Test
    void limitsStringsNumbersNestingAndTheDocument() {
        MalformedDocumentException e =
                rejects(ReadLimits.defaults().withMaxStringLength(8), text, "", "limit exceeded: String value length");
        assertFalse(e.getMessage().contains("Mira"));
        rejects(
                ReadLimits.defaults(),
                text.replace("\"number\":9", "\"number\":" + "9".repeat(25)),
                "/revision/number",
                "limit exceeded: Number value length");
        rejects(ReadLimits.defaults().withMaxNestingDepth(3), text, "", "limit exceeded: Document nesting depth");
        rejects(ReadLimits.defaults().withMaxDocumentLength(100), text, "", "limit exceeded: Document length");
    }

    @Test
    void describesItselfWithoutSurprises() {
        assertEquals(
                "ReadLimits[document 16777216, nesting 32, string 100000, number 20, priorities 1000, steps 10000,"
                        + " consent 100000, other collections 10000]",
                ReadLimits.defaults().toString());
    }
}
