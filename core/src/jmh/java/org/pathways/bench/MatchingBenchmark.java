package org.pathways.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pathways.directory.MatchContext;
import org.pathways.directory.ServiceDirectory;
import org.pathways.directory.ServiceMatch;
import org.pathways.directory.ServiceMatching;
import org.pathways.plan.CarePlan;

/** Matching the reference plan's first priority against directories of growing size. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatchingBenchmark {
    @Param({"100", "1000", "10000"})
    public int services;

    private final CarePlan plan = Fixture.reference();
    private final MatchContext context = Fixture.context();
    private ServiceDirectory directory;

    /** Builds the directory and checks that the priority finds candidates. */
    @Setup
    public void setUp() {
        directory = Fixture.directory(services);
        if (match().isEmpty()) {
            throw new IllegalStateException("no candidate for p-0");
        }
    }

    @Benchmark
    public List<ServiceMatch> match() {
        return ServiceMatching.forPriority(plan, "p-0", directory, context);
    }
}
