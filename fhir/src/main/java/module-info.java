/**
 * Pathways FHIR: a plan, a disclosure view, the consent ledger and the service directory as HL7 FHIR R4
 * JSON, and back, written and read with Jackson alone (no HAPI FHIR at run time).
 *
 * <p>The StructureDefinitions, CodeSystems and ValueSets of the extensions and codes it uses are JSON
 * resources in the jar, under {@code pathways-fhir/definitions/}, readable through
 * {@link org.pathways.fhir.FhirDefinitions}.
 */
module org.pathways.fhir {
    requires transitive org.pathways.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.pathways.fhir;
}
