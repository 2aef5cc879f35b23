package org.pathways.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.LocalizedText;
import org.pathways.internal.Checks;

/**
 * An organisation in the network, such as {@code org-aurora-house, "Aurora House"}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Organisation {
    Organisation() {}

    /**
     * Returns an organisation.
     *
     * @param id its identifier, the one plans name as a step's provider
     * @param name its public name
     * @return the organisation
     */
    public static Organisation of(String id, String name) {
        Checks.label("organisation.name", name, 200);
        return of(id, LocalizedText.of(name));
    }

    /**
     * Returns an organisation whose name is written in more than one language.
     *
     * @param id its identifier, the one plans name as a step's provider
     * @param name its public name, such as "Birchwood House" with the French « Maison Birchwood »
     * @return the organisation
     */
    public static Organisation of(String id, LocalizedText name) {
        return ImmutableOrganisation.of(id, name, Optional.empty());
    }

    /**
     * Returns a copy of this organisation naming its data steward.
     *
     * <pre>{@code
     * Organisation.of("org-cedar-bay-health", "Cedar Bay Health Centre").withSteward("org-cedar-bay-fn");
     * }</pre>
     *
     * @param steward the steward's organisation identifier
     * @return the copy
     */
    public Organisation withSteward(String steward) {
        Objects.requireNonNull(steward, "steward");
        return ImmutableOrganisation.of(getId(), getName(), Optional.of(steward));
    }

    /**
     * Returns the organisation's data steward: the First Nation or Indigenous organisation that
     * governs secondary use of the records about it (OCAP), when the directory names one; it may be
     * the organisation itself.
     *
     * @return the steward's organisation identifier; empty when none is named
     */
    @Value.Parameter(order = 3)
    public abstract Optional<String> getSteward();

    /**
     * Returns the organisation's identifier.
     *
     * @return the identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    @Value.Parameter
    public abstract String getId();

    /**
     * Returns the organisation's public name, in the languages the directory wrote it.
     *
     * @return the name
     */
    @NotNull
    @Value.Parameter
    public abstract LocalizedText getName();

    @Value.Check
    void check() {
        Checks.id("organisation.id", getId());
        Checks.text("organisation.name", getName(), 200);
        getSteward().ifPresent(st -> Checks.id("organisation.steward", st));
    }
}
