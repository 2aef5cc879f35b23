package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pathways.LocalizedText;
import org.pathways.directory.Location;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.testing.Generators;

/**
 * For generated service directories: the export names no confidential location at all, holds every
 * other one, reads back as the directory without its confidential locations, survives truncation and
 * mutation as a valid directory or the library's exception, and validates with no error in HAPI's R4
 * validator.
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
                    // a public location's front gate leaves; the same words at a confidential one are no leak
                    java.util.Set<String> publicGates = new java.util.HashSet<>();
                    directory.getServices().stream()
                            .flatMap(s -> s.getLocations().stream())
                            .filter(l -> !l.isConfidential())
                            .forEach(l -> l.getFrontGate().ifPresent(g -> publicGates.addAll(texts(g))));
                    for (Service s : directory.getServices()) {
                        for (Location l : s.getLocations()) {
                            if (l.isConfidential()) {
                                confidential.incrementAndGet();
                                l.getAddress()
                                        .ifPresent(a -> assertFalse(json.contains(a), "a confidential address left"));
                                l.getPhone().ifPresent(p -> assertFalse(json.contains(p), "a confidential phone left"));
                                l.getFrontGate().map(DirectoryBundleProperties::texts).stream()
                                        .flatMap(List::stream)
                                        .filter(g -> !publicGates.contains(g))
                                        .forEach(g -> assertFalse(json.contains(g), "a front gate left"));
                            } else {
                                l.getAddress()
                                        .ifPresent(a -> assertTrue(json.contains(a), "a public address is missing"));
                            }
                        }
                    }
                });
        assertTrue(confidential.get() > 0, "no generated directory had a confidential location");
    }

    /** A text as first written and in each of its other languages. */
    static List<String> texts(LocalizedText text) {
        List<String> all = new ArrayList<>(text.getAlternatives().values());
        all.add(text.getText());
        return all;
    }

    @Test
    void aDirectoryReadsBackWithoutItsConfidentialLocations() {
        AtomicInteger kept = new AtomicInteger();
        qt().withExamples(Generators.examples(300))
                .forAll(Generators.directories())
                .checkAssert(directory -> {
                    ServiceDirectory expected = withoutConfidentialLocations(directory);
                    kept.addAndGet((int) expected.getServices().stream()
                            .mapToLong(s -> s.getLocations().size())
                            .sum());
                    assertEquals(expected, fhir.readDirectory(fhir.write(directory)));
                });
        assertTrue(kept.get() > 0, "no generated directory had a public location");
    }

    /** What may leave of a directory: every service without its confidential locations. */
    static ServiceDirectory withoutConfidentialLocations(ServiceDirectory d) {
        return ServiceDirectory.builder()
                .from(d)
                .services(d.getServices().stream()
                        .map(s -> Service.builder()
                                .from(s)
                                .locations(s.getLocations().stream()
                                        .filter(l -> !l.isConfidential())
                                        .toList())
                                .build())
                        .toList())
                .build();
    }

    @Test
    void aTruncatedOrMutatedDirectoryGivesAValidDirectoryOrTheLibrarysException() {
        qt().withExamples(Generators.examples(300))
                .forAll(
                        Generators.directories(),
                        integers().between(0, Integer.MAX_VALUE),
                        integers().between(0, 127))
                .checkAssert((directory, at, c) ->
                        FhirBundlesProperties.mutated(fhir.write(directory), at, c, "CONFIDENTIAL", json -> {
                            ServiceDirectory read = fhir.readDirectory(json);
                            assertEquals(
                                    read, ServiceDirectory.builder().from(read).build());
                        }));
    }

    @Test
    void everyGeneratedDirectoryValidatesWithoutErrors() {
        List<String> failures = new ArrayList<>();
        AtomicInteger validated = new AtomicInteger();
        qt().withExamples(R4Validator.documents(30))
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
