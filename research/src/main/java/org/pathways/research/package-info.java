/**
 * The de-identified research extract.
 *
 * <p>{@link org.pathways.research.ResearchExtract} writes an extract of a
 * {@link org.pathways.research.Caseload} and says what it did in an
 * {@link org.pathways.research.ExtractReport}. Which plans may be in it is decided by the core's one
 * predicate for secondary use, {@link org.pathways.disclosure.SecondaryUse}: the person's consent
 * and, when the plan names one, its data steward's {@link org.pathways.consent.StewardAgreement}.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter. Bad arguments meet an
 * {@link org.pathways.InvalidPlanException} naming the argument and the reason.
 */
package org.pathways.research;
