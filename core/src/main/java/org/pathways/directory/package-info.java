/**
 * The service directory, after NORAHT's Service Mapping Toolkit: organisations and their services,
 * each described by its <em>approaches</em>, <em>knowledges</em> and <em>programming</em> (the plan
 * step kinds it delivers), with the languages, communities, hours, capacity and barriers the toolkit's
 * participants named. A shelter's confidential address is kept apart from its public front gate, so
 * that what leaves the agency never shows it.
 *
 * <p>Every type in this package is immutable and thread-safe; a null argument to any method fails at
 * once with a {@link java.lang.NullPointerException} naming the parameter.
 */
@PathwaysStyle
package org.pathways.directory;

import org.pathways.internal.PathwaysStyle;
