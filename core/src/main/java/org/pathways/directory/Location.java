package org.pathways.directory;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
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
 *         .frontGate("24-hour intake line 1-800-555-0148")
 *         .build();
 * safeHouse.withoutConfidentialDetails();   // community and front gate only
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
     * Returns the public way in to a confidential location, such as an intake line.
     *
     * @return the front gate; present whenever the location is confidential
     */
    public abstract Optional<String> getFrontGate();

    /**
     * Returns how the public may reach the location: the front gate of a confidential one, the phone
     * of another.
     *
     * @return the contact; empty when none is given
     */
    public Optional<String> getPublicContact() {
        return isConfidential() ? getFrontGate() : getPhone();
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
        getFrontGate().ifPresent(g -> Checks.label("location.frontGate", g, 200));
        if (isConfidential() && getFrontGate().isEmpty()) {
            Checks.fail(
                    "location.frontGate", "a confidential location gives a public front gate, such as an intake line");
        }
    }

    /** Builds a {@link Location}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableLocation.Builder {
        Builder() {}
    }
}
