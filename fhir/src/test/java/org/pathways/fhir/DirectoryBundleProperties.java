package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pathways.directory.Location;
import org.pathways.directory.Service;
import org.pathways.testing.Generators;

/**
 * For generated service directories: the export names no confidential location at all, holds every
 * other one, and validates with no error in HAPI's R4 validator.
 */
class DirectoryBundleProperties {
    private final FhirBundles fhir = FhirBundles.create();

    @Test
    void aConfidentialLocationNeverLeaves() {
        AtomicInteger confidential = new AtomicInteger();
        qt().withExamples(Generators.examples(300))
                .forAll(Generators.directories())
                .checkAssert(directory -> {
                    String json = fhir.write(directory);
                    for (Service s : directory.getServices()) {
                        for (Location l : s.getLocations()) {
                            if (l.isConfidential()) {
                                confidential.incrementAndGet();
                                l.getAddress()
                                        .ifPresent(a -> assertFalse(json.contains(a), "a confidential address left"));
                                l.getPhone().ifPresent(p -> assertFalse(json.contains(p), "a confidential phone left"));
                                l.getFrontGate().ifPresent(g -> assertFalse(json.contains(g), "a front gate left"));
                            } else {
                                l.getAddress()
                                        .ifPresent(a -> assertTrue(json.contains(a), "a public address is missing"));
                            }
                        }
                    }
                });
        assertTrue(confidential.get() > 0, "no generated directory had a confidential location");
    }

    @Test
    void everyGeneratedDirectoryValidatesWithoutErrors() {
        List<String> failures = new ArrayList<>();
        AtomicInteger validated = new AtomicInteger();
        qt().withExamples(Generators.examples(30))
                .withShrinkCycles(0)
                .forAll(Generators.directories())
                .checkAssert(directory -> {
                    validated.incrementAndGet();
                    FhirBundlesValidationProperties.errors(fhir.write(directory), failures);
                });
        assertEquals(List.of(), failures);
        assertTrue(validated.get() > 0);
    }
}
