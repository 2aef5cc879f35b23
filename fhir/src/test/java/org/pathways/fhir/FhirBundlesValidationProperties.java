package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * For all generated plans and views: the export validates with no error in HAPI FHIR's R4
 * validator, against base R4 and this module's definitions. Every example is validated (no
 * shrinking: the validator is slow), then the errors are reported together; warnings are counted by
 * kind and printed. A full run validates 300 plans and up to 100 views; {@code mvn verify} a fifth of
 * them ({@link R4Validator#documents}).
 */
class FhirBundlesValidationProperties {
    static final int EXAMPLES = 300;
    private final FhirBundles fhir = FhirBundles.create();

    @Test
    void everyGeneratedPlanValidatesWithoutErrors() {
        List<String> failures = new ArrayList<>();
        AtomicInteger validated = new AtomicInteger();
        qt().withExamples(R4Validator.documents(EXAMPLES))
                .withShrinkCycles(0)
                .forAll(Answered.plans())
                .checkAssert(plan -> {
                    validated.incrementAndGet();
                    errors(fhir.write(plan), failures);
                });
        assertEquals(List.of(), failures);
        assertTrue(validated.get() >= R4Validator.documents(EXAMPLES));
    }

    @Test
    void everyGeneratedViewValidatesWithoutErrors() {
        List<String> failures = new ArrayList<>();
        AtomicInteger validated = new AtomicInteger();
        qt().withExamples(R4Validator.documents(EXAMPLES / 3))
                .withShrinkCycles(0)
                .forAll(Views.views())
                .checkAssert(view -> view.ifPresent(v -> {
                    validated.incrementAndGet();
                    errors(fhir.write(v), failures);
                }));
        assertEquals(List.of(), failures);
        assertTrue(validated.get() > 0);
    }

    static void errors(String json, List<String> failures) {
        for (SingleValidationMessage m : R4Validator.errors(json)) {
            failures.add(m.getLocationString() + " " + m.getMessage());
        }
    }

    @AfterAll
    static void report() {
        System.out.println(R4Validator.report());
    }
}
