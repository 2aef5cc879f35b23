/**
 * The library's words in English and French: a label for every wire code, and the texts a worker or
 * the person reads, chosen by {@link java.util.Locale}; see {@link org.pathways.text.Labels}.
 *
 * <p>The person's own words are never translated and never passed to a worker's text. The terms of
 * both languages are kept consistent in the project's glossary ({@code docs/glossary.md}).
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
package org.pathways.text;
