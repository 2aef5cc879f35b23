package org.pathways.plan;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * The identity of one revision of a plan: its number, who made it and when, whether the person was
 * present, and what changed, such as {@code revision 4 by m-jo at 2026-03-02T15:30:00Z: step s-2
 * agreed (verbal)}.
 *
 * <p>Revisions of a plan form one line: revision {@code n} is made from revision {@code n - 1}, and
 * {@link PlanHistory} refuses a second revision {@code n}. Each revision made by an operation of
 * {@link CarePlan} names the {@linkplain #getFingerprint() fingerprint} of the revision it was made
 * from as its {@linkplain #getParent() parent}, so that a change prepared from any other revision —
 * even one numbered like the latest — is refused. The description names identifiers and codes
 * only, never the person's words.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Revision {
    Revision() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the first revision of a new plan.
     *
     * @param edit who created the plan, when, and whether the person was present
     * @return revision 1
     */
    public static Revision first(Edit edit) {
        return of(1, edit, "plan created", Optional.empty());
    }

    static Revision of(int number, Edit edit, String description, Optional<String> parent) {
        return builder()
                .number(number)
                .parent(parent)
                .author(edit.getAuthor())
                .at(edit.getAt())
                .personPresent(edit.isPersonPresent())
                .description(description)
                .build();
    }

    /**
     * Returns the revision number, from 1.
     *
     * @return the number
     */
    @Min(1)
    public abstract int getNumber();

    /**
     * Returns the number of the revision this one was made from.
     *
     * @return {@code number - 1}, or empty for revision 1
     */
    public OptionalInt getBasedOn() {
        return getNumber() == 1 ? OptionalInt.empty() : OptionalInt.of(getNumber() - 1);
    }

    /**
     * Returns who made the revision.
     *
     * @return the author's identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getAuthor();

    /**
     * Returns when the revision was made.
     *
     * @return the instant
     */
    @NotNull
    public abstract Instant getAt();

    /**
     * Asks whether the person was present when the revision was made.
     *
     * @return true when present
     */
    public abstract boolean isPersonPresent();

    /**
     * Returns what changed, in identifiers and codes, never the person's words.
     *
     * @return the description; empty when none was recorded
     */
    public abstract Optional<String> getDescription();

    /**
     * Returns the fingerprint of the revision this one was made from.
     *
     * @return 32 lowercase hexadecimal digits; empty for revision 1, and for a revision built by
     *     hand without one, which {@link PlanHistory} then refuses to append
     */
    public abstract Optional<@Pattern(regexp = "[0-9a-f]{32}") String> getParent();

    /**
     * Returns this revision's fingerprint: a digest (the first 128 bits of SHA-256) of its number,
     * author, time, presence, description and parent, and so, through the parents, of the whole line
     * of revisions before it. The next revision names it as its {@linkplain #getParent() parent}.
     *
     * @return 32 lowercase hexadecimal digits
     */
    @Value.Lazy
    public String getFingerprint() {
        String canonical = getNumber() + "\n" + getAuthor() + "\n" + getAt() + "\n" + isPersonPresent() + "\n"
                + getParent().orElse("") + "\n" + getDescription().orElse("");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Value.Check
    void check() {
        if (getNumber() < 1) {
            Checks.fail("revision.number", getNumber() + " is not a revision number; they start at 1");
        }
        Checks.id("revision.author", getAuthor());
        getDescription().ifPresent(d -> Checks.label("revision.description", d, 500));
        if (getParent().isPresent()) {
            if (getNumber() == 1) {
                Checks.fail("revision.parent", "revision 1 is made from no other revision");
            }
            String parent = getParent().get();
            if (parent.length() != 32
                    || !parent.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                Checks.fail("revision.parent", "is not a fingerprint: 32 lowercase hexadecimal digits");
            }
        }
    }

    /** Builds a {@link Revision}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableRevision.Builder {
        Builder() {}
    }
}
