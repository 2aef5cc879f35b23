package org.pathways.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conformance resources this module publishes: the StructureDefinitions of its extensions and
 * the CodeSystems and ValueSets of its codes, as FHIR R4 JSON, by canonical URL under
 * {@value FhirBundles#BASE}. They are files in the jar under {@code pathways-fhir/definitions/}, so
 * that a receiver's validator can load them, for example into HAPI FHIR's
 * {@code PrePopulatedValidationSupport}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class FhirDefinitions {
    private static final String DIR = "/pathways-fhir/definitions/";
    private static final Map<String, String> ALL = load();

    private FhirDefinitions() {}

    /**
     * Returns every definition, by canonical URL, in a stable order: StructureDefinitions, then
     * CodeSystems, then ValueSets.
     *
     * @return the JSON of each resource, by its canonical URL
     */
    public static Map<String, String> all() {
        return ALL;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        String index = read("index.txt");
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty()) {
                String type = name.substring(0, name.indexOf('-'));
                String id = name.substring(name.indexOf('-') + 1, name.length() - ".json".length());
                out.put(Canon.BASE + "/" + type + "/" + id, read(name));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static String read(String name) {
        try (InputStream in = FhirDefinitions.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
