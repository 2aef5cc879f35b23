package org.pathways.bench;

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
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;

/**
 * Reading and writing one plan three ways, in one run: Pathways ({@link PlanJson}, every invariant
 * checked), the practical limit ({@link Limit}: plain records, hand-written streaming, the same
 * bytes), and the anchor ({@link FhirAnchor}: HAPI FHIR R4, the same information as a bundle).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {
    @Param({"small", "reference", "large"})
    public String plan;

    private final PlanJson json = PlanJson.defaults();
    private CarePlan value;
    private String document;
    private Limit.Plan records;
    private IParser fhir;
    private Bundle bundle;
    private String fhirDocument;

    /** Builds the plan, its three documents, and checks that the limit reads and writes the same bytes. */
    @Setup
    public void setUp() {
        value = Fixture.named(plan);
        document = json.write(value);
        records = Limit.read(document);
        if (!Limit.write(records).equals(document)) {
            throw new IllegalStateException("the limit codec does not write the document Pathways writes");
        }
        if (!json.readPlan(document).equals(value)) {
            throw new IllegalStateException("the plan does not round-trip");
        }
        fhir = FhirAnchor.parser();
        bundle = FhirAnchor.bundle(value);
        fhirDocument = fhir.encodeResourceToString(bundle);
        if (fhir.parseResource(Bundle.class, fhirDocument).getEntry().size()
                != bundle.getEntry().size()) {
            throw new IllegalStateException("the bundle does not round-trip");
        }
    }

    @Benchmark
    public CarePlan readPathways() {
        return json.readPlan(document);
    }

    @Benchmark
    public Limit.Plan readLimit() {
        return Limit.read(document);
    }

    @Benchmark
    public Bundle readHapi() {
        return fhir.parseResource(Bundle.class, fhirDocument);
    }

    @Benchmark
    public String writePathways() {
        return json.write(value);
    }

    @Benchmark
    public String writeLimit() {
        return Limit.write(records);
    }

    @Benchmark
    public String writeHapi() {
        return fhir.encodeResourceToString(bundle);
    }
}
