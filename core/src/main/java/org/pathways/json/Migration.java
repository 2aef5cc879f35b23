package org.pathways.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One step of the wire format's history: rewrites a document of version {@link #from()} into the
 * next version, in memory. A reader applies the steps from a document's version up to the current
 * one, then reads it as a current document, with every check. A migration never fails: what it
 * does not recognise it leaves alone, for the reader to refuse.
 */
interface Migration {
    /**
     * Returns the version this step reads.
     *
     * @return the version; the step writes the next one
     */
    int from();

    /**
     * Rewrites the document in place.
     *
     * @param document the top-level object, whatever its content
     */
    void apply(ObjectNode document);

    /** Version 2 names who recorded a step's change of status {@code recordedBy}, as consent entries do. */
    Migration STATUS_CHANGE_RECORDED_BY = new Migration() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public void apply(ObjectNode document) {
            for (JsonNode step : document.path("steps")) {
                for (JsonNode change : step.path("history")) {
                    if (change instanceof ObjectNode c && c.has("by") && !c.has("recordedBy")) {
                        c.set("recordedBy", c.remove("by"));
                    }
                }
            }
        }
    };

    /** The steps for plan documents, oldest first. */
    List<Migration> PLAN = List.of(STATUS_CHANGE_RECORDED_BY);

    /** The steps for disclosure views, oldest first. */
    List<Migration> VIEW = List.of(STATUS_CHANGE_RECORDED_BY);
}
