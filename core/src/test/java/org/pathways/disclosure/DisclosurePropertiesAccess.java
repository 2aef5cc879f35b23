package org.pathways.disclosure;

import java.util.Optional;
import org.quicktheories.core.Gen;

/** The views of {@link DisclosureProperties}, for tests in other packages. */
public final class DisclosurePropertiesAccess {
    private DisclosurePropertiesAccess() {}

    /**
     * Generates the views of generated plans, or empty when consent permitted nothing.
     *
     * @return the generator
     */
    public static Gen<Optional<PlanView>> shared() {
        return DisclosureProperties.shared().map(s -> s.result().map(Disclosed::getView));
    }
}
