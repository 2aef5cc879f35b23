package org.pathways.plan;

import java.time.Instant;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * Who makes a change to a plan, when, and whether the person was there: the authorship of the
 * revision the change produces.
 *
 * <pre>{@code
 * Edit edit = Edit.of("m-jo", Instant.parse("2026-03-02T15:30:00Z"), true);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Edit {
    Edit() {}

    /**
     * Returns an edit.
     *
     * @param author who makes the change: a team member or another actor of the host system
     * @param at when; not before the plan's latest revision
     * @param personPresent whether the person was present when the change was made
     * @return the edit
     */
    public static Edit of(String author, Instant at, boolean personPresent) {
        return ImmutableEdit.of(author, at, personPresent);
    }

    /**
     * Returns who makes the change.
     *
     * @return the author's identifier
     */
    @Value.Parameter
    public abstract String getAuthor();

    /**
     * Returns when the change is made.
     *
     * @return the instant
     */
    @Value.Parameter
    public abstract Instant getAt();

    /**
     * Asks whether the person was present when the change was made.
     *
     * @return true when present
     */
    @Value.Parameter
    public abstract boolean isPersonPresent();

    @Value.Check
    void check() {
        Checks.id("edit.author", getAuthor());
    }
}
