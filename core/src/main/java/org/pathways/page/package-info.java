/**
 * Pages for people: the person's own plan ({@link org.pathways.page.PersonPage}) and a worker's
 * summary ({@link org.pathways.page.WorkerPage}), each one self-contained HTML document in English or
 * French, with no script and no external resource, every piece of text escaped.
 *
 * <p>Pages show the person's words: they are for her and her team, never for a log.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
package org.pathways.page;
