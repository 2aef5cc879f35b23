package org.pathways.fhir.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pathways.bench.Fixture;
import org.pathways.fhir.FhirBundles;
import org.pathways.plan.CarePlan;

/**
 * Export and import of the core's reference and large plans as FHIR R4 Bundles (Jackson alone),
 * against HAPI FHIR's own parse and serialize of the same Bundle, in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FhirBundleBenchmark {
    @Param({"reference", "large"})
    public String size;

    private final FhirBundles fhir = FhirBundles.create();
    private final IParser hapi = FhirContext.forR4().newJsonParser();
    private CarePlan plan;
    private String bundle;
    private Bundle parsed;

    @Setup
    public void setUp() {
        plan = Fixture.named(size);
        bundle = fhir.write(plan);
        parsed = hapi.parseResource(Bundle.class, bundle);
        if (!fhir.readPlan(bundle).equals(plan)) {
            throw new IllegalStateException("the fixture does not round-trip");
        }
    }

    /** Pathways: a plan to Bundle JSON. */
    @Benchmark
    public String pathwaysExport() {
        return fhir.write(plan);
    }

    /** Pathways: Bundle JSON to a plan, through every invariant of the core. */
    @Benchmark
    public CarePlan pathwaysImport() {
        return fhir.readPlan(bundle);
    }

    /** HAPI FHIR: the same Bundle JSON to its model objects (no Pathways invariants). */
    @Benchmark
    public Bundle hapiParse() {
        return hapi.parseResource(Bundle.class, bundle);
    }

    /** HAPI FHIR: its model objects of the same Bundle to JSON. */
    @Benchmark
    public String hapiSerialize() {
        return hapi.encodeResourceToString(parsed);
    }
}
