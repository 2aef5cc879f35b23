package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.testing.Generators;

/** JSON, for all generated plans: identity round trip, stable bytes, and only typed errors. */
class PlanJsonProperties {
    static final int EXAMPLES = 300;
    private final PlanJson json = PlanJson.defaults();

    @Test
    void roundTripIsIdentity() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plans())
                .checkAssert(plan -> assertEquals(plan, json.readPlan(json.write(plan))));
    }

    @Test
    void rewritingIsByteIdentical() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plans())
                .checkAssert(plan -> {
                    String once = json.write(plan);
                    assertEquals(once, json.write(json.readPlan(once)));
                    String pretty = json.withPrettyPrinting().write(plan);
                    assertEquals(pretty, json.withPrettyPrinting().write(json.readPlan(pretty)));
                });
    }

    @Test
    void aTruncatedOrMutatedDocumentGivesAValidPlanOrTheLibrarysException() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(
                        Generators.plans(),
                        integers().between(0, Integer.MAX_VALUE),
                        integers().between(0, 127))
                .checkAssert((plan, at, c) -> {
                    String text = json.write(plan);
                    int i = at % text.length();
                    check(text.substring(0, i));
                    check(text.substring(0, i) + (char) c.intValue() + text.substring(i + 1));
                    check(text.substring(0, i) + text.substring(Math.min(text.length(), i + 1 + at % 7)));
                });
    }

    private void check(String document) {
        try {
            CarePlan read = json.readPlan(document);
            assertEquals(read, CarePlan.builder().from(read).build());
        } catch (MalformedDocumentException e) {
            assertFalse(e.getMessage().contains(Generators.SENSITIVE_MARK), e.getMessage());
        } catch (RuntimeException e) {
            fail("not the library's exception: " + e, e);
        }
    }

    @Test
    void textAndStreamAreTheSameBytesForEveryCharacter() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(org.quicktheories.generators.SourceDSL.lists()
                        .of(integers().between(0x20, 0x10FFFF - 0x800))
                        .ofSizeBetween(1, 12))
                .checkAssert(points -> {
                    StringBuilder b = new StringBuilder("a"); // sensitive text is never blank
                    for (int c : points) {
                        b.appendCodePoint(c < 0xD800 ? c : c + 0x800); // no lone surrogate: not text
                    }
                    org.pathways.SensitiveText t = org.pathways.SensitiveText.of(b.toString());
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    json.write(t, out);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(
                            json.write(t).getBytes(java.nio.charset.StandardCharsets.UTF_8), out.toByteArray());
                });
        qt().withExamples(Generators.examples(EXAMPLES / 3))
                .forAll(Generators.plans())
                .checkAssert(plan -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    json.write(plan, out);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(
                            json.write(plan).getBytes(java.nio.charset.StandardCharsets.UTF_8), out.toByteArray());
                });
    }
}
