/**
 * Reading and writing Pathways values as JSON, in the wire format of {@code docs/wire-format.md}.
 *
 * <p>Two entry points share one codec per type: {@link org.pathways.json.PlanJson}, which reads and
 * writes documents on its own, and {@link org.pathways.json.PathwaysModule}, which an embedder
 * registers on their own {@code ObjectMapper}, as {@code JavaTimeModule} is registered. Bad input
 * always ends in a {@link org.pathways.MalformedDocumentException} naming the JSON Pointer of the bad
 * value, its line and column, and the reason, never the content of a sensitive field.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
package org.pathways.json;
