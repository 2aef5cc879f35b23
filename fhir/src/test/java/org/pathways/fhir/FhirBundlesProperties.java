package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.testing.Generators;

/** For all generated plans and views: identity round trip, stable bytes, HAPI parses, only typed errors. */
class FhirBundlesProperties {
    static final int EXAMPLES = 300;
    private final FhirBundles fhir = FhirBundles.create();

    @Test
    void aPlanRoundTripsToItselfAnswersIncluded() {
        AtomicInteger plans = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger answers = new AtomicInteger();
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Answered.plans())
                .checkAssert(plan -> {
                    long n = plan.getSteps().stream()
                            .flatMap(s -> s.getHistory().stream())
                            .filter(c -> c.getAnswer().isPresent())
                            .count();
                    plans.incrementAndGet();
                    answered.addAndGet(n > 0 ? 1 : 0);
                    answers.addAndGet((int) n);
                    assertEquals(plan, fhir.readPlan(fhir.write(plan)));
                });
        System.out.println("round trip: " + plans.get() + " plans, " + answered.get() + " of them with " + answers.get()
                + " referral answers");
        assertTrue(answered.get() > 0, "no generated plan held an answer");
    }

    @Test
    void aViewRoundTripsToItself() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Views.views())
                .checkAssert(view -> view.ifPresent(v -> assertEquals(v, fhir.readView(fhir.write(v)))));
    }

    @Test
    void rewritingIsByteIdentical() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Answered.plans())
                .checkAssert(plan -> {
                    String once = fhir.write(plan);
                    assertEquals(once, fhir.write(fhir.readPlan(once)));
                });
    }

    @Test
    void hapiParsesEveryExportInOneLine() {
        qt().withExamples(Generators.examples(EXAMPLES / 3))
                .forAll(Answered.plans())
                .checkAssert(plan -> {
                    String json = fhir.write(plan);
                    Bundle parsed = R4Validator.R4.newJsonParser().parseResource(Bundle.class, json);
                    assertEquals(
                            json.split("\"fullUrl\"").length - 1,
                            parsed.getEntry().size());
                });
    }

    @Test
    void aTruncatedOrMutatedBundleGivesAValidPlanOrTheLibrarysException() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(
                        Answered.plans(),
                        integers().between(0, Integer.MAX_VALUE),
                        integers().between(0, 127))
                .checkAssert((plan, at, c) -> mutated(fhir.write(plan), at, c, Generators.SENSITIVE_MARK, json -> {
                    CarePlan read = fhir.readPlan(json);
                    assertEquals(read, CarePlan.builder().from(read).build());
                }));
    }

    /**
     * Reads a document truncated at a place, with one character changed there, and with a few
     * characters cut there: each read gives a valid value (the reader checks it) or the library's
     * exception, whose message never holds the marked text.
     */
    static void mutated(String text, int at, int c, String mark, Consumer<String> read) {
        int i = at % text.length();
        List<String> documents = List.of(
                text.substring(0, i),
                text.substring(0, i) + (char) c + text.substring(i + 1),
                text.substring(0, i) + text.substring(Math.min(text.length(), i + 1 + at % 7)));
        for (String document : documents) {
            try {
                read.accept(document);
            } catch (MalformedDocumentException e) {
                assertFalse(e.getMessage().contains(mark), e.getMessage());
            } catch (RuntimeException e) {
                fail("not the library's exception: " + e, e);
            }
        }
    }
}
