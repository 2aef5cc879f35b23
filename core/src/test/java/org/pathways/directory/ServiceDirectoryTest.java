package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.json.PlanJson;
import org.pathways.testing.Expect;

class ServiceDirectoryTest {
    static ServiceDirectory network() {
        return ServiceDirectory.builder()
                .addOrganisations(Organisation.of("org-aurora-house", "Aurora House"))
                .addOrganisations(Organisation.of("org-bay-health", "Bay Community Health"))
                .addServices(ServiceTest.shelter().build())
                .build();
    }

    @Test
    void findsServicesAndTheServicesOfAnOrganisation() {
        assertTrue(network().find("svc-aurora-shelter").isPresent());
        assertTrue(network().find("svc-nowhere").isEmpty());
        assertEquals(1, network().servicesOf("org-aurora-house").size());
        assertEquals(List.of(), network().servicesOf("org-bay-health"));
    }

    @Test
    void everyServiceBelongsToAnOrganisationOfTheDirectory() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> ServiceDirectory.builder()
                        .addServices(ServiceTest.shelter().build())
                        .build(),
                "services[svc-aurora-shelter].organisation",
                "names an organisation that is not in the directory");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ServiceDirectory.builder()
                        .from(network())
                        .addServices(ServiceTest.shelter().build())
                        .build(),
                "services",
                "the identifier of the item at 1 repeats that of the item at 0");
    }

    @Test
    void theDefaultWriterNeverWritesAConfidentialAddressOnlyTheCallThatSaysSo() {
        String inside = PlanJson.defaults().writeWithConfidentialDetails(network());
        assertEquals(network(), PlanJson.defaults().read(inside, ServiceDirectory.class));
        String written = PlanJson.defaults().write(network());
        assertFalse(written.contains("12 Birch Lane"));
        assertFalse(written.contains("705-555-0142"));
        assertEquals(PlanJson.defaults().write(network().withoutConfidentialDetails()), written);
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        PlanJson.defaults().writeWithConfidentialDetails(network(), stream);
        assertEquals(inside, stream.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theExportedDirectoryNeverShowsAConfidentialAddress() {
        String inside = PlanJson.defaults().writeWithConfidentialDetails(network());
        String outside = PlanJson.defaults().write(network().withoutConfidentialDetails());
        assertTrue(inside.contains("12 Birch Lane"));
        assertFalse(outside.contains("12 Birch Lane"));
        assertFalse(outside.contains("705-555-0142"));
        assertTrue(outside.contains("24-hour intake line"));
        assertEquals(network().withoutConfidentialDetails(), PlanJson.defaults().read(outside, ServiceDirectory.class));
    }
}
