package org.pathways.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.pathways.testing.Generators;

/**
 * HAPI FHIR's instance validator against base R4 and this module's definitions, built once per test
 * JVM (it takes seconds), with counts of every message by severity and kind for the report.
 */
final class R4Validator {
    static final FhirContext R4 = FhirContext.forR4();
    private static final FhirValidator VALIDATOR = build();

    static final AtomicLong BUNDLES = new AtomicLong();
    static final Map<String, AtomicLong> WARNINGS = new ConcurrentHashMap<>();

    private R4Validator() {}

    private static FhirValidator build() {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(R4);
        for (String json : FhirDefinitions.all().values()) {
            IBaseResource r = R4.newJsonParser().parseResource(json);
            ours.addResource(r);
        }
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(R4),
                ours,
                new SnapshotGeneratingValidationSupport(R4),
                new CommonCodeSystemsTerminologyService(R4),
                new InMemoryTerminologyServerValidationSupport(R4));
        FhirInstanceValidator instance = new FhirInstanceValidator(chain);
        FhirValidator v = R4.newValidator();
        v.registerValidatorModule(instance);
        return v;
    }

    /** Validates one resource; returns its errors (fatal and error), and counts its warnings by kind. */
    static List<SingleValidationMessage> errors(String json) {
        ValidationResult result = VALIDATOR.validateWithResult(json);
        BUNDLES.incrementAndGet();
        for (SingleValidationMessage m : result.getMessages()) {
            if (m.getSeverity() == ResultSeverityEnum.WARNING) {
                WARNINGS.computeIfAbsent(kind(m), k -> new AtomicLong()).incrementAndGet();
            }
        }
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }

    /** A message without the instance's values: its id when HAPI gives one, else its text up to the first quote. */
    static String kind(SingleValidationMessage m) {
        String where =
                m.getLocationString() == null ? "" : m.getLocationString().replaceAll("\\[[0-9]+\\]", "[]");
        String text = m.getMessage() == null ? "" : m.getMessage();
        String id = m.getMessageId() != null && m.getMessageId().startsWith("Terminology")
                ? m.getMessageId() + ": "
                        + text.replaceAll(".*value set '[^']*' \\(([^)|]*).*", "not in $1")
                                .replaceAll("CodeSystem is unknown.*'(http[^#]*)#.*", "unknown code system $1")
                : (m.getMessageId() == null ? "" : m.getMessageId() + ": ") + text.replaceAll("'[^']*'", "'…'");
        return id + " @ " + where.replaceAll("/\\*([A-Za-z]+)/[^*]*\\*/", "($1)");
    }

    /**
     * How many generated documents of a kind the validator checks: {@code full} scaled by {@code
     * pathways.examples.percent} and by {@code pathways.fhir.validated.percent} (100 unless set; the
     * build sets 20 in {@code mvn verify} and 100 under {@code -Pfull}, see docs/fhir.md).
     *
     * @param full the documents of a full run
     * @return at least 1
     */
    static int documents(int full) {
        return Math.max(
                1, Generators.examples(full) * Integer.getInteger("pathways.fhir.validated.percent", 100) / 100);
    }

    static String report() {
        StringBuilder out =
                new StringBuilder("R4 validation: " + BUNDLES.get() + " documents validated; warnings by kind:\n");
        new TreeMap<>(WARNINGS)
                .forEach((k, n) ->
                        out.append("  ").append(n).append("  ").append(k).append('\n'));
        return out.toString();
    }
}
