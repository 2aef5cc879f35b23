package org.pathways.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.StepStatus;
import org.pathways.review.PlanReview;

/**
 * How cost grows with the plan: read, review and one transition over plans of 5 to 5,000 steps
 * ({@link Fixture#withSteps(int)}: a priority per ten steps, two consent entries per step).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CurveBenchmark {
    @Param({"5", "50", "500", "5000"})
    public int steps;

    private final PlanJson json = PlanJson.defaults();
    private CarePlan value;
    private String document;
    private Edit edit;

    /** Builds the plan and its document. */
    @Setup
    public void setUp() {
        value = Fixture.withSteps(steps);
        document = json.write(value);
        edit = Fixture.editAfter(value);
    }

    @Benchmark
    public CarePlan read() {
        return json.readPlan(document);
    }

    @Benchmark
    public PlanReview review() {
        return PlanReview.of(value);
    }

    @Benchmark
    public CarePlan transition() {
        return value.markStep("s-1", StepStatus.IN_PROGRESS, edit);
    }
}
