/**
 * The de-identified research extract and the data stewardship that governs secondary use.
 *
 * <p>{@link org.pathways.research.ResearchExtract} writes an extract of a
 * {@link org.pathways.research.Caseload}; {@link org.pathways.research.SecondaryUse} is the one
 * predicate that says whether a plan or a directory entry may be used for research or aggregate
 * reporting at all (the person's consent and, when the record names one, its data steward's
 * {@link org.pathways.research.StewardAgreement}).
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter. Bad arguments meet an
 * {@link org.pathways.InvalidPlanException} naming the argument and the reason.
 */
package org.pathways.research;
