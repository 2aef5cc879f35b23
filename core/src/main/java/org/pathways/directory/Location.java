package org.pathways.directory;

import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.LocalizedText;
import org.pathways.internal.Checks;

/**
 * Where a service is, in which community, and how to reach it. A shelter or safe house marks its
 * address and phone confidential and gives a public "front gate" instead, such as an intake line.
 *
 * <pre>{@code
 * Location safeHouse = Location.builder()
 *         .community("North Bay")
 *         .address("(the house's address)")
 *         .confidential(true)
 *         .frontGate(LocalizedText.of("24-hour intake line 1-800-555-0148")
 *                 .with("fr", "Ligne d'accueil 24 heures sur 24 : 1-800-555-0148"))
 *         .build();
 * safeHouse.withoutConfidentialDetails();          // community and front gate only
 * safeHouse.getPublicContact(Locale.CANADA_FRENCH); // "Ligne d'accueil 24 heures sur 24 : 1-800-555-0148"
 * }</pre>
 *
 * <p>The address and phone never appear in {@link #toString()}, confidential or not.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Location {
    Location() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the community the location is in.
     *
     * @return a place name, such as {@code Sudbury}
     */
    @NotNull
    public abstract String getCommunity();

    /**
     * Returns the street address.
     *
     * @return the address; empty when not given or left out for export
     */
    @Value.Redacted
    public abstract Optional<String> getAddress();

    /**
     * Returns the location's own phone number.
     *
     * @return the number; empty when not given or left out for export
     */
    @Value.Redacted
    public abstract Optional<String> getPhone();

    /**
     * Asks whether the address and phone are confidential, as a shelter's or safe house's are.
     *
     * @return true when confidential
     */
    @Value.Default
    public boolean isConfidential() {
        return false;
    }

    /**
     * Returns the public way in to a confidential location, such as an intake line, in the languages
     * the directory wrote it.
     *
     * @return the front gate; present whenever the location is confidential
     */
    public abstract Optional<LocalizedText> getFrontGate();

    /**
     * Returns how the public may reach the location, for a reader: the front gate of a confidential
     * one in the reader's language (resolved as {@link LocalizedText#in(Locale)} resolves it, so the
     * text as first written when the directory gave no alternative in that language), the phone of
     * another. A phone number has no language.
     *
     * @param locale the reader's locale, such as {@code Locale.CANADA_FRENCH}
     * @return the contact; empty when none is given
     * @throws NullPointerException if locale is null
     */
    public Optional<String> getPublicContact(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return isConfidential() ? getFrontGate().map(g -> g.in(locale)) : getPhone();
    }

    /**
     * Returns this location as it may leave the agency: a confidential one without its address and
     * phone.
     *
     * @return the copy, or this location when it is not confidential
     */
    public Location withoutConfidentialDetails() {
        if (!isConfidential() || (getAddress().isEmpty() && getPhone().isEmpty())) {
            return this;
        }
        return builder()
                .from(this)
                .address(Optional.empty())
                .phone(Optional.empty())
                .build();
    }

    @Value.Check
    void check() {
        Checks.label("location.community", getCommunity(), 100);
        getAddress().ifPresent(a -> Checks.label("location.address", a, 200));
        getPhone().ifPresent(p -> Checks.label("location.phone", p, 40));
        getFrontGate().ifPresent(g -> Checks.text("location.frontGate", g, 200));
        if (isConfidential() && getFrontGate().isEmpty()) {
            Checks.fail(
                    "location.frontGate", "a confidential location gives a public front gate, such as an intake line");
        }
    }

    /** Builds a {@link Location}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableLocation.Builder {
        Builder() {}

        /**
         * Sets a front gate written in one language.
         *
         * @param frontGate the public way in, such as an intake line; not blank, at most 200
         *     characters
         * @return this builder
         */
        public Builder frontGate(String frontGate) {
            Objects.requireNonNull(frontGate, "frontGate");
            Checks.label("location.frontGate", frontGate, 200);
            return frontGate(LocalizedText.of(frontGate));
        }
    }
}
