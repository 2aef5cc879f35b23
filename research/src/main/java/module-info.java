/**
 * Pathways research: a de-identified research extract of a caseload, as CSV (RFC 4180) and
 * newline-delimited JSON with a data dictionary. Only plans whose consent ledger grants
 * {@code deidentified_research}, and whose data steward (if any) agreed, are in it; no free text,
 * months instead of instants, keyed pseudonyms instead of identifiers, and k-anonymity over the
 * documented quasi-identifiers. See {@link org.pathways.research.ResearchExtract}.
 */
module org.pathways.research {
    requires transitive org.pathways.core;
    requires com.fasterxml.jackson.core;

    exports org.pathways.research;
}
