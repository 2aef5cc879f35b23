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
    private final PlanJson json = PlanJson.create();

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
}
