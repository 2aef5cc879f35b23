package org.pathways.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.priority.Priority;
import org.pathways.testing.Generators;
import org.pathways.testing.SamplePlans;
import org.pathways.testing.Seeds;

/** Hibernate Validator, as an embedder would use it, sees the constraints on the public API. */
class BeanValidationTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void findsTheAnnotatedConstraintsOnThePublicTypes() {
        BeanDescriptor plan = validator.getConstraintsForClass(CarePlan.class);
        Set<String> constrained = plan.getConstrainedProperties().stream()
                .map(p -> p.getPropertyName())
                .collect(Collectors.toSet());
        assertTrue(
                constrained.containsAll(Set.of("id", "person", "priorities", "steps", "team", "revision")),
                constrained.toString());
        assertTrue(validator
                .getConstraintsForClass(PlanStep.class)
                .getConstraintsForProperty("serves")
                .hasConstraints());
    }

    @Test
    void plansBuiltThroughThePublicApiHaveNoViolations() {
        assertEquals(Set.of(), validator.validate(SamplePlans.mira()));
        Seeds.qt()
                .withExamples(Generators.examples(100))
                .forAll(Generators.plans())
                .checkAssert(plan -> assertEquals(Set.of(), validator.validate(plan)));
    }

    @Test
    void theConstraintsCatchValuesFromElsewhere() {
        Set<ConstraintViolation<Priority>> v = validator.validateValue(Priority.class, "id", "not an id!");
        assertEquals(1, v.size());
        assertEquals(
                1,
                validator
                        .validateValue(PlanStep.class, "serves", new java.util.TreeSet<String>())
                        .size());
    }

    @Test
    void noValidationMessageContainsTheTextThatBrokeTheConstraint() {
        Seeds.qt()
                .withExamples(Generators.examples(300))
                .forAll(Generators.sensitive())
                .checkAssert(words -> {
                    String text = words.reveal() + " and more"; // a space: never an identifier
                    java.util.List<ConstraintViolation<?>> found = new java.util.ArrayList<>();
                    found.addAll(validator.validateValue(Priority.class, "id", text));
                    found.addAll(validator.validateValue(PlanStep.class, "id", text));
                    found.addAll(validator.validateValue(org.pathways.consent.ConsentGrant.class, "recordedBy", text));
                    found.addAll(validator.validateValue(CarePlan.class, "id", text));
                    assertEquals(4, found.size());
                    for (ConstraintViolation<?> v : found) {
                        assertTrue(!v.getMessage().contains(Generators.SENSITIVE_MARK), v.getMessage());
                        assertTrue(!v.toString().contains(Generators.SENSITIVE_MARK), v.toString());
                    }
                });
    }

    @Test
    void everyGeneratedDirectoryValidatesClean() {
        Seeds.qt()
                .withExamples(Generators.examples(100))
                .forAll(Generators.directories())
                .checkAssert(d -> assertEquals(Set.of(), validator.validate(d)));
    }
}
