package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pathways.ErrorCode;
import org.pathways.MalformedDocumentException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.Capacity;
import org.pathways.directory.Location;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.Disclosures;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.CarePlan;
import org.pathways.plan.StepKind;
import org.pathways.testing.SamplePlans;

class FhirBundlesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final FhirBundles fhir = FhirBundles.create();
    private final CarePlan mira = SamplePlans.mira();

    /** What the shelter receives from Mira's plan for her referral, ten minutes after the intake. */
    static PlanView miraShelterView() {
        return Disclosures.disclose(
                        SamplePlans.mira(),
                        Recipient.organisation(SamplePlans.SHELTER),
                        Purpose.REFERRAL,
                        SamplePlans.edit(10))
                .getView();
    }

    @Test
    void theDocumentedExampleIsTheOneWritten() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "fhir.md"));
        String written = fhir.withPrettyPrinting().write(miraShelterView());
        assertTrue(doc.contains("```json\n" + written + "\n```"), "docs/fhir.md shows another Bundle");
    }

    @Test
    void readsMirasPlanAndViewBack() {
        assertEquals(mira, fhir.readPlan(fhir.write(mira)));
        assertEquals(miraShelterView(), fhir.readView(fhir.write(miraShelterView())));
    }

    @Test
    void textTheAgencyWroteInTwoLanguagesTravelsAsFhirsTranslationExtension() throws IOException {
        CarePlan plan = SamplePlans.miraWithBilingualStep();
        String written = fhir.write(plan);
        JsonNode note = null;
        for (JsonNode e : MAPPER.readTree(written).get("entry")) {
            if (e.get("resource").get("resourceType").asText().equals("ServiceRequest")) {
                note = e.get("resource").get("note").get(0);
            }
        }
        assertEquals("Intake at the front desk", note.get("text").asText());
        JsonNode translation = note.get("_text").get("extension").get(0);
        assertEquals(
                "http://hl7.org/fhir/StructureDefinition/translation",
                translation.get("url").asText());
        assertEquals("fr", translation.get("extension").get(0).get("valueCode").asText());
        assertEquals(
                "Accueil à la réception",
                translation.get("extension").get(1).get("valueString").asText());
        assertEquals(plan, fhir.readPlan(written));
        assertEquals(List.of(), R4Validator.errors(written));
        org.pathways.directory.ServiceDirectory network = SamplePlans.bilingualNetwork();
        String directory = fhir.write(network);
        assertTrue(directory.contains("\"_name\""), directory);
        assertTrue(directory.contains("\"_availabilityExceptions\""), directory);
        assertTrue(directory.contains("Maison Birchwood") && directory.contains("De 9 h à 17 h"), directory);
        assertEquals(List.of(), R4Validator.errors(directory));
        String twice = written.replace("\"_text\":{\"extension\":[", "\"_text\":{\"extension\":[" + translation + ",");
        org.pathways.MalformedDocumentException e =
                assertThrows(org.pathways.MalformedDocumentException.class, () -> fhir.readPlan(twice));
        assertTrue(e.getReason().contains("same language"), e.getMessage());
        assertFalse(e.getMessage().contains("Accueil"), e.getMessage());
    }

    @Test
    void carriesADataStewardAsAnExtensionThatValidatesAndReadsBack() {
        CarePlan governed = mira.nameSteward("org-cedar-bay-fn", SamplePlans.edit(10));
        String written = fhir.write(governed);
        assertTrue(written.contains(Canon.EXT_DATA_STEWARD));
        assertEquals(governed, fhir.readPlan(written));
        assertEquals(java.util.List.of(), R4Validator.errors(written));
        org.pathways.directory.ServiceDirectory d = org.pathways.directory.ServiceDirectory.builder()
                .addOrganisations(org.pathways.directory.Organisation.of("org-birch-river-health", "Health Centre")
                        .withSteward("org-birch-river-fn"))
                .addServices(org.pathways.directory.Service.builder()
                        .id("svc-healing")
                        .organisation("org-birch-river-health")
                        .steward("org-birch-river-fn")
                        .name("Healing lodge")
                        .addProgramming(org.pathways.plan.StepKind.INDIGENOUS_HEALING)
                        .build())
                .build();
        String directory = fhir.write(d);
        assertEquals(3, directory.split(java.util.regex.Pattern.quote(Canon.EXT_DATA_STEWARD), -1).length);
        assertEquals(java.util.List.of(), R4Validator.errors(directory));
        assertEquals(d, fhir.readDirectory(directory), "the stewards read back with the directory");
    }

    @Test
    void theViewForTheShelterHoldsNoCodeWord() {
        String code =
                mira.getPerson().getSafeContact().getCodeWord().orElseThrow().reveal();
        assertTrue(fhir.write(mira).contains(code));
        assertFalse(fhir.write(miraShelterView()).contains(code));
    }

    @Test
    void refusesWhatIsNotABundle() {
        rejects("{\"resourceType\":\"Patient\"}", "Bundle.resourceType", "must be Bundle");
        rejects("[1]", "Bundle", "must be a JSON object");
        rejects("{\"resourceType\":\"Bundle\",\"entry\":{}}", "Bundle.entry", "must be an array");
    }

    @Test
    void refusesTruncatedJsonAndDuplicateKeysWithoutQuotingThem() {
        String json = fhir.write(mira);
        MalformedDocumentException e =
                rejects(json.substring(0, json.length() / 2), "Bundle", "is not well-formed JSON");
        assertFalse(e.getMessage().contains("Secret"));
        rejects("{\"resourceType\":\"Bundle\",\"resourceType\":\"Bundle\"}", "Bundle", "is not well-formed JSON");
    }

    @Test
    void refusesTwoEntriesWithOneFullUrl() {
        rejects(
                edit(mira, b -> {
                    ArrayNode entries = (ArrayNode) b.get("entry");
                    entries.add(entries.get(0).deepCopy());
                }),
                "Bundle.entry[" + entries(mira) + "].fullUrl",
                "appears more than once");
    }

    @Test
    void refusesAReferenceToNoEntry() {
        rejects(
                edit(
                        mira,
                        b -> task(b).with("focus").put("reference", "urn:uuid:00000000-0000-0000-0000-000000000000")),
                "Bundle.entry[" + index(mira, "Task") + "].resource.focus.reference",
                "refers to no entry of the Bundle");
    }

    @Test
    void refusesAReferenceToTheWrongType() {
        String patient =
                first(MAPPER.valueToTree(tree(mira)), "Patient").get("fullUrl").asText();
        rejects(
                edit(mira, b -> task(b).with("focus").put("reference", patient)),
                "Bundle.entry[" + index(mira, "Task") + "].resource.focus.reference",
                "refers to a Patient, not a ServiceRequest");
    }

    @Test
    void refusesAGoalAboutSomeoneElse() {
        rejects(
                edit(mira, b -> resource(b, "Goal").with("subject").put("reference", "Patient/other")),
                "Bundle.entry[" + index(mira, "Goal") + "].resource.subject",
                "does not refer to the Patient of this Bundle");
    }

    @Test
    void refusesAValueOfTheWrongType() {
        rejects(
                edit(
                        mira,
                        b -> ((ObjectNode) resource(b, "Goal").get("extension").get(0)).put("valuePositiveInt", "1")),
                "Bundle.entry[" + index(mira, "Goal") + "].resource.extension[0].valuePositiveInt",
                "must be a whole number from 1");
    }

    @Test
    void refusesAnUnknownCodeWithoutQuotingIt() {
        MalformedDocumentException e = rejects(
                edit(
                        mira,
                        b -> ((ObjectNode) resource(b, "ServiceRequest")
                                        .get("code")
                                        .get("coding")
                                        .get(0))
                                .put("code", "my uncle sold me")),
                "Bundle.entry[" + index(mira, "ServiceRequest") + "].resource.code.coding[0].code",
                "is not a code of");
        assertFalse(e.getMessage().contains("uncle"));
    }

    @Test
    void refusesARevocationThatRevokesItself() {
        String json = edit(mira, b -> {
            ObjectNode consent = resource(b, "Consent");
            String self = first(b, "Consent").get("fullUrl").asText();
            consent.remove("provision");
            ObjectNode rev = ((ArrayNode) consent.get("extension")).addObject();
            rev.put("url", FhirBundles.BASE + "/StructureDefinition/revocation");
            ObjectNode revokes = rev.putArray("extension").addObject();
            revokes.put("url", "revokes");
            revokes.putObject("valueReference").put("reference", self);
        });
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> fhir.readPlan(json));
        assertTrue(e.getReason().contains("revokes"), e.getMessage());
    }

    @Test
    void refusesABundleFromElsewhereThatBreaksARuleOfTheCore() {
        // the shelter step goes ahead at once, before her consent was recorded
        String json = edit(mira, b -> {
            ArrayNode history = (ArrayNode) task(b).get("extension");
            ObjectNode change = history.get(history.size() - 1).deepCopy();
            ((ObjectNode) change.get("extension").get(0).get("valueCoding")).put("code", "in_progress");
            ((ArrayNode) change.get("extension")).remove(3);
            history.add(change);
        });
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> fhir.readPlan(json));
        assertEquals("Bundle.entry[" + index(mira, "CarePlan") + "].resource", e.getField());
        assertEquals(ErrorCode.CONSENT_MISSING, e.getCode(), e.getMessage());
        assertTrue(e.getReason().contains("steps[s-shelter]"), e.getMessage());
    }

    @Test
    void aPlanNeedsItsCarePlanAndItsPatient() {
        rejects("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}", "Bundle.entry", "holds no CarePlan");
    }

    @Test
    void refusesABundleOverTheLengthLimit() {
        String huge = "{\"resourceType\":\"Bundle\",\"x\":\"" + "a".repeat(5 << 20) + "\"}";
        assertEquals(
                ErrorCode.LIMIT_EXCEEDED,
                rejects(huge, "Bundle", "characters long, more than").getCode());
    }

    @Test
    void saysWhichKindOfProblemItIs() {
        assertEquals(
                ErrorCode.MALFORMED,
                rejects("{", "Bundle", "is not well-formed").getCode());
        String json = edit(
                mira,
                b -> ((ObjectNode) resource(b, "ServiceRequest")
                                .get("code")
                                .get("coding")
                                .get(0))
                        .put("code", "rescue"));
        assertEquals(
                ErrorCode.UNKNOWN_CODE,
                assertThrows(MalformedDocumentException.class, () -> fhir.readPlan(json))
                        .getCode());
    }

    /** Two fictional organisations: a shelter at a confidential address, and a legal clinic. */
    static ServiceDirectory network() {
        return ServiceDirectory.builder()
                .addOrganisations(
                        Organisation.of("org-harbour-house", "Harbour House"),
                        Organisation.of("org-lakeside-legal", "Lakeside Legal Clinic"))
                .addServices(
                        Service.builder()
                                .id("svc-harbour-shelter")
                                .organisation("org-harbour-house")
                                .name("Emergency shelter")
                                .addProgramming(StepKind.REFERRAL)
                                .addLanguages("en", "fr-CA")
                                .open24x7(true)
                                .capacity(Capacity.WAITLIST)
                                .typicalWaitDays(21)
                                .addLocations(Location.builder()
                                        .community("North Bay")
                                        .address("CONFIDENTIAL 12 Hidden Lane")
                                        .confidential(true)
                                        .frontGate("crisis line 1-800-555-0142")
                                        .build())
                                .build(),
                        Service.builder()
                                .id("svc-lakeside-family-law")
                                .organisation("org-lakeside-legal")
                                .name("Family law advice")
                                .addProgramming(StepKind.LEGAL_SUPPORT)
                                .addCommunities("North Bay", "Sudbury")
                                .remote(true)
                                .hours("Monday to Friday, 9 to 5")
                                .addLocations(Location.builder()
                                        .community("North Bay")
                                        .address("200 Main Street West")
                                        .phone("705-555-0190")
                                        .frontGate("walk-in desk, ground floor")
                                        .build())
                                .build())
                .build();
    }

    @Test
    void readsADirectoryBackWithoutItsConfidentialLocation() {
        ServiceDirectory read = fhir.readDirectory(fhir.write(network()));
        assertEquals(DirectoryBundleProperties.withoutConfidentialLocations(network()), read);
        assertEquals(List.of(), read.getServices().get(0).getLocations());
        assertEquals(network().getServices().get(1), read.getServices().get(1));
    }

    @Test
    void aPublicFrontGateGoesWithItsFrenchAsATranslationAndReadsBack() throws IOException {
        Service clinic = network().getServices().get(1);
        ServiceDirectory d = ServiceDirectory.builder()
                .from(network())
                .services(List.of(Service.builder()
                        .from(clinic)
                        .locations(List.of(Location.builder()
                                .from(clinic.getLocations().get(0))
                                .frontGate(org.pathways.LocalizedText.of("walk-in desk, ground floor")
                                        .with("fr", "comptoir sans rendez-vous, rez-de-chaussée"))
                                .build()))
                        .build()))
                .build();
        String written = fhir.write(d);
        JsonNode gate = null;
        for (JsonNode e : MAPPER.readTree(written).get("entry")) {
            if ("Location".equals(e.get("resource").get("resourceType").asText())) {
                gate = e.get("resource").get("extension").get(0);
            }
        }
        assertEquals(Canon.EXT_FRONT_GATE, gate.get("url").asText());
        assertEquals("walk-in desk, ground floor", gate.get("valueString").asText());
        JsonNode translation = gate.get("_valueString").get("extension").get(0);
        assertEquals(
                "http://hl7.org/fhir/StructureDefinition/translation",
                translation.get("url").asText());
        assertEquals("fr", translation.get("extension").get(0).get("valueCode").asText());
        assertEquals(
                "comptoir sans rendez-vous, rez-de-chaussée",
                translation.get("extension").get(1).get("valueString").asText());
        assertEquals(d, fhir.readDirectory(written));
        assertEquals(List.of(), R4Validator.errors(written));
    }

    @Test
    void refusesADirectoryWhoseServiceIsProvidedByNoOrganisationOfIt() throws IOException {
        ObjectNode b = (ObjectNode) MAPPER.readTree(fhir.write(network()));
        String location = first(b, "Location").get("fullUrl").asText();
        ObjectNode service = resource(b, "HealthcareService");
        service.with("providedBy").put("reference", location);
        MalformedDocumentException e =
                assertThrows(MalformedDocumentException.class, () -> fhir.readDirectory(b.toString()));
        assertTrue(e.getField().endsWith(".providedBy.reference"), e.getMessage());
        assertTrue(e.getReason().contains("not a Organization"), e.getMessage());
        service.set("providedBy", BundleWriter.organisation("org-elsewhere"));
        e = assertThrows(MalformedDocumentException.class, () -> fhir.readDirectory(b.toString()));
        assertTrue(e.getReason().contains("names an organisation that is not in the directory"), e.getMessage());
        service.remove("providedBy");
        e = assertThrows(MalformedDocumentException.class, () -> fhir.readDirectory(b.toString()));
        assertTrue(e.getField().endsWith(".providedBy"), e.getMessage());
    }

    @Test
    void refusesADirectoryLocationWithoutItsCommunityOrAServiceWithoutWhatItDelivers() throws IOException {
        ObjectNode b = (ObjectNode) MAPPER.readTree(fhir.write(network()));
        ((ObjectNode) resource(b, "Location").get("address")).remove("city");
        MalformedDocumentException e =
                assertThrows(MalformedDocumentException.class, () -> fhir.readDirectory(b.toString()));
        assertTrue(e.getField().endsWith("address.city"), e.getMessage());
        ObjectNode c = (ObjectNode) MAPPER.readTree(fhir.write(network()));
        resource(c, "HealthcareService").remove("type");
        e = assertThrows(MalformedDocumentException.class, () -> fhir.readDirectory(c.toString()));
        assertTrue(e.getReason().contains("at least one kind of step"), e.getMessage());
    }

    @Test
    void aLocationThatBreaksARuleIsNamedItselfNotTheServiceThatListsIt() throws IOException {
        ObjectNode b = (ObjectNode) MAPPER.readTree(fhir.write(network()));
        int at = 0;
        while (!"Location"
                .equals(b.get("entry")
                        .get(at)
                        .get("resource")
                        .get("resourceType")
                        .asText())) {
            at++;
        }
        ((ObjectNode) resource(b, "Location").get("address")).put("text", "Rue des Pins ".repeat(16));
        MalformedDocumentException e =
                assertThrows(MalformedDocumentException.class, () -> fhir.readDirectory(b.toString()));
        assertEquals("Bundle.entry[" + at + "].resource", e.getField(), e.getMessage());
        assertTrue(e.getReason().contains("location.address"), e.getMessage());
        assertFalse(e.getMessage().contains("Pins"), "the rejected address is not repeated");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private MalformedDocumentException rejects(String json, String field, String reason) {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> fhir.readPlan(json));
        assertEquals(field, e.getField(), e.getMessage());
        assertTrue(e.getReason().contains(reason), e.getMessage());
        return e;
    }

    private ObjectNode tree(CarePlan plan) {
        try {
            return (ObjectNode) MAPPER.readTree(fhir.write(plan));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String edit(CarePlan plan, Consumer<ObjectNode> change) {
        ObjectNode b = tree(plan);
        change.accept(b);
        return b.toString();
    }

    private int entries(CarePlan plan) {
        return tree(plan).get("entry").size();
    }

    private int index(CarePlan plan, String type) {
        JsonNode entries = tree(plan).get("entry");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).get("resource").get("resourceType").asText().equals(type)) {
                return i;
            }
        }
        throw new AssertionError(type);
    }

    private static ObjectNode first(JsonNode bundle, String type) {
        for (JsonNode e : bundle.get("entry")) {
            if (e.get("resource").get("resourceType").asText().equals(type)) {
                return (ObjectNode) e;
            }
        }
        throw new AssertionError(type);
    }

    private static ObjectNode resource(JsonNode bundle, String type) {
        return (ObjectNode) first(bundle, type).get("resource");
    }

    private static ObjectNode task(JsonNode bundle) {
        return resource(bundle, "Task");
    }

    @Test
    void consentAsPracticeKeepsItTravelsReadsBackAndValidates() {
        ConsentPolicy policy = ConsentPolicy.builder()
                .releaseDays(90)
                .noticeOfWithheld(true)
                .addOverrideRoles("privacy-officer")
                .build();
        Recipient shelter = Recipient.organisation(SamplePlans.SHELTER);
        CarePlan plan = mira.recordConsent(
                        policy.apply(ConsentGrant.builder()
                                .from(SamplePlans.shelterGrant())
                                .id("c-2")
                                .recipient(Recipient.organisation("org-clinic"))
                                .end(java.util.Optional.empty())
                                .recordedAt(SamplePlans.edit(10).getAt())
                                .build()),
                        SamplePlans.edit(10))
                .recordConsent(
                        ConsentRefusal.builder()
                                .id("c-3")
                                .recipient(shelter)
                                .addItems("p-son")
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(SamplePlans.edit(11).getAt())
                                .build(),
                        SamplePlans.edit(11))
                .recordConsent(
                        ConsentRevocation.builder()
                                .id("c-4")
                                .revokes("c-2")
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(SamplePlans.edit(12).getAt())
                                .build(),
                        SamplePlans.edit(12))
                .recordConsent(
                        ConsentConfirmation.builder()
                                .id("c-5")
                                .confirms("c-4")
                                .given(ConsentMode.WRITTEN)
                                .recordedBy("m-jo")
                                .recordedAt(SamplePlans.edit(13).getAt())
                                .build(),
                        SamplePlans.edit(13))
                .recordDisclosure(
                        Disclosure.builder()
                                .id("d-1")
                                .recipient(Recipient.organisation("org-child-services"))
                                .purpose(Purpose.COORDINATION)
                                .addCategories(InformationCategory.IDENTITY)
                                .at(SamplePlans.edit(14).getAt())
                                .by("m-jo")
                                .basis(DisclosureBasis.LEGAL_DUTY)
                                .reason(SensitiveText.of("a duty to report"))
                                .decidedBy("m-ines")
                                .decidedAs("privacy-officer")
                                .build(),
                        SamplePlans.edit(14),
                        policy);
        String bundle = fhir.write(plan);
        assertEquals(plan, fhir.readPlan(bundle));
        assertEquals(plan.getConsent(), fhir.readConsents(bundle));
        assertTrue(bundle.contains(FhirBundles.BASE + "/StructureDefinition/policy-expiry"));
        assertTrue(bundle.contains(FhirBundles.BASE + "/StructureDefinition/confirmation"));
        assertTrue(bundle.contains("\"data\":[{\"meaning\":\"instance\",\"reference\":{\"reference\":"));
        assertTrue(bundle.contains("\"url\":\"decidedAs\",\"valueString\":\"privacy-officer\""));
        assertEquals(
                List.of(),
                R4Validator.errors(bundle).stream().map(R4Validator::kind).toList());
        PlanView view = Disclosures.disclose(plan, shelter, Purpose.REFERRAL, SamplePlans.edit(15), policy)
                .getView();
        assertTrue(view.isWithheldAtRequest());
        String viewBundle = fhir.write(view);
        assertTrue(viewBundle.contains("\"url\":\"withheldAtRequest\",\"valueBoolean\":true"));
        assertFalse(viewBundle.contains("Get my son back"));
        assertEquals(view, fhir.readView(viewBundle));
        assertEquals(
                List.of(),
                R4Validator.errors(viewBundle).stream().map(R4Validator::kind).toList());
    }
}
