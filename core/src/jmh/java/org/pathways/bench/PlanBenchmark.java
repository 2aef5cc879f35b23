package org.pathways.bench;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosed;
import org.pathways.disclosure.Disclosures;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.StepStatus;
import org.pathways.review.PlanReview;

/**
 * What an embedder does with a plan in memory: review it, validate it with Hibernate Validator,
 * build the view a partner may receive, and change it (step {@code s-1}, an agreed accompaniment to
 * a partner, goes ahead: a new revision with every invariant, consent included, checked again).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanBenchmark {
    @Param({"small", "reference", "large"})
    public String plan;

    private CarePlan value;
    private Edit edit;
    private ValidatorFactory factory;
    private Validator validator;
    private final Recipient partner = Recipient.organisation("org-partner-0");

    /** Builds the plan and the validator, and checks that each operation does what it should. */
    @Setup
    public void setUp() {
        value = Fixture.named(plan);
        edit = Fixture.editAfter(value);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        if (!validator.validate(value).isEmpty() || !PlanReview.of(value).isValid()) {
            throw new IllegalStateException("the reference plan is not valid");
        }
        if (transition().findStep("s-1").orElseThrow().getStatus() != StepStatus.IN_PROGRESS) {
            throw new IllegalStateException("s-1 did not go ahead");
        }
    }

    @TearDown
    public void tearDown() {
        factory.close();
    }

    @Benchmark
    public PlanReview review() {
        return PlanReview.of(value);
    }

    @Benchmark
    public Set<ConstraintViolation<CarePlan>> validate() {
        return validator.validate(value);
    }

    @Benchmark
    public Disclosed disclose() {
        return Disclosures.disclose(value, partner, Purpose.REFERRAL, edit);
    }

    @Benchmark
    public CarePlan transition() {
        return value.markStep("s-1", StepStatus.IN_PROGRESS, edit);
    }
}
