package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.directory.Approach;
import org.pathways.directory.Barrier;
import org.pathways.directory.Capacity;
import org.pathways.directory.Knowledge;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.plan.StepKind;
import org.pathways.testing.Expect;

/** The Open Referral HSDS 3.0 import, with the specification's example and a fictional network. */
class HsdsImportTest {
    static String resource(String name) throws IOException {
        try (InputStream in = HsdsImportTest.class.getResourceAsStream("hsds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFictionalNetworkIsValidHsds() throws IOException {
        Schema organization = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(resource("organization.schema.json"), InputFormat.JSON);
        JsonNode network = new ObjectMapper().readTree(resource("north-bay-network.json"));
        assertEquals(2, network.size());
        for (JsonNode o : network) {
            assertEquals(
                    List.of(),
                    organization.validate(o.toString(), InputFormat.JSON),
                    o.get("name").asText());
        }
        assertEquals(List.of(), organization.validate(resource("organization_full.json"), InputFormat.JSON));
    }

    @Test
    void importsTheNetworkWithTheTaxonomyAndSaysWhatItDidNotMap() throws IOException {
        HsdsImport.Imported result = HsdsImport.create().read(resource("north-bay-network.json"));
        ServiceDirectory d = result.getDirectory();
        assertEquals(2, d.getOrganisations().size());
        assertEquals(3, d.getServices().size(), "the community meal has no programming");
        Service dropIn = d.find("5a1c2d3e-0000-4000-8000-000000000001").orElseThrow();
        assertEquals(EnumSet.of(StepKind.PEER_SUPPORT, StepKind.HARM_REDUCTION), dropIn.getProgramming());
        assertEquals(
                EnumSet.of(Approach.HARM_REDUCTION, Approach.SEX_WORK_INFORMED, Approach.PEER_DELIVERED),
                dropIn.getApproaches());
        assertEquals(EnumSet.of(Knowledge.EXPERIENTIAL), dropIn.getKnowledges());
        assertEquals(List.of("en", "fr", "oj"), dropIn.getLanguages());
        assertEquals(List.of("North Bay", "Sturgeon Falls"), List.copyOf(dropIn.getCommunities()));
        assertTrue(dropIn.isOpen24x7());
        assertEquals("North Bay", dropIn.getLocations().get(0).getCommunity());
        Service line = d.find("5a1c2d3e-0000-4000-8000-000000000002").orElseThrow();
        assertTrue(line.isRemote() && line.isOpen24x7());
        Service housing = d.find("5a1c2d3e-0000-4000-8000-000000000003").orElseThrow();
        assertEquals(EnumSet.of(Barrier.REQUIRES_SOBRIETY, Barrier.AGE_LIMIT), housing.getBarriers());
        assertEquals(Capacity.WAITLIST, housing.getCapacity());
        assertEquals(OptionalInt.of(30), housing.getTypicalWaitDays());
        assertEquals(
                java.util.Optional.of(org.pathways.LocalizedText.of("Intake Monday to Friday, 9 to 5")),
                housing.getHours());
        List<String> notes = result.getNotes();
        assertTrue(notes.contains("organization at /1: not mapped: description, website"), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("service at /1/services/0: required_documents present")));
        assertTrue(notes.stream().anyMatch(n -> n.contains("service at /1/services/1: skipped, no programming")));
        assertTrue(notes.stream()
                .anyMatch(n -> n.contains("/1/services/1: attribute code of the taxonomy 'pathways' not understood")));
    }

    @Test
    void importsTheSpecificationsOwnExampleAndReportsWhatItCannotUse() throws IOException {
        HsdsImport.Imported result = HsdsImport.create().read(resource("organization_full.json"));
        assertEquals(1, result.getDirectory().getOrganisations().size());
        assertEquals(List.of(), result.getDirectory().getServices(), "its attributes are of another taxonomy");
        List<String> notes = result.getNotes();
        assertTrue(
                notes.stream().anyMatch(n -> n.endsWith("an attribute of another taxonomy, not mapped")),
                notes.toString());
        assertTrue(
                notes.stream().anyMatch(n -> n.contains("a service area whose name is not a place name")),
                notes.toString());
        assertTrue(
                notes.stream().anyMatch(n -> n.contains("not mapped: ") && n.contains("wait_time")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("skipped, no programming attribute")), notes.toString());
        assertFalse(result.toString().isEmpty());
    }

    @Test
    void importsTheSpecificationsServiceExampleAsItsOrganizationWithOneService() throws IOException {
        HsdsImport.Imported result = HsdsImport.create().read(resource("service_full.json"));
        assertEquals(1, result.getDirectory().getOrganisations().size());
        assertEquals(List.of(), result.getDirectory().getServices(), "its attributes are of another taxonomy");
        assertTrue(
                result.getNotes().stream().anyMatch(n -> n.contains("skipped, no programming attribute")),
                result.getNotes().toString());
        String withProgramming = resource("service_full.json")
                .replace("\"taxonomy\": \"taxonomy\"", "\"taxonomy\": \"pathways\"")
                .replace("\"code\": \"code\"", "\"code\": \"programming:counselling\"");
        ServiceDirectory d = HsdsImport.create().read(withProgramming).getDirectory();
        assertEquals(1, d.getServices().size());
        assertEquals(d.getOrganisations().get(0).getId(), d.getServices().get(0).getOrganisation());
        assertEquals(
                EnumSet.of(Barrier.AGE_LIMIT, Barrier.FEE),
                d.getServices().get(0).getBarriers());
    }

    @Test
    void aClosedServiceIsFullAndAnInactiveOneIsSkipped() throws IOException {
        String network = resource("north-bay-network.json");
        String closed = network.replaceFirst("\"status\": \"active\"", "\"status\": \"temporarily closed\"");
        assertEquals(
                Capacity.FULL,
                HsdsImport.create()
                        .read(closed)
                        .getDirectory()
                        .getServices()
                        .get(0)
                        .getCapacity());
        String gone = network.replaceFirst("\"status\": \"active\"", "\"status\": \"defunct\"");
        HsdsImport.Imported result = HsdsImport.create().read(gone);
        assertEquals(2, result.getDirectory().getServices().size());
        assertTrue(result.getNotes().contains("service at /0/services/0: skipped, its status is defunct"));
    }

    @Test
    void everyTruncationOfTheNetworkIsImportedOrRefusedWithTheLibrarysException() throws IOException {
        byte[] network = resource("north-bay-network.json").getBytes(StandardCharsets.UTF_8);
        for (int end = 0; end < network.length; end += 3) {
            java.io.ByteArrayInputStream cut = new java.io.ByteArrayInputStream(network, 0, end);
            try {
                HsdsImport.create().read(cut);
            } catch (MalformedDocumentException expected) {
                // the one way the importer refuses
            }
        }
        byte[] utf32 = {0, 0, 0, '{', 0x68, 0x6e, 0x75, 0x73};
        assertThrowsMalformed(utf32);
    }

    private static void assertThrowsMalformed(byte[] bytes) {
        org.junit.jupiter.api.Assertions.assertThrows(
                MalformedDocumentException.class,
                () -> HsdsImport.create().read(new java.io.ByteArrayInputStream(bytes)));
    }

    @Test
    void refusesWhatIsNotAnOrganization() {
        Expect.rejects(
                MalformedDocumentException.class,
                () -> HsdsImport.create().read("\"text\""),
                "",
                "expected an HSDS organization");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> HsdsImport.create().read("{\"name\":\"x\"}"),
                "",
                "an organization needs an id and a name");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> HsdsImport.create().read("{\"id\": "),
                "",
                "unexpected end of input");
    }

    @Test
    void aPlaceNameIsUpToAHundredCharactersAndMidnightToMidnightIsAllDay() throws IOException {
        String network = resource("north-bay-network.json");
        String longArea = network.replace("\"name\": \"Sturgeon Falls\"", "\"name\": \"" + "S".repeat(100) + "\"");
        assertTrue(HsdsImport.create()
                .read(longArea)
                .getDirectory()
                .getServices()
                .get(0)
                .getCommunities()
                .contains("S".repeat(100)));
        String tooLong = network.replace("\"name\": \"Sturgeon Falls\"", "\"name\": \"" + "S".repeat(101) + "\"");
        assertTrue(HsdsImport.create().read(tooLong).getNotes().stream().anyMatch(n -> n.contains("not a place name")));
        String midnight = network.replace("\"closes_at\": \"23:59:59\"", "\"closes_at\": \"24:00:00\"");
        assertTrue(HsdsImport.create()
                .read(midnight)
                .getDirectory()
                .getServices()
                .get(0)
                .isOpen24x7());
        String sixDays = network.replace("MO,TU,WE,TH,FR,SA,SU", "MO,TU,WE,TH,FR,SA");
        Service dropIn =
                HsdsImport.create().read(sixDays).getDirectory().getServices().get(0);
        assertFalse(dropIn.isOpen24x7());
        assertEquals(java.util.Optional.of(org.pathways.LocalizedText.of("Always open")), dropIn.getHours());
    }

    @Test
    void keepsTheFirstThousandNotesAndCountsTheRest() {
        StringBuilder services = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            services.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"svc-")
                    .append(i)
                    .append("\",\"name\":\"Drop-in\"}");
        }
        HsdsImport.Imported result = HsdsImport.create()
                .read("{\"id\":\"org-1\",\"name\":\"Northern Lights Centre\",\"services\":[" + services + "]}");
        assertEquals(HsdsImport.Imported.MAX_NOTES_KEPT, result.getNotes().size());
        assertEquals(1_500 - HsdsImport.Imported.MAX_NOTES_KEPT, result.getOmittedNotes());
        assertTrue(
                result.getNotes().get(0).startsWith("service at /services/0"),
                result.getNotes().get(0));
        assertTrue(result.toString().endsWith("1000 notes, 500 more omitted]"), result.toString());
    }

    @Test
    void refusesOverlongUtf8() {
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        Expect.rejects(
                MalformedDocumentException.class,
                () -> HsdsImport.create().read(new java.io.ByteArrayInputStream(bad)),
                "",
                "not valid text");
    }
}
