package org.pathways.json;

/** What a bulk read does with a line it cannot read into a valid plan. */
public enum BadLine {
    /** Stop at the first bad line and throw; the lines before it have been delivered. */
    STOP,
    /** Skip the bad line, keep its error, and go on with the next. */
    SKIP
}
