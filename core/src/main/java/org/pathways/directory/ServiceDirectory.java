package org.pathways.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.pathways.ErrorCode;
import org.pathways.internal.Checks;

/**
 * The network's organisations and their services: what NORAHT's participants, "working in silos",
 * did not know existed.
 *
 * <pre>{@code
 * ServiceDirectory network = ServiceDirectory.builder()
 *         .addOrganisations(Organisation.of("org-aurora-house", "Aurora House"))
 *         .addServices(shelter)
 *         .build();
 * network.find("svc-aurora-shelter");
 * PlanJson.defaults().write(network.withoutConfidentialDetails());   // to share beyond the agency
 * }</pre>
 *
 * <p>Identifiers are unique, and every service belongs to an organisation of the directory.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceDirectory {
    ServiceDirectory() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the organisations.
     *
     * @return the organisations, in the order given
     */
    @NotNull
    public abstract List<@Valid Organisation> getOrganisations();

    /**
     * Returns the services.
     *
     * @return the services, in the order given
     */
    @NotNull
    public abstract List<@Valid Service> getServices();

    /**
     * Finds a service.
     *
     * @param serviceId the service's identifier
     * @return the service, or empty
     */
    public Optional<Service> find(String serviceId) {
        Objects.requireNonNull(serviceId, "serviceId");
        return getServices().stream().filter(s -> s.getId().equals(serviceId)).findFirst();
    }

    /**
     * Returns the services of one organisation.
     *
     * @param organisationId the organisation's identifier
     * @return its services, in directory order
     */
    public List<Service> servicesOf(String organisationId) {
        Objects.requireNonNull(organisationId, "organisationId");
        return getServices().stream()
                .filter(s -> s.getOrganisation().equals(organisationId))
                .toList();
    }

    /**
     * Returns the directory as it may leave the agency: every confidential location without its
     * address and phone, its community and front gate kept.
     *
     * @return the copy
     */
    public ServiceDirectory withoutConfidentialDetails() {
        return builder()
                .from(this)
                .services(getServices().stream()
                        .map(Service::withoutConfidentialDetails)
                        .toList())
                .build();
    }

    @Value.Check
    void check() {
        Set<String> organisations = Checks.unique("organisations", getOrganisations(), Organisation::getId);
        Checks.unique("services", getServices(), Service::getId);
        for (int i = 0; i < getServices().size(); i++) {
            Service s = getServices().get(i);
            if (!organisations.contains(s.getOrganisation())) {
                Checks.fail(
                        ErrorCode.INVALID,
                        "services[" + s.getId() + "].organisation",
                        "/services/" + i + "/organisation",
                        "names an organisation that is not in the directory");
            }
        }
    }

    /** Builds a {@link ServiceDirectory}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableServiceDirectory.Builder {
        Builder() {}
    }
}
