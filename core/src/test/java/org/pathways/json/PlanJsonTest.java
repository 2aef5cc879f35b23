package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosures;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.priority.Priority;
import org.pathways.review.Finding;
import org.pathways.review.Rule;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class PlanJsonTest {
    private final PlanJson json = PlanJson.defaults();
    private final CarePlan mira = SamplePlans.mira();
    private final String text = json.write(mira);

    static String golden() throws IOException {
        return golden("mira-plan.json");
    }

    static String golden(String name) throws IOException {
        try (InputStream in = PlanJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /** What the shelter receives from Mira's plan for her referral, ten minutes after the intake. */
    static PlanView miraShelterView() {
        return Disclosures.disclose(
                        SamplePlans.mira(),
                        Recipient.organisation(SamplePlans.SHELTER),
                        Purpose.REFERRAL,
                        SamplePlans.edit(10))
                .getView();
    }

    private MalformedDocumentException rejects(String document, String pointer, String reason) {
        return Expect.rejects(MalformedDocumentException.class, () -> json.readPlan(document), pointer, reason);
    }

    @Test
    void writesTheDocumentedWireFormat() throws IOException {
        assertEquals(golden(), json.withPrettyPrinting().write(mira));
    }

    @Test
    void theDocumentedExampleIsTheOneWritten() throws IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "wire-format.md"));
        assertTrue(doc.contains("```json\n" + golden() + "\n```"), "docs/wire-format.md shows another example");
        assertTrue(
                doc.contains("```json\n" + golden("mira-shelter-view.json") + "\n```"),
                "docs/wire-format.md shows another disclosure view");
    }

    @Test
    void writesTheDocumentedDisclosureView() throws IOException {
        assertEquals(golden("mira-shelter-view.json"), json.withPrettyPrinting().write(miraShelterView()));
    }

    @Test
    void readsWhatItWrote() {
        assertEquals(mira, json.readPlan(text));
        assertEquals(mira, json.readPlan(json.withPrettyPrinting().write(mira)));
    }

    @Test
    void readsBackTheDataStewardItWrote() {
        CarePlan governed = mira.nameSteward("org-cedar-bay-fn", SamplePlans.edit(10));
        String written = json.write(governed);
        assertTrue(written.contains("\"steward\":\"org-cedar-bay-fn\""));
        assertEquals(governed, json.readPlan(written));
        assertFalse(json.write(mira).contains("steward"));
    }

    @Test
    void readsBackTheDataStewardsOfADirectory() {
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
        String written = json.write(d);
        assertEquals(d, json.read(written, org.pathways.directory.ServiceDirectory.class));
        assertEquals(2, written.split("\"steward\":\"org-birch-river-fn\"", -1).length - 1);
    }

    @Test
    void streamsGiveTheSameBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(mira, out);
        assertEquals(text, out.toString(StandardCharsets.UTF_8));
        assertEquals(mira, json.read(new ByteArrayInputStream(out.toByteArray()), CarePlan.class));
    }

    @Test
    void aTextWithAlternativesIsWrittenWithThemAndReadBack() {
        CarePlan plan = SamplePlans.miraWithBilingualStep();
        String written = json.write(plan);
        assertTrue(
                written.contains("\"description\":{\"text\":\"Intake at the front desk\",\"alternatives\":"
                        + "[{\"language\":\"fr\",\"text\":\"Accueil à la réception\"}]}"),
                written);
        assertEquals(plan, json.readPlan(written));
        org.pathways.directory.ServiceDirectory network = SamplePlans.bilingualNetwork();
        String directory = json.write(network);
        assertTrue(directory.contains("\"hours\":{\"text\":\"9 to 5\""), directory);
        assertEquals(network, json.read(directory, org.pathways.directory.ServiceDirectory.class));
    }

    /** A directory whose confidential shelter gives its front gate as the directory wrote it. */
    private static org.pathways.directory.ServiceDirectory shelterBehind(org.pathways.LocalizedText frontGate) {
        org.pathways.directory.ServiceDirectory network = SamplePlans.bilingualNetwork();
        org.pathways.directory.Service shelter = network.getServices().get(0);
        return org.pathways.directory.ServiceDirectory.builder()
                .from(network)
                .services(List.of(org.pathways.directory.Service.builder()
                        .from(shelter)
                        .addLocations(org.pathways.directory.Location.builder()
                                .community("North Bay")
                                .confidential(true)
                                .frontGate(frontGate)
                                .build())
                        .build()))
                .build();
    }

    @Test
    void aFrontGateWithAlternativesIsWrittenWithThemAndReadBack() {
        org.pathways.directory.ServiceDirectory d =
                shelterBehind(org.pathways.LocalizedText.of("24-hour intake line 1-800-555-0148")
                        .with("fr", "Ligne d'accueil 24 heures sur 24\u00a0: 1-800-555-0148"));
        String written = json.write(d);
        assertTrue(
                written.contains(
                        "\"frontGate\":{\"text\":\"24-hour intake line 1-800-555-0148\",\"alternatives\":"
                                + "[{\"language\":\"fr\",\"text\":\"Ligne d'accueil 24 heures sur 24\u00a0: 1-800-555-0148\"}]}"),
                written);
        assertEquals(d, json.read(written, org.pathways.directory.ServiceDirectory.class));
        assertEquals(written, json.write(json.read(written, org.pathways.directory.ServiceDirectory.class)));
    }

    @Test
    void aFrontGateInOneLanguageIsWrittenAndStillReadAsAPlainString() {
        org.pathways.directory.ServiceDirectory d =
                shelterBehind(org.pathways.LocalizedText.of("24-hour intake line 1-800-555-0148"));
        String written = json.write(d);
        assertTrue(written.contains("\"frontGate\":\"24-hour intake line 1-800-555-0148\""), written);
        assertEquals(d, json.read(written, org.pathways.directory.ServiceDirectory.class));
        String asObject = written.replace(
                "\"frontGate\":\"24-hour intake line 1-800-555-0148\"",
                "\"frontGate\":{\"text\":\"24-hour intake line 1-800-555-0148\"}");
        assertEquals(d, json.read(asObject, org.pathways.directory.ServiceDirectory.class));
    }

    @Test
    void refusesAFrontGateWhoseAlternativeIsTooLongAtItsPlace() {
        String written = json.write(shelterBehind(org.pathways.LocalizedText.of("24-hour intake line 1-800-555-0148")
                .with("fr", "ligne d'accueil")));
        MalformedDocumentException tooLong = assertThrows(
                MalformedDocumentException.class,
                () -> json.read(
                        written.replace("ligne d'accueil", "x".repeat(201)),
                        org.pathways.directory.ServiceDirectory.class));
        assertTrue(tooLong.getField().contains("/services/0/locations/0"), tooLong.getMessage());
        assertTrue(tooLong.getMessage().contains("location.frontGate: is 201 characters long, more than 200"));
        assertFalse(tooLong.getMessage().contains("xxx"), "the rejected text is not quoted");
    }

    @Test
    void aTextWrittenAsAPlainStringIsStillReadAndWrittenSo() {
        CarePlan plan = mira.updateStep(
                PlanStep.builder()
                        .from(mira.findStep("s-shelter").orElseThrow())
                        .description("Intake at the front desk")
                        .build(),
                SamplePlans.edit(6));
        String written = json.write(plan);
        assertTrue(written.contains("\"description\":\"Intake at the front desk\""), written);
        String asObject = written.replace(
                "\"description\":\"Intake at the front desk\"",
                "\"description\":{\"text\":\"Intake at the front desk\"}");
        assertEquals(plan, json.readPlan(asObject));
    }

    @Test
    void refusesABrokenTextWithAlternativesAtItsPlace() {
        String written = json.write(SamplePlans.miraWithBilingualStep());
        String fr = "{\"language\":\"fr\",\"text\":\"Accueil à la réception\"}";
        MalformedDocumentException twice =
                assertThrows(MalformedDocumentException.class, () -> json.readPlan(written.replace(fr, fr + "," + fr)));
        assertTrue(twice.getReason().contains("more than once"), twice.getMessage());
        assertTrue(twice.getField().endsWith("/description/alternatives/1"), twice.getField());
        MalformedDocumentException untagged = assertThrows(
                MalformedDocumentException.class,
                () -> json.readPlan(written.replace("\"language\":\"fr\"", "\"language\":\"Secret French\"")));
        assertFalse(untagged.getMessage().contains("Secret"), untagged.getMessage());
        MalformedDocumentException noText = assertThrows(
                MalformedDocumentException.class,
                () -> json.readPlan(written.replace("{\"text\":\"Intake at the front desk\",", "{")));
        assertTrue(noText.getField().endsWith("/description"), noText.getField());
        MalformedDocumentException stranger = assertThrows(
                MalformedDocumentException.class,
                () -> json.readPlan(written.replace("\"alternatives\":[", "\"Secret\":1,\"alternatives\":[")));
        assertFalse(stranger.getMessage().contains("Secret"), stranger.getMessage());
        StringBuilder many = new StringBuilder();
        for (String tag : new String[] {"fr", "oj", "cr", "iu", "mic", "moh", "de", "es", "it"}) {
            many.append(many.length() == 0 ? "" : ",")
                    .append("{\"language\":\"")
                    .append(tag)
                    .append("\",\"text\":\"x\"}");
        }
        MalformedDocumentException tooMany = assertThrows(
                MalformedDocumentException.class, () -> json.readPlan(written.replace(fr, many.toString())));
        assertEquals(org.pathways.ErrorCode.LIMIT_EXCEEDED, tooMany.getCode());
        assertThrows(
                MalformedDocumentException.class,
                () -> json.readPlan(written.replace("\"text\":\"Accueil à la réception\"", "\"text\":\" \"")));
        MalformedDocumentException number = assertThrows(
                MalformedDocumentException.class,
                () -> json.readPlan(written.replace(
                        "\"description\":{\"text\":\"Intake at the front desk\",", "\"description\":7,\"x\":{")));
        assertTrue(number.getReason().startsWith("expected a string, or an object"), number.getMessage());
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsTheSameBytesInTextAndStream() {
        CarePlan seedling = mira.updateStep(
                PlanStep.builder()
                        .from(mira.getSteps().get(0))
                        .description("A garden plot 🌱 and a quiet room")
                        .build(),
                org.pathways.testing.SamplePlans.edit(6));
        for (PlanJson writer : List.of(json, json.withPrettyPrinting())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(seedling, out);
            String text = writer.write(seedling);
            assertTrue(text.contains("🌱"));
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray());
        }
    }

    @Test
    void refusesOverlongUtf8FromAStream() {
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        String name = "\"chosenName\":\"Mira\"";
        int at = text.indexOf(name) + name.length() - 2; // before the final "a"
        for (byte[] form : List.of(
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            byte[] bad = new byte[good.length + form.length];
            System.arraycopy(good, 0, bad, 0, at);
            System.arraycopy(form, 0, bad, at, form.length);
            System.arraycopy(good, at, bad, at + form.length, good.length - at);
            MalformedDocumentException e = assertThrows(
                    MalformedDocumentException.class, () -> json.read(new ByteArrayInputStream(bad), CarePlan.class));
            assertTrue(e.getReason().startsWith("not valid text"), e.getMessage());
            BulkRead lines = json.readLines(new ByteArrayInputStream(bad), BadLine.SKIP, p -> {});
            assertEquals(1, lines.getSkipped());
            assertEquals(1, lines.getErrors().get(0).getLine());
            assertTrue(lines.getErrors().get(0).getReason().startsWith("not valid text"));
        }
    }

    @Test
    void everyPartReadsAndWritesAlone() {
        Priority p = mira.getPriorities().atRank(1);
        assertEquals(p, json.read(json.write(p), Priority.class));
        PlanStep s = mira.getSteps().get(0);
        assertEquals(s, json.read(json.write(s), PlanStep.class));
        assertFalse(json.write(p).contains("rank"));
    }

    @Test
    void aFindingCarriesItsSeveritySourcesAndArguments() {
        java.util.Map<String, String> arguments = new java.util.LinkedHashMap<>();
        arguments.put("status", "in_progress");
        arguments.put("provider", "org-aurora-house");
        arguments.put("purpose", "referral");
        arguments.put("categories", "identity");
        Finding f = Finding.of(Rule.STEP_WITHOUT_CONSENT, java.util.Optional.of("s-shelter"), arguments, "m");
        String text = json.write(f);
        assertEquals(
                "{\"rule\":\"step_without_consent\",\"severity\":\"violation\",\"sources\":[\"NP-5\",\"DM-1\"],"
                        + "\"subject\":\"s-shelter\",\"arguments\":{\"status\":\"in_progress\","
                        + "\"provider\":\"org-aurora-house\",\"purpose\":\"referral\",\"categories\":\"identity\"},"
                        + "\"message\":\"m\"}",
                text);
        Finding back = json.read(text, Finding.class);
        assertEquals(f, back);
        assertEquals(
                List.copyOf(arguments.keySet()), List.copyOf(back.getArguments().keySet()));
        assertEquals(
                Finding.of(Rule.NO_LEAD_CASE_WORKER, java.util.Optional.empty(), "none"),
                json.read("{\"rule\":\"no_lead_case_worker\",\"message\":\"none\"}", Finding.class));
        MalformedDocumentException severity = Expect.rejects(
                MalformedDocumentException.class,
                () -> json.read(text.replace("\"violation\"", "\"advisory\""), Finding.class),
                "/severity",
                "is not the severity of the rule, violation");
        assertEquals(org.pathways.ErrorCode.INVALID, severity.getCode());
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.read(text.replace("\"DM-1\"", "\"DM-2\""), Finding.class),
                "/sources",
                "are not the sources of the rule, [NP-5, DM-1]");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.read(text.replace("\"referral\"", "\"she said no\""), Finding.class),
                "",
                "finding.arguments.purpose: is codes, identifiers, numbers or instants");
    }

    @Test
    void startsWithTheSchemaVersion() {
        assertTrue(text.startsWith("{\"schemaVersion\":2,"));
    }

    @Test
    void rejectsAnUnknownField() {
        rejects(text.replace("\"selfDescription\"", "\"legalName\""), "/person/*", "unknown field");
        rejects(
                text.replace("{\"schemaVersion\":2,", "{\"schemaVersion\":2,\"rank\":2,"),
                "/rank",
                "unknown field 'rank' here");
    }

    @Test
    void rejectsNullInsteadOfLeavingTheValueOut() {
        rejects(
                text.replace("\"provider\":\"org-aurora-house\"", "\"provider\":null"),
                "/steps/0/provider",
                "must not be null");
    }

    @Test
    void rejectsAWrongTypeNamingWhatWasExpected() {
        rejects(
                text.replace("\"firstAppointment\":true", "\"firstAppointment\":\"yes\""),
                "/steps/0/firstAppointment",
                "expected true or false but found a string");
        rejects(
                text.replace("\"number\":9", "\"number\":\"8\""),
                "/revision/number",
                "expected a whole number but found a string");
    }

    @Test
    void rejectsAnUnknownCode() {
        rejects(
                text.replace("\"kind\":\"referral\"", "\"kind\":\"rescue\""),
                "/steps/0/kind",
                "unknown code: 6 characters of letters");
    }

    @Test
    void rejectsAnInvalidDate() {
        rejects(
                text.replace("\"at\":\"2026-03-02T15:00:00Z\"", "\"at\":\"2026-02-30T15:00:00Z\""),
                "/steps/0/history/0/at",
                "is not an ISO-8601 instant");
    }

    @Test
    void rejectsDuplicateKeys() {
        rejects(
                text.replace("\"id\":\"plan-2c9e\"", "\"id\":\"plan-2c9e\",\"id\":\"plan-x\""),
                "",
                "duplicate field 'id'");
    }

    @Test
    void rejectsARepeatedElementOfASetRatherThanMergingIt() {
        rejects(
                text.replace("\"serves\":[\"p-home\"]", "\"serves\":[\"p-home\",\"p-home\"]"),
                "/steps/0/serves",
                "an element appears more than once");
        rejects(
                text.replace("\"domains\":[\"physical\"]", "\"domains\":[\"physical\",\"physical\"]"),
                "/priorities/1/domains",
                "more than once");
    }

    @Test
    void rejectsRanksThatAreNotContiguous() {
        rejects(
                text.replace("\"rank\":3", "\"rank\":4"),
                "/priorities/2/rank",
                "ranks must be unique and contiguous from 1 to 3; rank 4 is out of place");
        rejects(text.replace("\"rank\":3", "\"rank\":2"), "/priorities/2/rank", "unique and contiguous");
    }

    @Test
    void rejectsAPriorityWithoutRankInThePersonsList() {
        rejects(text.replace("\"rank\":1,", ""), "/priorities/0", "needs its rank");
    }

    @Test
    void rejectsABrokenInvariantAtThePathOfTheObject() {
        MalformedDocumentException e = rejects(
                text.replace("\"serves\":[\"p-home\"]", "\"serves\":[\"p-gone\"]"),
                "/steps/0/serves",
                "serves a priority that is not in the plan");
        assertEquals("/steps/0/serves", e.getField());
        assertEquals(org.pathways.ErrorCode.INVALID, e.getCode());
        assertEquals(1, e.getLine());
        rejects(
                text.replace("\"status\":\"agreed\"", "\"status\":\"completed\""),
                "/steps/0/history/1",
                "an agreement belongs only to a change to agreed");
        MalformedDocumentException agreement = rejects(
                text.replace(",\"agreement\":\"verbal\"", ""),
                "/steps/0/history/1",
                "a step leaves proposed only with the person's agreement recorded");
        assertEquals(org.pathways.ErrorCode.ILLEGAL_TRANSITION, agreement.getCode());
    }

    @Test
    void rejectsAMissingRequiredFieldNamingIt() {
        rejects(text.replace("\"statement\":\"Get my son back\",", ""), "/priorities/0", "statement: required");
    }

    @Test
    void rejectsAMissingOrNewerSchemaVersion() {
        rejects(text.replace("\"schemaVersion\":2,", ""), "", "missing schemaVersion; a plan document carries it");
        rejects(
                text.replace("\"schemaVersion\":2,", "\"schemaVersion\":3,"),
                "/schemaVersion",
                "schemaVersion 3 is newer than this library, which reads versions 1 to 2");
    }

    @Test
    void rejectsTrailingContent() {
        rejects(text + " {}", "", "unexpected content after the document");
    }

    @Test
    void rejectsTruncationAndBrokenSyntaxWithLineAndColumn() {
        MalformedDocumentException e = rejects(text.substring(0, text.length() / 2), "", "unexpected end of input");
        assertTrue(e.getLine() >= 1);
        rejects("{\"schemaVersion\":1,]", "", "not well-formed JSON");
        rejects("", "", "expected an object but found the end of the input");
    }

    @Test
    void rejectsANumberOutOfRange() {
        rejects(text.replace("\"number\":9", "\"number\":99999999999"), "/revision/number", "number out of range");
    }

    @Test
    void rejectsDeepNestingAtTheFirstLevelTheFormatDoesNotHave() {
        String deep = text.replace("\"steps\":[", "\"steps\":[" + "[".repeat(5000));
        rejects(deep, "/steps/0", "expected an object but found an array");
    }

    @Test
    void neverEchoesANameThatIsNotPartOfTheFormat() {
        String words = "Get my son back";
        String broken = text.replace("\"statement\":\"" + words + "\"", "\"statement" + words + "\":\"x\"");
        MalformedDocumentException e = rejects(broken, "/priorities/0/*", "unknown field");
        assertFalse(e.getMessage().contains("son"), e.getMessage());
    }

    @Test
    void neverQuotesSensitiveTextInAnError() {
        String words = "Get my son back";
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class,
                () -> json.readPlan(text.replace("\"" + words + "\"", "\"" + words + "\" " + words)));
        assertFalse(e.getMessage().contains("son"), e.getMessage());
        String blank = text.replace("\"" + words + "\"", "\"   \"");
        MalformedDocumentException b = rejects(blank, "/priorities/0/statement", "must not be blank");
        assertFalse(b.getMessage().contains(words));
        assertFalse(SensitiveText.of(words).toString().contains("son"));
    }

    @Test
    void refusesATypeWithoutCodec() {
        assertThrows(IllegalArgumentException.class, () -> json.read("{}", String.class));
    }

    // ---- consent, conferences and views ----

    private static final String GRANT = "{\"type\":\"grant\",\"id\":\"c-1\","
            + "\"recipient\":{\"kind\":\"organisation\",\"id\":\"org-aurora-house\"},"
            + "\"categories\":[\"identity\"],\"purposes\":[\"referral\"],\"start\":\"2026-03-02T15:00:00Z\","
            + "\"given\":\"verbal\",\"recordedBy\":\"m-jo\",\"recordedAt\":\"2026-03-02T15:05:00Z\"}";

    @Test
    void readsEachKindOfConsentEntryByItsType() {
        ConsentEntry grant = json.read(GRANT, ConsentEntry.class);
        assertTrue(grant instanceof ConsentGrant);
        assertEquals(GRANT, json.write(grant));
        String revocation = "{\"type\":\"revocation\",\"id\":\"c-2\",\"revokes\":\"c-1\",\"given\":\"verbal\","
                + "\"recordedBy\":\"m-jo\",\"recordedAt\":\"2026-03-09T15:00:00Z\"}";
        assertTrue(json.read(revocation, ConsentEntry.class) instanceof ConsentRevocation);
        assertEquals(
                2,
                json.read("[" + GRANT + "," + revocation + "]", ConsentLedger.class)
                        .getEntries()
                        .size());
    }

    @Test
    void refusesAConsentEntryOfAnotherKindThanAsked() {
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.read(GRANT, ConsentRevocation.class),
                "",
                "expected a revocation but found another kind of consent entry");
    }

    @Test
    void refusesAnUnknownTypeOrAFieldThatBelongsToAnotherType() {
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.read(GRANT.replace("\"grant\"", "\"permission\""), ConsentEntry.class),
                "",
                "type: is not grant, refusal, revocation or confirmation");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.read(GRANT.replace("\"grant\"", "\"refusal\""), ConsentEntry.class),
                "",
                "purposes: is not a field of a refusal");
    }

    @Test
    void refusesALedgerWhoseRevocationPrecedesItsGrant() {
        String revocation = "{\"type\":\"revocation\",\"id\":\"c-2\",\"revokes\":\"c-1\",\"given\":\"verbal\","
                + "\"recordedBy\":\"m-jo\",\"recordedAt\":\"2026-03-01T15:00:00Z\"}";
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.read("[" + revocation + "," + GRANT + "]", ConsentLedger.class),
                "",
                "revokes an entry that is recorded after it");
    }

    @Test
    void refusesAPlanWhoseReferralWentAheadWithoutConsent() {
        String going =
                json.write(mira.markStep("s-shelter", org.pathways.plan.StepStatus.IN_PROGRESS, SamplePlans.edit(10)));
        String withoutConsent = going.replace("\"categories\":[\"identity\",", "\"categories\":[");
        MalformedDocumentException e = rejects(
                withoutConsent,
                "/steps/0/history/2",
                "cannot go ahead (in_progress) at 2026-03-02T15:10:00Z: consent does not cover the step's provider"
                        + " for referral: identity (no grant)");
        assertEquals("/steps/0/history/2", e.getField());
        assertEquals(org.pathways.ErrorCode.CONSENT_MISSING, e.getCode());
    }

    @Test
    void aDisclosureViewRoundTripsAndNeedsItsSchemaVersion() {
        PlanView view = Disclosures.disclose(
                        mira, Recipient.organisation("org-aurora-house"), Purpose.REFERRAL, SamplePlans.edit(10))
                .getView();
        String written = json.write(view);
        assertTrue(written.startsWith("{\"schemaVersion\":2,\"disclosure\":{"));
        assertFalse(written.contains("raspberry"), "the code word needs safe_contact");
        assertEquals(view, json.read(written, PlanView.class));
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.read(written.replace("\"schemaVersion\":2,", ""), PlanView.class),
                "",
                "missing schemaVersion; a disclosure view carries it");
    }

    @Test
    void aFieldOfAnotherKindOfConsentEntryIsRefusedWhicheverItIs() {
        String[][] cases = {
            {"grant", "\"revokes\":\"c-0\""},
            {"refusal", "\"revokes\":\"c-0\""},
            {"refusal", "\"purposes\":[\"referral\"]"},
            {"refusal", "\"start\":\"2026-03-02T15:00:00Z\""},
            {"refusal", "\"end\":\"2026-03-09T15:00:00Z\""},
            {"refusal", "\"conditions\":\"Text first\""},
            {"revocation", "\"categories\":[\"identity\"]"},
            {"revocation", "\"purposes\":[\"referral\"]"},
            {"revocation", "\"start\":\"2026-03-02T15:00:00Z\""},
            {"revocation", "\"end\":\"2026-03-09T15:00:00Z\""},
            {"revocation", "\"conditions\":\"Text first\""},
        };
        for (String[] c : cases) {
            String field = c[1].substring(1, c[1].indexOf('"', 1));
            String entry = "{\"type\":\"" + c[0] + "\",\"id\":\"c-1\"," + c[1]
                    + ",\"given\":\"verbal\",\"recordedBy\":\"m-jo\",\"recordedAt\":\"2026-03-02T15:05:00Z\"}";
            MalformedDocumentException e =
                    assertThrows(MalformedDocumentException.class, () -> json.read(entry, ConsentEntry.class), entry);
            assertTrue(e.getReason().contains(field + ": is not a field of a " + c[0]), e.getMessage());
        }
    }

    @Test
    void aBadIdentifierIsReportedAtItsOwnField() {
        rejects(
                text.replace("\"responsible\":\"m-jo\"", "\"responsible\":\"Jo M.\""),
                "/steps/0/responsible",
                "is not an identifier");
        rejects(
                text.replace("\"languages\":[\"fr\",\"en\"]", "\"languages\":\"fr\""),
                "/person/languages",
                "expected an array but found a string");
        rejects(
                text.replace("\"languages\":[\"fr\",\"en\"]", "\"languages\":{}"),
                "/person/languages",
                "expected an array but found an object");
        rejects(
                text.replace("\"languages\":[\"fr\",\"en\"]", "\"languages\":[true]"),
                "/person/languages/0",
                "expected a string but found a boolean");
        rejects(
                text.replace("\"languages\":[\"fr\",\"en\"]", "\"languages\":[[]]"),
                "/person/languages/0",
                "expected a string but found an array");
    }
}
