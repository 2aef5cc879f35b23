package org.pathways.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * The person's explicit "never share this with them" — her instruction, in the words of Ontario's
 * health privacy law (a "lockbox"): a whole category, everything (every category), or one item of
 * the plan, withheld from one recipient. From when it is recorded, a refusal of a category overrides
 * every grant to the same recipient for that category, for every purpose, whether the grant came
 * before or comes after; a refusal of items keeps those priorities or steps out of every view of the
 * plan that recipient receives, whatever it may otherwise receive.
 *
 * <pre>{@code
 * ConsentRefusal police = ConsentRefusal.builder()
 *         .id("c-2")
 *         .recipient(Recipient.organisation("org-city-police"))
 *         .addCategories(InformationCategory.values())
 *         .given(ConsentMode.VERBAL)
 *         .recordedBy("m-jo")
 *         .recordedAt(Instant.parse("2026-03-02T15:06:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>Withholding one item from a recipient:
 *
 * <pre>{@code
 * ConsentRefusal.builder()
 *         .id("c-5")
 *         .recipient(Recipient.organisation("org-aurora-house"))
 *         .addItems("p-son")                    // a priority's or a step's identifier
 *         .given(ConsentMode.VERBAL)
 *         .recordedBy("m-jo")
 *         .recordedAt(Instant.parse("2026-03-04T11:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>Only the person can lift a refusal, by a {@link ConsentRevocation} that names it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ConsentRefusal implements ConsentEntry {
    ConsentRefusal() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns who must never receive the information.
     *
     * @return the recipient
     */
    @NotNull
    public abstract Recipient getRecipient();

    /**
     * Returns the categories never to be shared with the recipient.
     *
     * @return the categories, in the order of {@link InformationCategory}; empty exactly when the
     *     refusal withholds items
     */
    @NotNull
    public abstract Set<InformationCategory> getCategories();

    /**
     * Returns the items of the plan never to be shared with the recipient: priorities or steps, by
     * identifier. A step serving only withheld priorities is withheld with them.
     *
     * @return the identifiers, sorted; empty exactly when the refusal withholds categories
     */
    @NotNull
    @Value.NaturalOrder
    public abstract SortedSet<@Pattern(regexp = Checks.ID_PATTERN) String> getItems();

    @Override
    @NotNull
    public abstract ConsentMode getGiven();

    @Override
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getRecordedBy();

    @Override
    @NotNull
    public abstract Instant getRecordedAt();

    @Value.Check
    void check() {
        String f = "consent[" + getId() + "]";
        Checks.id("consent.id", getId());
        Checks.id(f + ".recordedBy", getRecordedBy());
        getItems().forEach(i -> Checks.id(f + ".items", i));
        if (getCategories().isEmpty() == getItems().isEmpty()) {
            Checks.fail(
                    f + ".categories",
                    "a refusal withholds either categories or items of the plan; for both, record two refusals");
        }
    }

    /** Builds a {@link ConsentRefusal}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableConsentRefusal.Builder {
        Builder() {}
    }
}
